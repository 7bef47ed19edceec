"""Searching or sorting while another program holds the customer file: the clerk is told in
words, the list keeps what it showed and the search box what was typed, and the next try works."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.errors import DatabaseLockedError
from custdesk.services.customers.customer_list import CustomerFilter, SortKey
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.models.customer_table_model import NAME
from custdesk.ui.pages.customers_page import CustomersPage
from tests.ui.building import customers_page

BUSY = (
    "The file is busy",
    "Another program is using the customer file right now (a backup or sync tool, or a second"
    " CustDesk), so this could not be read. Wait a moment and try again; nothing was changed.",
)


class BusyList:
    """The real customer list, whose reads of ids fail while ``busy``."""

    def __init__(self, real: object) -> None:
        self._real = real
        self.busy = False

    def page(self, where: CustomerFilter | None = None, *sort: object, **kw: object) -> list[int]:
        if self.busy:
            raise DatabaseLockedError("database is locked")
        return self._real.page(where, *sort, **kw)  # type: ignore[attr-defined, no-any-return]

    def first_page(
        self, where: CustomerFilter | None = None, *sort: object, **kw: object
    ) -> tuple[list[int], int]:
        if self.busy:
            raise DatabaseLockedError("database is locked")
        return self._real.first_page(where, *sort, **kw)  # type: ignore[attr-defined, no-any-return]

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


def shown_names(page: CustomersPage) -> list[str]:
    return [page.model.index(row, NAME).data() for row in range(page.model.rowCount())]


def busy_page(qtbot: QtBot, services: Services) -> tuple[CustomersPage, BusyList]:
    for name in ("张三", "李四", "王五"):
        services.customers.create(CustomerDraft(name=name))
    customer_list = BusyList(services.customer_list)
    page = customers_page(services, customer_list=customer_list)
    qtbot.addWidget(page)
    page.show()
    return page, customer_list


def test_a_search_while_the_file_is_busy_is_told_and_can_be_tried_again(
    qtbot: QtBot, services: Services, shown_messages: list[tuple[str, str]]
) -> None:
    page, customer_list = busy_page(qtbot, services)
    customer_list.busy = True
    qtbot.keyClicks(page.search_box, "zs")
    page.apply_filters()  # as the typing pause would

    assert shown_messages == [BUSY]
    assert shown_names(page) == ["李四", "王五", "张三"]  # what it showed
    assert page.search_box.text() == "zs"

    customer_list.busy = False
    page.apply_filters()
    assert shown_names(page) == ["张三"]


def test_a_sort_while_the_file_is_busy_keeps_the_order_shown(
    qtbot: QtBot, services: Services, shown_messages: list[tuple[str, str]]
) -> None:
    page, customer_list = busy_page(qtbot, services)
    customer_list.busy = True
    header = page.table.horizontalHeader()
    name_header = QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)

    assert shown_messages == [BUSY]
    assert shown_names(page) == ["李四", "王五", "张三"]
    assert page.model.current_sort == (SortKey.NAME, False)
