"""Lists by keyboard (issue 18): from the customer search, Down goes into the results and Enter
opens a customer; Escape clears the search; Enter opens the selected row in every list where a
double-click opens it, and a double-click opens it once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext, Services
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from custdesk.ui.models.customer_table_model import NAME
from custdesk.ui.pages.customers_page import CustomersPage
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.building import customers_page

# The shop's midnight never falls inside a test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("at_midday")

MakeWindow = Callable[[], MainWindow]


def page_with(qtbot: QtBot, services: Services, *names: str) -> tuple[CustomersPage, list[int]]:
    ids = [services.customers.create(CustomerDraft(name=name)).id for name in names]
    page = customers_page(services)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.search_box.setFocus()  # where Ctrl+F puts the clerk
    return page, ids


def opened_customer(page: CustomersPage) -> int | None:
    dialogs = [d for d in page.findChildren(CustomerDialog) if d.isVisible()]
    assert len(dialogs) <= 1, "one key, one form"
    return dialogs[0].record.id if dialogs and dialogs[0].record else None


def double_click(qtbot: QtBot, table: QAbstractItemView, row: int) -> None:
    """As a mouse does it: press and release, then the second press that makes it double."""
    where = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def selected_name(page: CustomersPage) -> str | None:
    chosen = page.selected()
    return chosen[1] if chosen else None


def test_a_pinyin_search_then_down_down_enter_opens_the_second_result(
    qtbot: QtBot, services: Services
) -> None:
    page, (_zhang, zhao, _li) = page_with(qtbot, services, "张三", "赵四", "李四")
    qtbot.keyClicks(page.search_box, "zs")
    qtbot.waitUntil(lambda: page.count_label.text() == "2 found")

    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    assert page.focusWidget() is page.table
    assert selected_name(page) == "张三"  # phone-book order: zhang before zhao
    assert opened_customer(page) is None  # Down only goes there

    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened_customer(page) == zhao


def test_enter_in_the_search_box_opens_the_first_result_without_waiting_for_the_pause(
    qtbot: QtBot, services: Services
) -> None:
    page, (_zhang, zhao, _li) = page_with(qtbot, services, "张三", "赵四", "李四")
    qtbot.keyClicks(page.search_box, "zhaos")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # typed fast: the search is still pending
    assert opened_customer(page) == zhao


def test_enter_in_the_search_box_with_nothing_found_opens_nothing(
    qtbot: QtBot, services: Services
) -> None:
    page, _ids = page_with(qtbot, services, "张三")
    qtbot.keyClicks(page.search_box, "qqq")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    assert opened_customer(page) is None
    assert page.focusWidget() is page.search_box


def test_escape_clears_the_search_and_shows_everyone_again(
    qtbot: QtBot, services: Services
) -> None:
    page, _ids = page_with(qtbot, services, "张三", "赵四", "李四")
    qtbot.keyClicks(page.search_box, "lisi")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 found")

    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.search_box.text() == ""
    assert page.count_label.text() == "3 found"  # at once, not after the typing pause
    names = [page.model.index(row, NAME).data() for row in range(page.model.rowCount())]
    assert names == ["李四", "张三", "赵四"]


def test_a_double_click_on_a_customer_opens_one_form(qtbot: QtBot, services: Services) -> None:
    page, (zhang,) = page_with(qtbot, services, "张三")
    double_click(qtbot, page.table, 0)
    assert opened_customer(page) == zhang


# -- the other lists: Enter does what a double-click does ----------------------------------


def test_enter_on_a_complaint_opens_its_resolve_form(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    someone = context.services.customers.create(CustomerDraft(name="张三")).id
    draft = ComplaintDraft(dt.datetime.now(), "phone", "衣服缩水")
    context.services.complaints.record(someone, draft)
    window = make_window()
    window.navigation.select("complaints")
    page = window.complaints_page
    first_row = page.table.visualRect(page.model.index(0, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    assert page.findChild(ResolveDialog) is None

    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    (resolve,) = page.findChildren(ResolveDialog)
    assert resolve.isVisible()
    assert any("衣服缩水" in label.text() for label in resolve.findChildren(QLabel))


def test_enter_on_a_backup_opens_it_read_only(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.navigation.select("backups")
    page = window.backups_page
    with qtbot.waitSignal(page.model.modelReset, timeout=10_000):
        qtbot.mouseClick(page.back_up_button, Qt.MouseButton.LeftButton)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.read_only_windows) == 1, timeout=10_000)
    window.read_only_windows[0].close()


def overdue_follow_up(context: AppContext, name: str) -> None:
    customer_id = context.services.customers.create(CustomerDraft(name=name)).id
    last_week = dt.datetime.now() - dt.timedelta(days=7)
    planner = FollowUpService(context.db, stage_rules=stage_rules_in, clock=lambda: last_week)
    planner.schedule(customer_id, last_week.date(), "试穿回访")


def test_enter_on_an_overdue_follow_up_opens_its_done_form(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    overdue_follow_up(context, "张三")
    window = make_window()
    page = window.today_page
    page.work_list.table.setFocus()  # the first line is selected when Today is read
    qtbot.keyClick(page.work_list.table, Qt.Key.Key_Return)
    (done,) = page.findChildren(VisitDialog)
    assert done.isVisible() and done.purpose_edit.text() == "试穿回访"


def test_a_double_click_on_a_follow_up_opens_one_done_form(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    overdue_follow_up(context, "张三")
    window = make_window()
    double_click(qtbot, window.today_page.work_list.table, 0)
    dialogs = window.today_page.findChildren(VisitDialog)
    assert len(dialogs) == 1  # two opened; the second's Save then failed (issue 18)
