from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customer_list import CustomerFilter, CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.ui.models import customer_table_model as columns
from custdesk.ui.models.customer_table_model import ID_ROLE, CustomerTableModel

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def model(demo_db: Database) -> CustomerTableModel:
    return CustomerTableModel(CustomerListService(demo_db), today=lambda: TODAY)


def test_the_model_is_a_well_behaved_qt_model(
    qtmodeltester: ModelTester, model: CustomerTableModel
) -> None:
    qtmodeltester.check(model, force_py=True)
    model.set_filter(CustomerFilter(text="wang"))
    qtmodeltester.check(model, force_py=True)


def test_rows_show_what_a_clerk_reads(db: Database) -> None:
    CustomerService(db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 1, 1)).create(
        CustomerDraft(
            name="张三",
            gender="male",
            birthday=Birthday(11, 23, 1990),
            phones=("13800138000",),
            temperament="picky",
            tags=("团购",),
        )
    )
    model = CustomerTableModel(CustomerListService(db), today=lambda: TODAY)
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert shown == [
        "张三",
        "138 0013 8000",
        "Male",
        "35",
        "Prospect",
        "Picky",
        "",
        "",
        "",
        "¥0.00",
        "团购",
    ]
    assert model.index(0, 0).data(ID_ROLE) == model.customer_id(0)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header == ["Name", "Phone", "Gender"]


def test_sorting_and_filtering_happen_in_the_database(model: CustomerTableModel) -> None:
    total = model.rowCount()
    model.sort(columns.TOTAL_SPENT, Qt.SortOrder.DescendingOrder)
    spent = [model.index(row, columns.TOTAL_SPENT).data() for row in range(total)]
    amounts = [float(text.lstrip("¥").replace(",", "")) for text in spent]
    assert amounts == sorted(amounts, reverse=True)
    model.sort(columns.PHONE)  # no index behind this column: the order stays
    assert [model.index(r, columns.TOTAL_SPENT).data() for r in range(total)] == spent
    model.set_filter(CustomerFilter(stage="vip"))
    assert 0 < model.rowCount() < total
    stages = {model.index(r, columns.STAGE).data() for r in range(model.rowCount())}
    assert stages == {"VIP"}


def test_a_refresh_with_the_same_rows_repaints_them_in_place(qtbot: QtBot, db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in)
    first = customers.create(CustomerDraft(name="张三")).id
    customers.create(CustomerDraft(name="李四"))
    model = CustomerTableModel(CustomerListService(db), today=lambda: TODAY)
    assert model.index(1, columns.TAGS).data() == ""
    customers.update(first, CustomerDraft(name="张三", tags=("团购",)))
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.waitSignal(model.dataChanged) as changed,
    ):
        assert model.refresh() is False
    top_left, bottom_right = changed.args[:2]
    assert (top_left.row(), top_left.column()) == (0, 0)
    assert (bottom_right.row(), bottom_right.column()) == (1, columns.COLUMN_COUNT - 1)
    assert model.index(1, columns.TAGS).data() == "团购"  # not the row read before


def test_a_refresh_with_other_rows_resets_the_model(qtbot: QtBot, db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in)
    customers.create(CustomerDraft(name="张三"))
    model = CustomerTableModel(CustomerListService(db), today=lambda: TODAY)
    customers.create(CustomerDraft(name="李四"))
    with qtbot.waitSignal(model.modelReset):
        assert model.refresh() is True
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["李四", "张三"]
