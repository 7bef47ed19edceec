from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from custdesk.services.customer_list import CustomerListService, SortKey
from custdesk.services.customer_records import CustomerDraft
from custdesk.services.customers import CustomerService
from custdesk.storage.db import Database
from custdesk.ui.models.customer_table_model import NAME
from custdesk.ui.views.customers_page import CustomersPage


def shown_names(page: CustomersPage) -> list[str]:
    model = page.table.model()
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def test_typing_pinyin_initials_finds_the_customer(qtbot: QtBot, db: Database) -> None:
    customers = CustomerService(db, clock=lambda: dt.datetime(2026, 11, 1))
    for name in ("张三", "李四", "王五", "Zoë Smith"):
        customers.create(CustomerDraft(name=name))
    page = CustomersPage(CustomerListService(db), CustomerService(db))
    qtbot.addWidget(page)
    page.show()
    assert shown_names(page) == ["李四", "王五", "张三", "Zoë Smith"]  # phone-book order
    assert page.count_label.text() == "4 found"

    qtbot.keyClicks(page.search_box, "zs")
    qtbot.waitUntil(lambda: page.count_label.text() == "2 found")
    assert shown_names(page) == ["张三", "Zoë Smith"]

    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "zhangsan")
    qtbot.waitUntil(lambda: shown_names(page) == ["张三"])


def test_the_stage_filter_and_header_click(qtbot: QtBot, demo_db: Database) -> None:
    page = CustomersPage(CustomerListService(demo_db), CustomerService(demo_db))
    qtbot.addWidget(page)
    page.show()
    everyone = page.table.model().rowCount()
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("vip"))
    assert 0 < page.table.model().rowCount() < everyone
    page.stage_filter.setCurrentIndex(0)
    assert page.table.model().rowCount() == everyone
    header = page.table.horizontalHeader()
    name_header = QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    expected = CustomerListService(demo_db).ids(sort=SortKey.NAME, descending=True)
    model = page.model
    assert [model.customer_id(row) for row in range(model.rowCount())] == expected
