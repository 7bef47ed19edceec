"""The sheet of rows an import skipped speaks the clerk's language: its name, heading, headers
and each row's reason, in words rather than codes."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.customers.customers import CustomerService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import (
    FIELDS,
    ImportReport,
    RowResult,
    guess_mapping,
    import_rows,
    preview,
)
from custdesk.services.spreadsheets.excel_export import Sheet
from custdesk.services.spreadsheets.import_files import Table
from custdesk.services.spreadsheets.import_words import FIELD_WORDS, skipped_rows_sheet
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 10, 0)
TABLE = Table(
    sheet="客户名单",
    sheets=["客户名单"],
    headers=["姓名", "电话", "生日", "性别", "性格"],
    rows=[
        ["张三", "13800138000", None, "男", None],  # imported
        ["李四", "13800138000", None, None, None],  # the same phone: skipped
        ["王五", None, "someday", "?", "?"],  # not a gender nor a temperament (the date: notes)
    ],
)


@pytest.fixture
def imported(db: Database) -> tuple[list[RowResult], ImportReport]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    rows = preview(TABLE, guess_mapping(TABLE.headers), customers)
    return rows, import_rows(db, customers, rows, now=NOW)


def cells(sheet: Sheet) -> list[list[object]]:
    return [list(row) for row in sheet.rows]


def test_the_skipped_rows_sheet_in_chinese(
    imported: tuple[list[RowResult], ImportReport],
) -> None:
    sheet = skipped_rows_sheet(TABLE, *imported, "zh_CN")
    assert (sheet.title, sheet.heading, sheet.subtitle) == (
        "未导入",
        "客户名单：未导入的行",
        "共 2 行",
    )
    assert sheet.headers == ["行号", "原因", "姓名", "电话", "生日", "性别", "性格"]
    reasons = "性别：请从列表中选择。 性格类型：请从列表中选择。"
    assert cells(sheet) == [
        [3, "电话号码已存在", "李四", "13800138000", None, None, None],
        [4, reasons, "王五", None, "someday", "?", "?"],
    ]


def test_the_skipped_rows_sheet_in_english(
    imported: tuple[list[RowResult], ImportReport],
) -> None:
    sheet = skipped_rows_sheet(TABLE, *imported, "en")
    assert (sheet.title, sheet.heading, sheet.subtitle) == (
        "errors",
        "客户名单: rows not imported",
        "2 rows",
    )
    assert sheet.headers == ["row", "reason", "姓名", "电话", "生日", "性别", "性格"]
    assert [row[:2] for row in cells(sheet)] == [
        [3, "Phone number already on file"],
        [
            4,
            "Gender: Please pick from the list.; Temperament: Please pick from the list.",
        ],
    ]


def test_every_field_an_import_fills_has_a_word() -> None:
    assert set(FIELD_WORDS) == set(FIELDS)
