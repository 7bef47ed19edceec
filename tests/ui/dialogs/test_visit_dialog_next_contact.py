"""Follow-up "Done" says what it will plan: the date shown is the date saved, and the customer's
rhythm (定期回访) is stated when no date is chosen (a clerk saw 2026-12-13 whatever she chose, and
"No" plan from the rhythm without a word)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitService
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from tests.ui.keyboard import type_text


def press(qtbot: QtBot, button: QPushButton) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def done_dialog(qtbot: QtBot, db: Database, cadence_days: int | None) -> VisitDialog:
    customer = CustomerService(db, stage_rules=stage_rules_in).create(
        CustomerDraft(name="王芳", follow_up_cadence_days=cadence_days)
    )
    follow_ups = FollowUpService(db, stage_rules=stage_rules_in)
    planned = follow_ups.schedule(customer.id, shop_clock.today(), "试穿回访")
    dialog = VisitDialog(
        visits=VisitService(db, stage_rules=stage_rules_in),
        follow_ups=follow_ups,
        customer_list=CustomerListService(db),
        changes=ChangeNotifier(),
        follow_up=planned,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(qtbot: QtBot, dialog: VisitDialog) -> None:
    with qtbot.waitSignal(dialog.logged):
        press(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def planned_dates(db: Database) -> list[dt.date]:
    follow_ups = FollowUpService(db, stage_rules=stage_rules_in)
    return [plan.due_on for plan in follow_ups.pending_for(1)]


def test_with_no_date_the_rhythms_plan_is_shown_and_saved(qtbot: QtBot, db: Database) -> None:
    dialog = done_dialog(qtbot, db, cadence_days=30)
    due = shop_clock.today() + dt.timedelta(days=30)
    assert dialog.no_date_button.isChecked() and dialog.no_date_button.text() == "By rhythm"
    assert dialog.next_date_edit.date() == due
    assert dialog.next_plan_label.text() == (
        f"Next contact planned for {due.isoformat()}, by the customer's rhythm (every 30 days)."
    )
    type_text(qtbot, dialog.outcome_edit, "很满意")
    save(qtbot, dialog)
    assert planned_dates(db) == [due]


def test_a_chosen_number_of_days_shows_the_date_it_saves(qtbot: QtBot, db: Database) -> None:
    dialog = done_dialog(qtbot, db, cadence_days=None)
    assert dialog.next_plan_label.text() == "No next contact will be planned."
    press(qtbot, dialog.next_group.button(30))
    due = shop_clock.today() + dt.timedelta(days=30)
    assert dialog.next_date_edit.date() == due  # not a fixed two weeks on
    assert dialog.next_plan_label.text() == f"Next contact planned for {due.isoformat()}."
    press(qtbot, dialog.next_group.button(7))
    week = shop_clock.today() + dt.timedelta(days=7)
    assert dialog.next_date_edit.date() == week
    save(qtbot, dialog)
    assert planned_dates(db) == [week]


def test_without_a_rhythm_no_date_plans_nothing(qtbot: QtBot, db: Database) -> None:
    dialog = done_dialog(qtbot, db, cadence_days=None)
    assert dialog.no_date_button.text() == "No date"
    assert dialog.next_date_edit.text() == ""  # the date shown is the date saved: none
    save(qtbot, dialog)
    assert planned_dates(db) == []


def test_a_typed_next_date_is_chosen_and_saved_as_typed(qtbot: QtBot, db: Database) -> None:
    dialog = done_dialog(qtbot, db, cadence_days=30)
    day = shop_clock.today() + dt.timedelta(days=10)
    dialog.activateWindow()  # as on screen: leaving the field is then a focus change
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.next_date_edit.setFocus()
    qtbot.keyClick(dialog.next_date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.next_date_edit, f"{day.year}.{day.month}.{day.day}")  # as clerks write
    qtbot.keyClick(dialog.next_date_edit, Qt.Key.Key_Tab)
    assert dialog.on_date_button.isChecked()
    assert dialog.next_date_edit.text() == f"{day.year}.{day.month}.{day.day}"  # kept as typed
    assert dialog.next_plan_label.text() == f"Next contact planned for {day.isoformat()}."
    save(qtbot, dialog)
    assert planned_dates(db) == [day]
