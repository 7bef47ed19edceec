"""Enter on a line that names a customer opens that customer's file, as on the Customers page
(issue 18, a clerk's trial: on Visits and Referrals Enter did nothing)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.contacts.visits import VisitDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.shell.main_window import MainWindow

# The shop's midnight never falls inside a test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("at_midday")

MakeWindow = Callable[[], MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier


def press(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL
) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def ready(qtbot: QtBot, make_window: MakeWindow) -> MainWindow:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def opened_file(window: MainWindow) -> str | None:
    forms = [form for form in window.findChildren(CustomerDialog) if form.isVisible()]
    assert len(forms) <= 1, "one Enter, one form"
    return forms[0].name_edit.text() if forms else None


def test_enter_on_a_visit_opens_its_customers_file(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customers = context.services.customers
    customers.create(CustomerDraft(name="李四"))
    zhang = customers.create(CustomerDraft(name="张三")).id
    an_hour_ago = shop_clock.now() - dt.timedelta(hours=1)
    context.services.visits.log(zhang, VisitDraft(an_hour_ago, "store", purpose="试穿"))
    window = ready(qtbot, make_window)
    press(qtbot, window, Qt.Key.Key_3)  # Visits
    press(qtbot, window, Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier)
    assert opened_file(window) is None

    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert opened_file(window) == "张三"


def referral(context: AppContext) -> None:
    customers = context.services.customers
    zhang = customers.create(CustomerDraft(name="张三")).id
    li = customers.create(CustomerDraft(name="李四")).id
    context.services.referrals.set_referrer(li, zhang)


def test_enter_on_the_leaderboard_opens_the_referrers_file(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    referral(context)
    window = ready(qtbot, make_window)
    press(qtbot, window, Qt.Key.Key_4)  # Referrals: this month's board, 张三 on it
    press(qtbot, window, Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier)
    assert opened_file(window) is None

    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert opened_file(window) == "张三"


def test_enter_in_the_chain_opens_the_file_of_the_person_on_that_line(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    referral(context)
    window = ready(qtbot, make_window)
    press(qtbot, window, Qt.Key.Key_4)
    press(qtbot, window, Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier)  # shows 张三's chain
    tree = window.referrals_page.tree
    tree.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, window, Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier)
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    assert tree.currentItem().text(0) == "李四"

    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert opened_file(window) == "李四"


def test_enter_on_the_top_of_the_chain_opens_its_file(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    referral(context)
    window = ready(qtbot, make_window)
    press(qtbot, window, Qt.Key.Key_4)
    press(qtbot, window, Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier)
    tree = window.referrals_page.tree
    tree.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, window, Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier)
    assert tree.currentItem().text(0) == "张三"

    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert opened_file(window) == "张三"
