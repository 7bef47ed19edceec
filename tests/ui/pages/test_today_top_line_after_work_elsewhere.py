"""Back on Today after work came in elsewhere, the most urgent line is the one selected (a trial:
a complaint taken on another page came in above the line selected before, and F6, Enter opened
that older line's follow-up instead of the complaint)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.common.operations import Changes
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.shell.main_window import MainWindow

# The shop's midnight never falls inside a test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("at_midday")

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_complaint_taken_elsewhere_is_the_line_f6_and_enter_act_on(
    qtbot: QtBot, context: AppContext, make_window: Callable[[], MainWindow]
) -> None:
    services = context.services
    for name in ("张三", "李四"):
        customer_id = services.customers.create(CustomerDraft(name=name)).id
        services.follow_ups.schedule(customer_id, shop_clock.today(), "回访")
    window = make_window()
    page = window.today_page
    page.work_list.table.selectRow(1)  # the clerk was on the second follow-up
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2, CTRL)  # off to the customer list
    angry = services.customers.create(CustomerDraft(name="王芳")).id
    services.complaints.record(
        angry, ComplaintDraft(shop_clock.now() - dt.timedelta(minutes=5), "phone", "等太久了")
    )
    window.changes.announce(Changes.CUSTOMERS | Changes.COMPLAINTS)  # as the Ctrl+K form does
    with qtbot.waitSignal(page.agenda_loaded):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1, CTRL)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
    assert page.work_list.selected() is not None
    assert page.work_list.selected().customer_name == "王芳"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ResolveDialog))
    QApplication.activeModalWidget().reject()


def test_back_on_today_with_nothing_changed_the_clerks_line_stays(
    qtbot: QtBot, context: AppContext, make_window: Callable[[], MainWindow]
) -> None:
    for name in ("张三", "李四"):
        customer_id = context.services.customers.create(CustomerDraft(name=name)).id
        context.services.follow_ups.schedule(customer_id, shop_clock.today(), "回访")
    window = make_window()
    page = window.today_page
    page.work_list.table.selectRow(1)
    chosen = page.work_list.selected()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1, CTRL)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
    assert page.work_list.selected() == chosen
