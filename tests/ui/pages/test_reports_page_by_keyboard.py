"""The Reports page worked from the keyboard (issue 20's second trial): after Ctrl+6 nothing
showed where the focus was, the Period box was eleven Shift+Tabs away with no shortcut, and the
date fields swallowed Up without changing the date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk.ui.shell.main_window import MainWindow
from tests.ui.screen_fit import settle

MakeWindow = Callable[[], MainWindow]
D = dt.date
TODAY = D(2026, 11, 30)  # the last day of a month: the 12 months run from 1 December 2025
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(month_end_window: MainWindow) -> MainWindow:
    return month_end_window  # TODAY, 23:59 (tests/ui/conftest.py)


def press(qtbot: QtBot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    settle()


def to_reports(qtbot: QtBot, window: MainWindow) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_6, ctrl)
    settle()


def test_ctrl_6_lands_in_the_period_box_and_down_picks_the_next_period(
    qtbot: QtBot, window: MainWindow
) -> None:
    to_reports(qtbot, window)
    page = window.reports_page
    assert QApplication.focusWidget() is page.period_combo
    press(qtbot, Qt.Key.Key_Down)
    assert page.period_combo.currentText() == "Last 6 months"
    assert page.period() == (D(2026, 6, 1), TODAY)


def test_alt_p_goes_back_to_the_period_box_from_the_charts(
    qtbot: QtBot,
    language: str,
    window: MainWindow,  # the language first: the window speaks it
) -> None:
    to_reports(qtbot, window)
    page = window.reports_page
    page.refresh_button.setFocus()  # where a clerk ends up after a few Tabs
    press(qtbot, Qt.Key.Key_P, ALT)
    assert QApplication.focusWidget() is page.period_combo


def test_up_and_down_in_a_date_field_step_the_day_and_redraw(
    qtbot: QtBot, window: MainWindow
) -> None:
    to_reports(qtbot, window)
    page = window.reports_page
    press(qtbot, Qt.Key.Key_Tab)  # into "from", its date selected whole, as the trial saw it
    assert QApplication.focusWidget() is page.since_edit
    press(qtbot, Qt.Key.Key_Up)
    assert page.since_edit.text() == "2025-12-02"
    assert page.period_combo.currentText() == "Chosen dates"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert page.since_edit.text() == "2025-11-30"  # back over the month's first day
    assert page.period() == (D(2025, 11, 30), TODAY)
    assert page.dashboard is not None and page.dashboard.months[0].month == "2025-11"


def test_up_with_the_cursor_in_the_month_steps_the_month_to_its_last_day(
    qtbot: QtBot, window: MainWindow
) -> None:
    to_reports(qtbot, window)
    page = window.reports_page
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # over the "from" field to "to"
    assert QApplication.focusWidget() is page.until_edit
    qtbot.keyClicks(page.until_edit, "2026-01-31")
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(6):  # 2026-0|1-31
        press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Up)
    assert page.until_edit.text() == "2026-02-28"  # no 31 February: its last day
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Down)  # the cursor in the year
    assert page.until_edit.text() == "2025-02-28"
    press(qtbot, Qt.Key.Key_Return)
    assert page.period() == (D(2025, 2, 28), D(2025, 12, 1))  # earlier first


def test_the_referral_chart_says_it_plots_a_share(qtbot: QtBot, window: MainWindow) -> None:
    to_reports(qtbot, window)
    title = window.reports_page.cards["referral_share"].title_label.text()
    assert "Share of new files who came by referral (converted)" in title
