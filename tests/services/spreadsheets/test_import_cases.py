"""The shared import cases (../shared/cases/import, README there) and the row rules: no customer
is lost for one cell; only rows with neither name nor phone, repeated headers and total rows are
skipped, each with a sentence naming the row and the customer."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from custdesk.services.spreadsheets.excel_export import write_workbook
from custdesk.services.spreadsheets.import_files import read_table
from custdesk.services.spreadsheets.import_words import row_messages, skipped_rows_sheet
from custdesk.storage.db import Database
from tests.services.spreadsheets.import_support import CASES, import_file, stored, stored_labels


def test_cell_habits_are_read_as_male_or_empty_and_every_customer_goes_in(db: Database) -> None:
    _rows, report = import_file(db, CASES / "cell-habits.csv")
    assert (report.imported, report.skipped, report.listed) == (4, [], [])
    customers = stored(db)
    assert {name: c.draft.gender for name, c in customers.items()} == {
        "王先生": "male",  # 男性
        "李娜": "female",
        "刘洋": "male",
        "陈静": "female",
    }
    assert customers["李娜"].draft.phones == ()  # 无: nothing, not a bad number
    assert customers["刘洋"].draft.birthday is None  # -: nothing
    assert all(c.draft.notes == "" for c in customers.values())  # nothing misread


def test_phone_cell_habits_keep_every_number_and_the_note_in_brackets(db: Database) -> None:
    _rows, report = import_file(db, CASES / "phone-cell-habits.csv")
    assert report.imported == 2
    customers = stored(db)
    assert customers["孙丽"].draft.phones == ("+8613800138009",)  # 138 0013 8009: one number
    assert customers["孙丽"].draft.notes == "手机 138 0013 8009：微信同号"
    assert customers["马超"].draft.phones == ("+8613800138010", "+8613900139010")


def test_a_second_phone_column_holding_a_landline(db: Database) -> None:
    import_file(db, CASES / "second-phone-column.csv")
    assert stored_labels(db, "王芳") == [("+8675588886666", "电话")]


def test_member_headers_are_understood(db: Database) -> None:
    _rows, report = import_file(db, CASES / "member-headers.csv")
    assert report.imported == 1
    zhang = stored(db)["张伟"].draft
    assert zhang.phones == ("+8613800138000",)
    assert "出生年月（原表）：1990.05" in zhang.notes.splitlines()  # the dates reader's part


def test_a_total_row_is_skipped_with_its_reason(db: Database) -> None:
    rows, report = import_file(db, CASES / "total-row.csv")
    assert list(stored(db)) == ["张伟"]
    assert report.skipped == [(3, "total_row")]
    assert rows[0].opening_balance_cents == 100_00  # read; storing it is later work
    assert [m.sentence for m in row_messages(rows, "zh_CN", report)] == [
        "第 3 行，合计：这是合计行，不是客户，未导入。"
    ]


def test_a_phone_without_a_name_is_imported_as_unnamed_and_listed(
    tmp_path: Path, db: Database
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("姓名,手机\n,139 0013 9001\n", encoding="utf-8")
    rows, report = import_file(db, path)
    assert list(stored(db)) == ["未留名9001"]
    assert report.listed == [2]
    assert [m.sentence for m in row_messages(rows, "en", report)] == [
        "Row 2, 未留名9001: No name was given, so the customer was imported as 未留名9001; "
        "please fill in the name."
    ]


def test_only_rows_with_neither_name_nor_phone_repeated_headers_and_totals_are_skipped(
    tmp_path: Path, db: Database
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "序号,姓名,手机,性别,消费金额\n"
        '1,张伟,13800138000,男,"¥1,200.00"\n'
        ",,,女,\n"  # neither name nor phone
        "序号,姓名,手机,性别,消费金额\n"  # the header again, as when pages are pasted together
        "2,王芳,13900139000,?,很多\n"  # a gender and an amount no habit covers
        "小计,,,,1200\n",
        encoding="utf-8",
    )
    rows, report = import_file(db, path)
    assert report.skipped == [(3, "no_name_or_phone"), (4, "header_row"), (6, "total_row")]
    assert rows[0].opening_balance_cents == 1200_00
    assert sorted(stored(db)) == ["张伟", "王芳"]
    assert stored(db)["王芳"].draft.notes.splitlines() == [
        "性别（原表）：?",
        "消费金额（原表）：很多",
    ]
    assert report.listed == [5]
    assert [m.sentence for m in row_messages(rows, "zh_CN", report)] == [
        "第 3 行：没有姓名也没有电话，未导入。",
        "第 4 行：这是重复的表头行，未导入。",
        "第 5 行，王芳：已导入，附备注：性别（?）、期初金额（很多）中写的内容无法识别，"
        "原文已记入备注。",
        "第 6 行：这是合计行，不是客户，未导入。",
    ]


def test_the_skipped_rows_workbook_names_row_customer_and_problem(
    tmp_path: Path, db: Database
) -> None:
    table = read_table(CASES / "total-row.csv")
    rows, report = import_file(db, CASES / "total-row.csv")
    out = tmp_path / "errors.xlsx"
    write_workbook(out, [skipped_rows_sheet(table, rows, report, "zh_CN")])
    sheet = openpyxl.load_workbook(out).active
    assert [cell.value for cell in sheet[3]] == ["行号", "姓名", "问题", "姓名", "手机", "消费金额"]
    assert [cell.value for cell in sheet[4]] == [
        3,
        "合计",
        "这是合计行，不是客户，未导入。",
        "合计",
        None,
        "100",
    ]


def test_the_checking_page_lists_the_rows_before_anything_is_imported(
    tmp_path: Path, db: Database
) -> None:
    """Without a report (the wizard's checking page): rows skipped and rows worth a look."""
    from custdesk.services.customers.customers import CustomerService
    from custdesk.services.shop.settings import stage_rules_in
    from custdesk.services.spreadsheets.customer_import import guess_mapping, preview

    path = tmp_path / "list.csv"
    path.write_text(
        "姓名,手机,性别\n张伟,13800138000,男\n,13900139001,\n王芳,,?\n", encoding="utf-8"
    )
    table = read_table(path)
    customers = CustomerService(db, stage_rules=stage_rules_in)
    rows = preview(table, guess_mapping(table.headers), customers)
    assert [(m.row_number, m.name, m.problem) for m in row_messages(rows, "zh_CN")] == [
        (3, "未留名9001", "没有姓名，将导入为 未留名9001，导入后请补上姓名。"),
        (4, "王芳", "将导入，附备注：性别（?）中写的内容无法识别，原文会记入备注。"),
    ]
    assert stored(db) == {}  # nothing written while checking
