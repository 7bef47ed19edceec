"""Today's folded lists by keyboard (issue 18, a clerk's trial): Enter on a line does what the
button beside it does, Enter on a focused button presses it, and a birthday's greeting form
says what it is for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.contacts.visits import VisitFilter
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from custdesk.ui.pages.today_page import TodayPage
from custdesk.ui.shell.main_window import MainWindow
from custdesk.ui.widgets.agenda_section import AgendaSection
from tests.ui.keyboard import type_text

# The shop's midnight never falls inside a test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("at_midday")

MakeWindow = Callable[[], MainWindow]
BIRTHDAYS, REWARDS = 0, 3  # the folded tabs under the work list


def birthday_in_three_days(context: AppContext, name: str) -> int:
    coming = shop_clock.today() + dt.timedelta(days=3)
    born = Birthday(coming.month, coming.day, coming.year - 30)
    return context.services.customers.create(CustomerDraft(name=name, birthday=born)).id


def open_tab(qtbot: QtBot, page: TodayPage, index: int) -> None:
    """The tab chosen with the arrow keys from the first one: it unfolds, the focus stays."""
    bar = page.lesser_lists.tab_bar
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(index):
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    if page.lesser_lists.is_folded():  # the first tab was current already: unfold it
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert not page.lesser_lists.is_folded() and bar.currentIndex() == index


def tab_to(qtbot: QtBot, target: QWidget) -> None:
    for _ in range(6):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, "Tab never got there"


def greeting_form(qtbot: QtBot, page: TodayPage) -> VisitDialog:
    (form,) = [d for d in page.findChildren(VisitDialog) if d.isVisible()]
    form.activateWindow()  # as the window manager does for a dialog just opened
    qtbot.waitUntil(form.isActiveWindow)
    return form


def test_enter_on_a_coming_birthday_opens_a_greeting_that_says_so_and_saves_it(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    wang = birthday_in_three_days(context, "王五")
    window = make_window()
    page = window.today_page
    open_tab(qtbot, page, BIRTHDAYS)
    tab_to(qtbot, page.birthdays.table)

    qtbot.keyClick(page.birthdays.table, Qt.Key.Key_Return)
    form = greeting_form(qtbot, page)
    assert form.purpose_edit.text() == "Birthday greeting"
    type_text(qtbot, form.outcome_edit, "已发祝福")
    qtbot.keyClick(form.outcome_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    (visit,) = context.services.visits.visits(VisitFilter(customer_id=wang))
    assert (visit.kind, visit.purpose) == ("greeting", "Birthday greeting")
    assert visit.outcome == "已发祝福"


def test_the_birthday_greeting_is_named_in_chinese(
    qtbot: QtBot, context: AppContext, chinese: None, make_window: MakeWindow
) -> None:
    birthday_in_three_days(context, "王五")
    page = make_window().today_page
    open_tab(qtbot, page, BIRTHDAYS)
    tab_to(qtbot, page.birthdays.table)
    qtbot.keyClick(page.birthdays.table, Qt.Key.Key_Return)
    assert greeting_form(qtbot, page).purpose_edit.text() == "生日问候"


def test_enter_on_the_focused_log_greeting_button_presses_it(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    birthday_in_three_days(context, "王五")
    page = make_window().today_page
    open_tab(qtbot, page, BIRTHDAYS)
    (greet,) = page.birthdays.action_buttons
    tab_to(qtbot, greet)

    qtbot.keyClick(greet, Qt.Key.Key_Return)
    form = greeting_form(qtbot, page)
    assert form.chosen_customer_name() == "王五"
    assert form.purpose_edit.text() == "Birthday greeting"


def reward_owed(context: AppContext) -> int:
    customers, referrals = context.services.customers, context.services.referrals
    zhang = customers.create(CustomerDraft(name="张三")).id
    li = customers.create(CustomerDraft(name="李四")).id
    link = referrals.set_referrer(li, zhang)
    return context.services.rewards.add(link.id, "gift", "88").id


def test_enter_on_a_reward_owed_marks_it_given(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    reward = reward_owed(context)
    page = make_window().today_page
    rewards: AgendaSection[object] = page.rewards
    open_tab(qtbot, page, REWARDS)
    tab_to(qtbot, rewards.table)

    with qtbot.waitSignal(page.agenda_loaded):
        qtbot.keyClick(rewards.table, Qt.Key.Key_Return)
    assert context.services.rewards.get(reward).status == "given"
    assert rewards.model.rowCount() == 0
