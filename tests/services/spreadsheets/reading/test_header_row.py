"""The header row is found below titles, a 制表日期 line and blank rows, or taken where the
clerk says; problems are reported at the row numbers the spreadsheet shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from custdesk.services.customers.customers import CustomerService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import guess_mapping, preview
from custdesk.services.spreadsheets.import_files import read_table
from custdesk.storage.db import Database
from tests.case_files import IMPORT_CASES

CASES = IMPORT_CASES  # copies of ../shared/cases/import, committed for CI


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_rows_are_checked_at_the_numbers_excel_shows(db: Database) -> None:
    table = read_table(CASES / "title-row-and-blank-row.xlsx")
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 1, 5)
    )
    checked = preview(table, guess_mapping(table.headers), customers)
    assert [row[0] for row in table.rows] == ["张伟", "刘洋"]
    assert [row.row_number for row in checked] == [3, 5]  # 刘洋 below the blank row 4


def test_a_label_and_date_line_and_an_unknown_header_below_a_title(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "会员.xlsx",
        [
            ["XX店会员档案"],
            ["制表人：王店长", "制表日期：2024-05-01"],  # two short cells, but not headers
            [],
            ["序号", "会员名", "联系号码"],  # words the dictionary does not know
            [1, "张伟", "13800138000"],
        ],
    )
    table = read_table(path)
    assert (table.header_row_number, table.headers) == (4, ["序号", "会员名", "联系号码"])
    assert (table.rows, table.row_numbers) == ([[1, "张伟", "13800138000"]], [5])


def test_a_known_header_wins_over_a_title_that_looks_like_headers(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "a.xlsx",
        [["XX店", "会员名单"], ["姓名", "手机"], ["张伟", "13800138000"]],
    )
    table = read_table(path)
    assert (table.header_row_number, table.headers) == (2, ["姓名", "手机"])


def test_a_one_word_title_in_the_dictionary_does_not_become_the_header(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "b.xlsx", [["客户"], ["姓名", "电话"], ["张伟", "13800138000"]])
    assert read_table(path).headers == ["姓名", "电话"]


def test_a_sheet_that_starts_with_data_has_no_header_and_loses_no_row(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "c.xlsx", [["张伟", "13800138000"], ["李娜", "13800138002"]])
    table = read_table(path)
    assert (table.header_row_number, table.headers) == (0, ["", ""])
    assert [row[0] for row in table.rows] == ["张伟", "李娜"]
    assert table.row_numbers == [1, 2]


def test_the_clerk_names_the_header_row(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "d.xlsx",
        [["客户", "张经理"], [], ["姓名", "手机"], ["张伟", "13800138000"], ["李娜", "138"]],
    )
    assert read_table(path).headers == ["客户", "张经理"]  # found: a wrong, known-looking row
    chosen = read_table(path, header_row=3)
    assert (chosen.header_row_number, chosen.headers) == (3, ["姓名", "手机"])
    assert (chosen.row_numbers, [row[0] for row in chosen.rows]) == ([4, 5], ["张伟", "李娜"])
    none = read_table(path, header_row=0)
    assert (none.headers, none.row_numbers) == (["", ""], [1, 3, 4, 5])
    blank = read_table(path, header_row=2)  # a blank row named: no column names, rows below
    assert (blank.headers, blank.row_numbers) == (["", ""], [3, 4, 5])
