"""An undo or redo that cannot be done (another program holds the file) is told, changes
nothing, and stays the next one: Ctrl+Z then tries the same change again, not an older one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.errors import DatabaseLockedError
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.customer_file import CustomerFileService
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

MakeWindow = Callable[[], MainWindow]
BUSY = (
    "The file is busy",
    "Another program is using the customer file right now (a backup or sync tool, or a second"
    " CustDesk), so this was not saved. Wait a moment and try again; what you typed is still"
    " here.",
)


def test_a_failed_undo_is_told_and_tried_again_by_the_next_ctrl_z(
    qtbot: QtBot,
    context: AppContext,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[tuple[str, str]],
) -> None:
    customer_id = context.services.customers.create(CustomerDraft(name="张三")).id
    window = make_window()
    window.navigation.select("customers")
    page, stack = window.customers_page, window.undo_stack
    dialog = page.edit_customer(customer_id)
    assert dialog is not None
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, "张三丰")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert stack.undoText() == "Edit 张三丰"
    window.activateWindow()  # the form has closed: the clerk is back in the window
    qtbot.waitUntil(window.isActiveWindow)

    real_save = CustomerFileService.save
    busy = [True]

    def save(self: CustomerFileService, *args: object, **kwargs: object) -> object:
        if busy[0]:
            raise DatabaseLockedError("database is locked")
        return real_save(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(CustomerFileService, "save", save)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stack.canUndo() and stack.undoText() == "Edit 张三丰")

    assert shown_messages == [BUSY]
    assert context.services.customers.get(customer_id).name == "张三丰"  # nothing changed
    assert not stack.canRedo()

    busy[0] = False
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert context.services.customers.get(customer_id).name == "张三"
    assert stack.redoText() == "Edit 张三丰"
    assert len(shown_messages) == 1
