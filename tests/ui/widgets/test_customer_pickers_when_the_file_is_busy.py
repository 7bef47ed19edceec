"""Typing a name into a customer picker (the visit form's, the merge dialog's) while another
program holds the file: the clerk is told, the box keeps what was typed, the next key works."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.errors import DatabaseLockedError
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.dialogs.merge_dialog import MergeDialog
from custdesk.ui.widgets.customer_picker import CustomerPicker
from tests.ui.keyboard import type_text

BUSY_READING = (
    "The file is busy",
    "Another program is using the customer file right now (a backup or sync tool, or a second"
    " CustDesk), so this could not be read. Wait a moment and try again; nothing was changed.",
)


class BusyList:
    """The real customer list, whose reads fail while ``busy``."""

    def __init__(self, real: object) -> None:
        self._real = real
        self.busy = True

    def page(self, *args: object, **kwargs: object) -> object:
        if self.busy:
            raise DatabaseLockedError("database is locked")
        return self._real.page(*args, **kwargs)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


def test_the_visit_forms_picker_tells_a_busy_file_and_finds_on_the_next_key(
    qtbot: QtBot, services: Services, shown_messages: list[tuple[str, str]]
) -> None:
    services.customers.create(CustomerDraft(name="张三", phones=("13800138000",)))
    customer_list = BusyList(services.customer_list)
    picker = CustomerPicker(customer_list)  # type: ignore[arg-type]
    qtbot.addWidget(picker)

    qtbot.keyClicks(picker.search_box, "z")
    assert shown_messages == [BUSY_READING]
    assert picker.search_box.text() == "z" and picker.matches.count() == 0

    customer_list.busy = False
    qtbot.keyClicks(picker.search_box, "s")
    assert [picker.matches.item(i).text() for i in range(picker.matches.count())] == [
        "张三   138 0013 8000"
    ]


def test_the_merge_dialogs_search_tells_a_busy_file(
    qtbot: QtBot, services: Services, shown_messages: list[tuple[str, str]]
) -> None:
    absorbed = services.customers.create(CustomerDraft(name="张三")).id
    services.customers.create(CustomerDraft(name="张三丰"))
    customer_list = BusyList(services.customer_list)
    dialog = MergeDialog(
        merge=services.merge,
        customer_list=customer_list,  # type: ignore[arg-type]
        changes=ChangeNotifier(),
        absorb_id=absorbed,
        absorb_name="张三",
    )
    qtbot.addWidget(dialog)

    type_text(qtbot, dialog.search_box, "张")
    assert shown_messages == [BUSY_READING]
    assert dialog.search_box.text() == "张"
    customer_list.busy = False
    type_text(qtbot, dialog.search_box, "三")
    assert dialog.choices.topLevelItemCount() == 1
    assert dialog.choices.topLevelItem(0).text(0) == "张三丰"
