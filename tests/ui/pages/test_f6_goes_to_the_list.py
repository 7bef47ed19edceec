"""F6 from anywhere on a page (issue 18, keyboard all the way): after typing in a filter, one key
puts the clerk in the page's list with a row selected, and Enter then opens that row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.contacts.visits import VisitDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.models.record_table_model import PlaceholderTableView
from custdesk.ui.shell.main_window import MainWindow

# The shop's midnight never falls inside a test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("at_midday")

MakeWindow = Callable[[], MainWindow]


def window_on(qtbot: QtBot, make_window: MakeWindow, page: str) -> MainWindow:
    window = make_window()
    window.navigation.select(page)
    window.activateWindow()  # the window's shortcuts answer only in the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press_f6(qtbot: QtBot, window: MainWindow) -> QWidget:
    """F6 where the clerk is; the widget that has the focus after it."""
    here = window.focusWidget()
    assert here is not None
    qtbot.keyClick(here, Qt.Key.Key_F6)
    after = window.focusWidget()
    assert after is not None
    return after


def selected_rows(table: PlaceholderTableView) -> list[int]:
    return [index.row() for index in table.selectionModel().selectedRows()]


def customer(context: AppContext, name: str) -> int:
    return context.services.customers.create(CustomerDraft(name=name)).id


def test_the_edit_menu_teaches_f6_beside_ctrl_f(make_window: MakeWindow) -> None:
    window = make_window()
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit"]
    shown = {a.text(): a.shortcut().toString() for a in menu.actions() if not a.isSeparator()}
    assert shown["Go to the page's &list"] == "F6"
    taken = [a.shortcut() for a in window.findChildren(QAction)]
    assert taken.count(QKeySequence("F6")) == 1  # no other action of the window answers F6


def test_typed_search_then_f6_then_enter_opens_the_first_customer_found(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customer(context, "张三")
    zhao = customer(context, "赵四")
    customer(context, "李四")
    window = window_on(qtbot, make_window, "customers")
    page = window.customers_page
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, "zhaos")  # F6 at once: the typing pause not yet over

    assert press_f6(qtbot, window) is page.table
    assert page.count_label.text() == "1 found"
    assert selected_rows(page.table) == [0]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    (form,) = [d for d in page.findChildren(CustomerDialog) if d.isVisible()]
    assert form.record is not None and form.record.id == zhao


def test_a_date_typed_in_the_visit_log_applies_and_f6_selects_the_newest_visit(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    someone = customer(context, "张三")
    today = shop_clock.now().replace(second=0, microsecond=0)
    long_ago = today - dt.timedelta(days=90)
    for moment in (long_ago, today):
        context.services.visits.log(someone, VisitDraft(moment, "store"))
    window = window_on(qtbot, make_window, "visits")
    page = window.visits_page
    assert page.model.rowCount() == 1  # the last 30 days
    page.since_edit.setFocus()
    qtbot.keyClick(page.since_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.since_edit, long_ago.date().isoformat())  # no Enter: F6 leaves it

    assert press_f6(qtbot, window) is page.table
    assert page.model.rowCount() == 2  # the date typed applied on the way
    assert selected_rows(page.table) == [0]
    assert page.model.record(0).occurred_at == today


def test_open_only_then_f6_then_enter_resolves_the_selected_complaint(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    someone = customer(context, "张三")
    now = shop_clock.now()
    context.services.complaints.record(someone, ComplaintDraft(now, "phone", "拉链坏了"))
    window = window_on(qtbot, make_window, "complaints")
    page = window.complaints_page
    page.open_only_check.setFocus()
    qtbot.keyClick(page.open_only_check, Qt.Key.Key_Space)
    assert page.open_only_check.isChecked()

    assert press_f6(qtbot, window) is page.table
    assert selected_rows(page.table) == [0]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    (resolve,) = page.findChildren(ResolveDialog)
    assert resolve.isVisible()
    assert any("拉链坏了" in label.text() for label in resolve.findChildren(QLabel))


def test_a_period_chosen_then_f6_selects_the_top_referrer_and_shows_their_chain(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    zhang = customer(context, "张三")
    for brought in ("李四", "王五"):
        context.services.referrals.set_referrer(customer(context, brought), zhang)
    window = window_on(qtbot, make_window, "referrals")
    page = window.referrals_page
    page.period_combo.setFocus()
    qtbot.keyClick(page.period_combo, Qt.Key.Key_Down)  # the last 3 months
    assert page.period_combo.currentData() == "quarter"

    assert press_f6(qtbot, window) is page.leaderboard_table
    assert selected_rows(page.leaderboard_table) == [0]
    assert page.tree.topLevelItem(0).text(0) == "张三"  # the referrer's chain, beside the list
    assert page.tree.topLevelItem(0).childCount() == 2


def test_f6_on_the_reports_goes_to_the_first_chart_drawn(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customer(context, "张三")  # a new customer: the first chart has something to draw
    window = window_on(qtbot, make_window, "reports")
    page = window.reports_page
    page.period_combo.setFocus()
    qtbot.keyClick(page.period_combo, Qt.Key.Key_Down)  # the last 6 months

    assert press_f6(qtbot, window) is page.cards["new_customers"].excel_button


def test_after_back_up_now_f6_then_enter_opens_the_backup_read_only(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = window_on(qtbot, make_window, "backups")
    page = window.backups_page
    page.back_up_button.setFocus()
    with qtbot.waitSignal(page.model.modelReset, timeout=10_000):
        qtbot.keyClick(page.back_up_button, Qt.Key.Key_Space)
    qtbot.keyClick(page.table, Qt.Key.Key_Backtab)  # the button was off while it worked
    assert window.focusWidget() is page.back_up_button

    assert press_f6(qtbot, window) is page.table
    assert selected_rows(page.table) == [0]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.read_only_windows) == 1, timeout=10_000)
    window.read_only_windows[0].close()


def test_on_today_f6_from_the_export_button_selects_the_most_urgent_line(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    today = shop_clock.today()
    follow_ups = context.services.follow_ups
    follow_ups.schedule(customer(context, "张三"), today, "今天回访")
    three_days_ago = shop_clock.now() - dt.timedelta(days=3)
    with shop_clock.frozen_at(three_days_ago):  # planned then, for then: overdue now
        follow_ups.schedule(customer(context, "李四"), three_days_ago.date(), "逾期回访")
    window = window_on(qtbot, make_window, "today")
    page = window.today_page
    qtbot.waitUntil(lambda: page.work_list.model.rowCount() == 2)
    page.export_button.setFocus()

    assert press_f6(qtbot, window) is page.work_list.table
    assert selected_rows(page.work_list.table) == [0]
    assert page.work_list.model.record(0).customer_name == "李四"  # overdue first
