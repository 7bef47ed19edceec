"""Keys a clerk tried on Today (second trial of issue 18): Ctrl+1 then Enter does the most
urgent line's job, not the page's first button; Enter opens the folded lists as Space does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from custdesk.ui.shell.main_window import MainWindow

# The shop's midnight never falls inside a test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("at_midday")

MakeWindow = Callable[[], MainWindow]


def test_ctrl_1_then_enter_completes_the_most_urgent_follow_up(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customers, follow_ups = context.services.customers, context.services.follow_ups
    follow_ups.schedule(customers.create(CustomerDraft(name="今天")).id, shop_clock.today())
    three_days_ago = shop_clock.now() - dt.timedelta(days=3)
    with shop_clock.frozen_at(three_days_ago):
        follow_ups.schedule(customers.create(CustomerDraft(name="逾期")).id, three_days_ago.date())
    window = make_window()
    window.navigation.select("customers")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.today_page.work_list.table
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (done,) = window.today_page.findChildren(VisitDialog)
    assert done.isVisible()
    assert "<b>逾期</b>" in [label.text() for label in done.findChildren(QLabel)]


def test_enter_on_show_opens_the_folded_lists_and_again_folds_them(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    lesser = window.today_page.lesser_lists
    assert lesser.is_folded()
    lesser.fold_button.setFocus()
    qtbot.keyClick(lesser.fold_button, Qt.Key.Key_Return)
    assert not lesser.is_folded()
    qtbot.keyClick(lesser.fold_button, Qt.Key.Key_Return)
    assert lesser.is_folded()
