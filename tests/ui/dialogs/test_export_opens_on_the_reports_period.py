"""File ▸ Export reports opens on the period the Reports page shows, named as the page names
it: a trial's export came out for "This year" while the page showed the last 12 months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk.ui.dialogs.export_dialog import ExportDialog
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
D = dt.date
TODAY = D(2026, 11, 30)  # the last day of a month: the 12 months run from 1 December 2025


@pytest.fixture
def window(month_end_window: MainWindow) -> MainWindow:
    return month_end_window  # TODAY, 23:59 (tests/ui/conftest.py)


def export_by_keys(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def shown(dialog: ExportDialog) -> tuple[str, D | None, D | None]:
    return dialog.period_combo.currentText(), dialog.since_edit.date(), dialog.until_edit.date()


def reports_period_chosen(qtbot: QtBot, window: MainWindow, downs: int) -> None:
    """Ctrl+6 to Reports, its period moved ``downs`` lines down with the arrow key."""
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier
    )
    combo = window.reports_page.period_combo
    for _ in range(downs):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_before_reports_is_opened_its_default_the_last_12_months(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert shown(export_by_keys(qtbot, window)) == ("Last 12 months", D(2025, 12, 1), TODAY)


def test_the_period_chosen_on_reports(qtbot: QtBot, window: MainWindow) -> None:
    reports_period_chosen(qtbot, window, downs=1)
    assert window.reports_page.period_combo.currentText() == "Last 6 months"
    assert shown(export_by_keys(qtbot, window)) == ("Last 6 months", D(2026, 6, 1), TODAY)


def test_a_period_the_dialog_has_is_its_own_choice_once(qtbot: QtBot, window: MainWindow) -> None:
    reports_period_chosen(qtbot, window, downs=3)
    assert window.reports_page.period_combo.currentText() == "This year"
    dialog = export_by_keys(qtbot, window)
    assert shown(dialog) == ("This year", D(2026, 1, 1), TODAY)
    combo = dialog.period_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["This month", "Last month", "This year", "Chosen dates"]
