"""A long customer list is read a page at a time (issue 19: a million customers open as fast as a
thousand): the first page at once, the rest as the clerk scrolls, the count read apart; a
customer saved anywhere in the order is still found and selected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers import customer_list
from custdesk.services.customers.customer_list import (
    PAGE_SIZE,
    CustomerFilter,
    CustomerListService,
    SortKey,
)
from custdesk.services.shop.demo import generate_demo
from custdesk.storage.db import Database
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.models import customer_table_model
from custdesk.ui.models.customer_table_model import ID_ROLE, CustomerTableModel
from custdesk.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHOP_SIZE = 1234  # two whole pages and a part


@pytest.fixture
def long_list(db: Database) -> CustomerListService:
    generate_demo(db, SHOP_SIZE, seed=2, today=dt.date(2026, 11, 22))
    return CustomerListService(db)


def shown_ids(model: CustomerTableModel) -> list[int]:
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_a_long_list_opens_on_its_first_page_and_reads_the_rest_in_order(
    long_list: CustomerListService,
) -> None:
    every_id = long_list.ids()
    model = CustomerTableModel(long_list)
    assert shown_ids(model) == every_id[:PAGE_SIZE]
    assert model.count == SHOP_SIZE  # the count beside the list is the whole list's
    while model.canFetchMore():
        model.fetchMore()
    assert shown_ids(model) == every_id  # no customer twice, none skipped


def test_a_customers_position_is_their_row_in_the_whole_order(
    long_list: CustomerListService,
) -> None:
    where = CustomerFilter(text="wang")
    outside = long_list.ids(CustomerFilter(text="zhang"))[0]
    orders = [(SortKey.RELEVANCE, False)]
    orders += [(key, down) for key in (SortKey.NAME, SortKey.AGE, SortKey.LAST_CONTACT,
                                       SortKey.STAGE) for down in (False, True)]  # fmt: skip
    for sort, descending in orders:
        every_id = long_list.ids(where, sort, descending)
        assert len(every_id) > 20
        for row in (0, 1, len(every_id) // 2, len(every_id) - 1):
            assert long_list.position(where, sort, descending, every_id[row]) == row
        assert long_list.position(where, sort, descending, outside) is None


def test_the_count_stops_at_its_cap(
    long_list: CustomerListService, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert long_list.first_page(CustomerFilter(), limit=5)[1] == SHOP_SIZE  # under 10,000
    monkeypatch.setattr(customer_list, "COUNT_EXACT_UP_TO", 9)
    assert long_list.first_page(CustomerFilter(), limit=5)[1] == 10


def test_ctrl_end_walks_to_the_last_customer_of_a_long_list(
    qtbot: QtBot, context: AppContext, make_window: Callable[[], MainWindow]
) -> None:
    generate_demo(context.db, SHOP_SIZE, seed=2, today=dt.date(2026, 11, 22))
    last_name = context.services.customer_list.rows(context.services.customer_list.ids())[-1].name
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2, CTRL)
    page = window.customers_page
    assert page.count_label.text() == "1,234 found"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_End, CTRL)  # one press: the count knows the whole list
    assert page.table.currentIndex().row() == SHOP_SIZE - 1
    assert page.table.currentIndex().siblingAtColumn(0).data() == last_name
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    qtbot.keyClick(page.table, Qt.Key.Key_End)  # End alone, as a clerk presses it
    assert page.table.currentIndex().row() == SHOP_SIZE - 1


def test_past_the_count_end_reads_one_more_page_per_press(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 10,000+: reading every id at once could be a million; a page a press keeps it instant.
    generate_demo(db, SHOP_SIZE, seed=2, today=dt.date(2026, 11, 22))
    for module in (customer_list, customer_table_model):
        monkeypatch.setattr(module, "COUNT_EXACT_UP_TO", 1000)
    model = CustomerTableModel(CustomerListService(db))
    assert model.count == 1001
    model.fetch_to_the_end()
    assert model.rowCount() == PAGE_SIZE


def test_a_customer_saved_past_the_first_page_is_selected_in_the_list(
    qtbot: QtBot, context: AppContext, make_window: Callable[[], MainWindow]
) -> None:
    generate_demo(context.db, SHOP_SIZE, seed=2, today=dt.date(2026, 11, 22))
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2, CTRL)
    page = window.customers_page
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), CustomerDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, CustomerDialog)
    qtbot.keyClicks(dialog.name_edit, "Zz Last")  # sorts after every pinyin name
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_S, CTRL)
    selected = page.table.selectionModel().selectedRows()
    assert [index.data() for index in selected] == ["Zz Last"]
    assert selected[0].row() >= PAGE_SIZE  # it was not among the rows read before the save
    assert page.count_label.text() == "1,235 found"
