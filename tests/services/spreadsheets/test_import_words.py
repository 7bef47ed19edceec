"""The sheet of rows an import skipped speaks the clerk's language: its name, heading, headers
and each row's reason, in words rather than codes."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
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
from custdesk.services.spreadsheets.import_words import (
    FIELD_WORDS,
    row_messages,
    skipped_rows_sheet,
)
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 10, 0)
TABLE = Table(
    sheet="客户名单",
    sheets=["客户名单"],
    headers=["姓名", "电话", "生日", "性别"],
    rows=[
        ["张三", "13800138000", None, "男"],  # imported
        ["李四", "13900139000", None, None],  # a phone already on file: skipped
        ["王五", None, "someday", "?"],  # not a date, not a gender: imported, with a note
    ],
)


@pytest.fixture
def imported(db: Database) -> tuple[list[RowResult], ImportReport]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    customers.create(CustomerDraft(name="老李", phones=("13900139000",)))
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
        "共 1 行",
    )
    assert sheet.headers == ["行号", "姓名", "问题", "姓名", "电话", "生日", "性别"]
    assert cells(sheet) == [
        [3, "李四", "电话号码已存在，这一行未导入。", "李四", "13900139000", None, None],
    ]


def test_the_skipped_rows_sheet_in_english(
    imported: tuple[list[RowResult], ImportReport],
) -> None:
    sheet = skipped_rows_sheet(TABLE, *imported, "en")
    assert (sheet.title, sheet.heading, sheet.subtitle) == (
        "errors",
        "客户名单: rows not imported",
        "Rows: 1",
    )
    assert sheet.headers == ["row", "name", "problem", "姓名", "电话", "生日", "性别"]
    assert [row[:3] for row in cells(sheet)] == [
        [3, "李四", "The phone number is already on file, so the row was not imported."],
    ]


def test_each_row_to_look_at_is_one_sentence_with_its_row_and_name(
    imported: tuple[list[RowResult], ImportReport],
) -> None:
    rows, report = imported
    assert [m.sentence for m in row_messages(rows, "zh_CN", report)] == [
        "第 3 行，李四：电话号码已存在，这一行未导入。",
        "第 4 行，王五：已导入，附备注：生日（someday）、性别（?）中写的内容无法识别，"
        "原文已记入备注。",
    ]
    assert [m.sentence for m in row_messages(rows, "en", report)] == [
        "Row 3, 李四: The phone number is already on file, so the row was not imported.",
        "Row 4, 王五: Imported, with a note: what was written under Birthday (someday), "
        "Gender (?) could not be read and is kept in the notes.",
    ]


def test_every_field_an_import_fills_has_a_word() -> None:
    assert set(FIELD_WORDS) == set(FIELDS)
