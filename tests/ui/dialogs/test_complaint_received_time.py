"""The complaint's received time: now by default, passed with one Tab, and an edit that makes the
complaint late (received before today: past the same-day rule, 太阳下山原则) asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.services.complaints.complaints import ComplaintService
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.dialogs.complaint_dialog import ComplaintDialog
from tests.ui.keyboard import type_text


def complaint_form(qtbot: QtBot, db: Database) -> tuple[ComplaintDialog, ComplaintService]:
    customer = CustomerService(db, stage_rules=stage_rules_in).create(CustomerDraft(name="张三"))
    complaints = ComplaintService(db, stage_rules=stage_rules_in)
    dialog = ComplaintDialog(
        complaints=complaints,
        customer_list=CustomerListService(db),
        changes=ChangeNotifier(),
        customer=(customer.id, "张三"),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, complaints


def press_save(qtbot: QtBot, dialog: ComplaintDialog) -> None:
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Space)


def test_one_tab_passes_the_received_time_and_now_is_saved(qtbot: QtBot, db: Database) -> None:
    dialog, complaints = complaint_form(qtbot, db)
    dialog.received_edit.setFocus()
    qtbot.keyClick(dialog.received_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.channel_combo  # not the month, day, hour, minute
    qtbot.keyClick(dialog.channel_combo, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.received_edit
    type_text(qtbot, dialog.description_edit, "戒指有划痕")
    with qtbot.waitSignal(dialog.recorded):
        press_save(qtbot, dialog)
    [stored] = complaints.complaints()
    assert stored.received_at.date() == shop_clock.today()


def test_an_arrow_key_that_makes_it_late_asks_before_saving(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer(_parent: object, _title: str, text: str, *_buttons: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog, complaints = complaint_form(qtbot, db)
    type_text(qtbot, dialog.description_edit, "等太久了")
    dialog.received_edit.setFocus()
    qtbot.keyClick(dialog.received_edit, Qt.Key.Key_Down)  # a slip: one step back
    earlier = dialog.received_edit.dateTime().toPython()
    assert earlier.date() < shop_clock.today()
    press_save(qtbot, dialog)
    assert complaints.complaints() == []  # "No": nothing saved, the form as typed
    assert dialog.isVisible() and dialog.received_edit.dateTime().toPython() == earlier
    assert asked[0].startswith(f"The complaint is set as received on {earlier:%Y-%m-%d %H:%M}")
    with qtbot.waitSignal(dialog.recorded):
        press_save(qtbot, dialog)  # "Yes": the clerk means it
    [stored] = complaints.complaints()
    assert stored.received_at == earlier.replace(second=0, microsecond=0)
