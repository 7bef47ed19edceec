"""Today answers "what first?" (issue 18): one work list, most urgent first, with room for at
least 12 lines on a 1366x768 laptop at 125%, and Enter on its first line acts on that line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintFilter
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitFilter
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.screen_fit import AREAS, TITLE_BAR, misplaced, settle

# The shop's midnight never falls inside a test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("at_midday")

MakeWindow = Callable[[], MainWindow]
TODAY = shop_clock.today()
LAPTOP, NETBOOK = "1366x768 at 125%", "1024x600 less its taskbar"
# Lines that must show whole, without scrolling, on each screen.
LINES_SHOWN = {LAPTOP: 12, NETBOOK: 10}
# From the navigation list: Today's Export and Log buttons, then the work list (Ctrl+1 goes
# straight into it; a clerk who Tabs from the navigation gets there too).
TABS_TO_WORK_LIST = 3


def plan(context: AppContext, name: str, days_late: int, purpose: str = "回访") -> int:
    customer_id = context.services.customers.create(CustomerDraft(name=name)).id
    due = TODAY - dt.timedelta(days=days_late)
    planned_at = dt.datetime.combine(due, dt.time(9, 0))
    FollowUpService(context.db, stage_rules=stage_rules_in, clock=lambda: planned_at).schedule(
        customer_id, due, purpose
    )
    return customer_id


def whole_lines(table: QTableView) -> int:
    """Lines the clerk reads without scrolling: each wholly inside the table's viewport."""
    inside = table.viewport().rect()
    model = table.model()
    return sum(
        inside.contains(table.visualRect(model.index(row, 0))) for row in range(model.rowCount())
    )


@pytest.mark.parametrize("screen", [LAPTOP, NETBOOK])
def test_the_work_list_has_the_height_of_the_page(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, screen: str
) -> None:
    for number in range(20):
        plan(context, f"客户{number:02d}", days_late=number + 1)
    window = make_window()
    area = AREAS[screen]
    window.resize(area.width(), area.height() - TITLE_BAR)
    settle()
    page = window.today_page

    assert whole_lines(page.work_list.table) >= LINES_SHOWN[screen]
    assert misplaced(window) == []

    # The lesser lists open from the keyboard (the fold button, then Space) and fit too.
    page.lesser_lists.fold_button.setFocus()
    qtbot.keyClick(page.lesser_lists.fold_button, Qt.Key.Key_Space)
    settle()
    assert not page.lesser_lists.is_folded()
    for index in range(page.lesser_lists.tab_bar.count()):
        page.lesser_lists.tab_bar.setCurrentIndex(index)
        settle()
        assert misplaced(window) == [], page.lesser_lists.tab_bar.tabText(index)


def tab_to_the_work_list(qtbot: QtBot, window: MainWindow) -> QTableView:
    window.navigation.setFocus()  # where Ctrl+1 leaves the clerk
    for _ in range(TABS_TO_WORK_LIST):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    table = window.today_page.work_list.table
    assert QApplication.focusWidget() is table
    return table


def test_enter_on_the_first_line_completes_the_oldest_overdue_follow_up(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    plan(context, "李四", days_late=0)
    oldest = plan(context, "张三", days_late=3, purpose="试穿回访")
    newer = plan(context, "王五", days_late=1)
    born = TODAY.replace(year=1990) if (TODAY.month, TODAY.day) != (2, 29) else None
    context.services.customers.create(
        CustomerDraft(name="赵六", birthday=Birthday.from_date(born) if born else None)
    )
    window = make_window()
    table = tab_to_the_work_list(qtbot, window)

    qtbot.keyClick(table, Qt.Key.Key_Return)
    (done,) = [form for form in window.today_page.findChildren(VisitDialog) if form.isVisible()]
    assert done.purpose_edit.text() == "试穿回访"
    done.activateWindow()  # as the window manager does for a dialog just opened
    qtbot.waitUntil(done.isActiveWindow)
    qtbot.keyClicks(done.outcome_edit, "Will come on Saturday")
    with qtbot.waitSignal(window.today_page.agenda_loaded):
        qtbot.keyClick(done.outcome_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    logged = context.services.visits.visits(VisitFilter(customer_id=oldest))
    assert [visit.outcome for visit in logged] == ["Will come on Saturday"]
    assert context.services.visits.visits(VisitFilter(customer_id=newer)) == []
    names = [item.customer_name for item in window.today_page.work_list.model.records()]
    assert names == ["王五", "李四"] + (["赵六"] if born else [])


def test_an_open_complaint_comes_first_and_enter_resolves_it(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    plan(context, "张三", days_late=5)
    unhappy = context.services.customers.create(CustomerDraft(name="李四")).id
    context.services.complaints.record(
        unhappy, ComplaintDraft(shop_clock.now() - dt.timedelta(minutes=30), "phone", "拉链坏了")
    )
    window = make_window()
    work = window.today_page.work_list
    assert [work.model.index(row, 0).data() for row in range(2)] == [
        "Complaint today",
        "5 d late",
    ]
    assert work.main_button.text() == "Resolve…"
    assert not work.snooze_button.isEnabled()  # a complaint is resolved, not put off
    table = tab_to_the_work_list(qtbot, window)

    qtbot.keyClick(table, Qt.Key.Key_Return)
    (resolve,) = window.today_page.findChildren(ResolveDialog)
    resolve.activateWindow()  # as the window manager does for a dialog just opened
    qtbot.waitUntil(resolve.isActiveWindow)
    qtbot.keyClicks(resolve.resolution_edit, "New zipper")
    with qtbot.waitSignal(window.today_page.agenda_loaded):
        qtbot.keyClick(resolve.resolution_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    (stored,) = context.services.complaints.complaints(ComplaintFilter(customer_id=unhappy))
    assert (stored.status, stored.resolution) == ("resolved", "New zipper")
    assert context.services.customers.get(unhappy).next_follow_up_on == TODAY + dt.timedelta(
        days=1
    )  # the check-back call, on tomorrow's list
    assert [item.customer_name for item in work.model.records()] == ["张三"]
