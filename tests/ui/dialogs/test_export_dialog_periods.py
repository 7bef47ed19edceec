"""The export dialog's quick choices fill whole calendar months in the shop's calendar: picked
with the arrow keys, on the last day of a month, in the middle of one, and across a new year."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.ui.dialogs.export_dialog import ExportDialog

UP_FROM_THIS_YEAR = {"This month": 2, "Last month": 1}  # the dialog opens on "This year"


def open_dialog(qtbot: QtBot, context: AppContext) -> ExportDialog:
    dialog = ExportDialog(exports=context.services.exports)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # so that Tab moves the focus on, as on a clerk's screen
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def choose(qtbot: QtBot, dialog: ExportDialog, choice: str) -> None:
    dialog.period_combo.setFocus()
    for _ in range(UP_FROM_THIS_YEAR[choice]):
        qtbot.keyClick(dialog.period_combo, Qt.Key.Key_Up)
    assert dialog.period_combo.currentText() == choice


@pytest.mark.parametrize(
    ("today", "choice", "since", "until"),
    [
        pytest.param("2026-11-30", "This month", "2026-11-01", "2026-11-30", id="last day"),
        pytest.param("2026-11-15", "This month", "2026-11-01", "2026-11-30", id="mid-month"),
        pytest.param("2026-11-01", "This month", "2026-11-01", "2026-11-30", id="first day"),
        pytest.param("2026-11-30", "Last month", "2026-10-01", "2026-10-31", id="31 days"),
        pytest.param("2026-01-15", "Last month", "2025-12-01", "2025-12-31", id="new year"),
        pytest.param("2028-03-01", "Last month", "2028-02-01", "2028-02-29", id="leap February"),
    ],
)
def test_a_month_chosen_by_keyboard_fills_its_first_and_last_day(
    qtbot: QtBot, context: AppContext, today: str, choice: str, since: str, until: str
) -> None:
    # Just before midnight: the shop's day, not the next one, names the month.
    with shop_clock.frozen_at(dt.datetime.fromisoformat(f"{today}T23:59:59")):
        dialog = open_dialog(qtbot, context)
        choose(qtbot, dialog, choice)
    assert (dialog.since_edit.text(), dialog.until_edit.text()) == (since, until)
    assert (dialog.since_edit.date(), dialog.until_edit.date()) == (
        dt.date.fromisoformat(since),
        dt.date.fromisoformat(until),
    )


def test_a_date_typed_makes_the_choice_chosen_dates_and_a_month_chosen_again_refills(
    qtbot: QtBot, context: AppContext
) -> None:
    with shop_clock.frozen_at(dt.datetime(2026, 11, 30, 10, 0)):
        dialog = open_dialog(qtbot, context)
        assert (dialog.since_edit.text(), dialog.until_edit.text()) == ("2026-01-01", "2026-11-30")
        choose(qtbot, dialog, "Last month")
        dialog.since_edit.setFocus()
        qtbot.keyClick(dialog.since_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.since_edit, "2026/10/15")
        qtbot.keyClick(dialog.since_edit, Qt.Key.Key_Tab)
        assert dialog.period_combo.currentText() == "Chosen dates"
        assert (dialog.since_edit.text(), dialog.until_edit.text()) == ("2026/10/15", "2026-10-31")
        assert dialog.since_edit.date() == dt.date(2026, 10, 15)

        dialog.period_combo.setFocus()
        qtbot.keyClick(dialog.period_combo, Qt.Key.Key_Home)
        assert dialog.period_combo.currentText() == "This month"
        assert (dialog.since_edit.text(), dialog.until_edit.text()) == ("2026-11-01", "2026-11-30")
