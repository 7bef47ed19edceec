from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customer_list import CustomerListService, SortKey
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.models.customer_table_model import NAME, PHONE, TAGS
from custdesk.ui.pages.customers_page import CustomersPage
from tests.ui.building import customers_page


def shown_names(page: CustomersPage) -> list[str]:
    model = page.table.model()
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def test_typing_pinyin_initials_finds_the_customer(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 1)
    )
    for name in ("张三", "李四", "王五", "Zoë Smith"):
        customers.create(CustomerDraft(name=name))
    page = customers_page(services)
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


def test_the_stage_filter_and_header_click(
    qtbot: QtBot, demo_db: Database, services: Services
) -> None:
    page = customers_page(services)
    qtbot.addWidget(page)
    page.show()
    everyone = page.table.model().rowCount()
    page.filter_bar.stage_filter.setCurrentIndex(page.filter_bar.stage_filter.findData("vip"))
    assert 0 < page.table.model().rowCount() < everyone
    page.filter_bar.stage_filter.setCurrentIndex(0)
    assert page.table.model().rowCount() == everyone
    header = page.table.horizontalHeader()
    name_header = QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    expected = CustomerListService(demo_db).ids(sort=SortKey.NAME, descending=True)
    model = page.model
    assert [model.customer_id(row) for row in range(model.rowCount())] == expected


def test_delete_goes_to_the_trash_and_comes_back(
    qtbot: QtBot, db: Database, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in)
    for name in ("张三", "李四"):
        customers.create(CustomerDraft(name=name))
    changes = ChangeNotifier()
    page = customers_page(services, customers=customers, changes=changes)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(shown_names(page).index("张三"))
    with qtbot.waitSignal(changes.changed):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert shown_names(page) == ["李四"]

    page.filter_bar.trash_check.click()
    assert shown_names(page) == ["张三"]
    assert page.restore_button.isVisible() and not page.delete_button.isVisible()
    page.table.selectRow(0)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert shown_names(page) == []
    page.filter_bar.trash_check.click()
    assert shown_names(page) == ["李四", "张三"]

    # Emptying the Trash asks first; "Cancel" keeps everything.
    page.table.selectRow(0)
    page.trash_selected()
    page.filter_bar.trash_check.click()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    page.empty_trash_button.click()
    assert shown_names(page) == ["李四"]
    page.empty_trash_button.click()
    assert shown_names(page) == []
    assert CustomerListService(db).count() == 1


def test_quick_filters_narrow_the_list(qtbot: QtBot, db: Database, services: Services) -> None:
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22)
    )
    customers.create(CustomerDraft(name="张三", temperament="picky", tags=("团购",)))
    customers.create(CustomerDraft(name="李四", birthday=Birthday(11, 3, 1990)))
    customers.create(CustomerDraft(name="王五", tags=("送礼",)))
    page = customers_page(services, customers=customers)
    qtbot.addWidget(page)
    page.filter_bar._today = lambda: dt.date(2026, 11, 22)
    bar = page.filter_bar
    bar.temperament_filter.setCurrentIndex(bar.temperament_filter.findData("picky"))
    assert shown_names(page) == ["张三"]
    bar.temperament_filter.setCurrentIndex(0)
    bar.tag_filter.setCurrentIndex(bar.tag_filter.findData("送礼"))
    assert shown_names(page) == ["王五"]
    bar.tag_filter.setCurrentIndex(0)
    bar.birthday_check.click()
    assert shown_names(page) == ["李四"]


def test_column_choice_and_widths_are_remembered(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = customers_page(services, column_settings=settings)
    qtbot.addWidget(first)
    menu = first.column_menu()
    tags_action = next(a for a in menu.actions() if a.text() == "Tags")
    tags_action.setChecked(False)
    assert not next(a for a in menu.actions() if a.text() == "Name").isEnabled()
    first.table.setColumnWidth(PHONE, 222)
    settings.sync()

    again = customers_page(services, column_settings=settings)
    qtbot.addWidget(again)
    header = again.table.horizontalHeader()
    assert header.isSectionHidden(TAGS)
    assert header.sectionSize(PHONE) == 222


def test_the_list_is_read_once_when_first_shown_not_while_the_window_is_built(
    qtbot: QtBot, db: Database, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = CustomerListService(db)
    CustomerService(db, stage_rules=stage_rules_in).create(CustomerDraft(name="张三"))
    reads: list[object] = []
    original = service.first_page
    monkeypatch.setattr(service, "first_page", lambda *a, **k: reads.append(a) or original(*a, **k))
    page = customers_page(services, customer_list=service)
    qtbot.addWidget(page)
    assert reads == []
    page.show()
    assert len(reads) == 1
    assert shown_names(page) == ["张三"]
