"""Every shared import case (../shared/cases/import) gives what its README says a clerk expects,
imported into a fresh shop file with the columns the dictionary finds. The duplicate and update
cases (same-phone-twice, update-*) and the opening balances are tested with their own work."""

from __future__ import annotations

from pathlib import Path

import pytest

from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import guess_mapping, preview
from custdesk.services.spreadsheets.import_files import read_table
from custdesk.services.spreadsheets.import_words import row_messages
from custdesk.storage.db import Database
from tests.services.spreadsheets.import_support import (
    CASES,
    NOW,
    import_file,
    stored,
    stored_labels,
)

BORN_1990_05_03 = Birthday(5, 3, 1990)


def test_legacy_xls_brings_all_14_customers_with_every_birthday_and_phone(db: Database) -> None:
    _rows, report = import_file(db, CASES / "legacy.xls")
    assert report.imported == 14
    assert report.skipped == [(21, "total_row")]  # 合计, with its formula
    customers = stored(db)
    assert {name: c.draft.birthday for name, c in customers.items()} == {
        "张伟": BORN_1990_05_03,  # a real date cell
        "王芳": BORN_1990_05_03,  # 1990.5.3
        "李娜": BORN_1990_05_03,  # 1990年5月3日
        "刘洋": BORN_1990_05_03,  # 90-05-03
        "陈静": BORN_1990_05_03,  # a day serial, 32996
        "吴倩": BORN_1990_05_03,  # 19900503
        "赵敏": Birthday(12, 1, 1985),  # 1985/12/1
        "孙丽": Birthday(7, 15, 1992),
        "马超": Birthday(3, 8, 1975),  # 1975-3-8
        "黄勇": Birthday(5, 3),  # 5月3日: the year not known
        "郑涛": None,  # 农历三月初八: kept in the notes
        "杨磊": None,
        "周杰": None,
        "朱红": None,
    }
    assert customers["郑涛"].draft.notes.splitlines() == [
        "农历生日",
        "出生日期（原表）：农历三月初八",
    ]
    assert report.noted == [(17, "birthday")]
    assert {name: c.draft.phones for name, c in customers.items()} == {
        "张伟": ("+8613800138000",),  # a number cell, 13800138000.0
        "王芳": ("+8613800138001",),
        "李娜": ("+8613800138002",),  # +86 138 0013 8002
        "刘洋": ("+8613800138003",),  # 138-0013-8003
        "陈静": ("+861062345678",),  # the landline 010-62345678
        "杨磊": ("+8675588886666",),  # the landline 0755 8888 6666
        "赵敏": ("+8613800138004", "+8613900139002"),  # 13800138004/13900139002
        "黄勇": ("+8613800138005",),
        "周杰": ("+8613800138006",),  # full-width digits
        "吴倩": ("+8613800138007",),
        "郑涛": ("+8613800138008",),
        "孙丽": ("+8613800138009",),  # 138 0013 8009（微信同号）: one number and a remark
        "马超": ("+8613800138010", "+8613900139010"),  # two numbers split by a space
        "朱红": (),
    }
    assert customers["孙丽"].draft.notes == "联系电话 138 0013 8009：微信同号"
    assert customers["孙丽"].draft.gender == "female"  # 女士
    # The opening balances 1280.50, 560, 300, 150 and 99 "from the old list" are the balance
    # work's (stored there, and tested there).


def test_title_row_and_blank_row_two_customers_at_the_rows_excel_shows(
    tmp_path: Path, db: Database
) -> None:
    _rows, report = import_file(db, CASES / "title-row-and-blank-row.xlsx")
    assert (report.imported, report.skipped) == (2, [])
    customers = stored(db)
    assert {name: c.draft.birthday for name, c in customers.items()} == {
        "张伟": BORN_1990_05_03,
        "刘洋": BORN_1990_05_03,
    }
    # The checking page lists 刘洋 as Excel numbers him, row 5 below the blank row 4: his
    # birthday 90-05-03 was read with a century chosen, which the clerk should check.
    table = read_table(CASES / "title-row-and-blank-row.xlsx")
    checked = preview(
        table,
        guess_mapping(table.headers),
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW),
    )
    assert [(m.row_number, m.name, m.problem) for m in row_messages(checked, "zh_CN")] == [
        (5, "刘洋", "生日写作 90-05-03，读作 1990-05-03：年份的世纪是推断的，请核对。")
    ]


@pytest.mark.parametrize(
    "name", ["excel-unicode-text.txt", "gbk-cr-line-ends.csv", "wrong-dimension-tag.xlsx"]
)
def test_files_that_crashed_or_came_in_empty_bring_zhang_wei(name: str, db: Database) -> None:
    _rows, report = import_file(db, CASES / name)
    assert (report.imported, report.skipped) == (1, [])
    assert stored_labels(db, "张伟") == [("+8613800138000", "手机")]


def test_birthday_without_a_year(db: Database) -> None:
    _rows, report = import_file(db, CASES / "birthday-without-year.csv")
    assert (report.imported, report.noted, report.listed) == (1, [], [])
    huang = stored(db)["黄勇"].draft
    assert (huang.birthday, huang.phones) == (Birthday(5, 3), ("+8613800138005",))
    assert huang.birthday is not None and huang.birthday.year is None


def test_member_headers_are_found_and_a_year_and_month_goes_to_the_notes(db: Database) -> None:
    _rows, report = import_file(db, CASES / "member-headers.csv")  # 会员姓名, 联系方式, 出生年月
    assert (report.imported, report.noted) == (1, [(2, "birthday")])
    zhang = stored(db)["张伟"].draft
    assert (zhang.phones, zhang.birthday) == (("+8613800138000",), None)
    assert zhang.notes == "出生年月（原表）：1990.05"


def test_cell_habits_keep_all_four_customers(db: Database) -> None:
    _rows, report = import_file(db, CASES / "cell-habits.csv")
    assert (report.imported, report.skipped, report.noted) == (4, [], [])
    assert {
        name: (c.draft.gender, c.draft.birthday, c.draft.phones, c.draft.notes)
        for name, c in stored(db).items()
    } == {
        "王先生": ("male", None, ("+8613800138021",), ""),  # 男性
        "李娜": ("female", None, (), ""),  # phone 无
        "刘洋": ("male", None, ("+8613800138022",), ""),  # birthday -
        "陈静": ("female", None, ("+8613800138023",), ""),  # birthday 不详
    }


def test_phone_cell_habits_keep_every_number_and_the_remark(db: Database) -> None:
    _rows, report = import_file(db, CASES / "phone-cell-habits.csv")
    assert (report.imported, report.skipped) == (2, [])
    assert stored_labels(db, "孙丽") == [("+8613800138009", "手机")]
    assert stored(db)["孙丽"].draft.notes == "手机 138 0013 8009：微信同号"
    assert stored_labels(db, "马超") == [("+8613800138010", "手机"), ("+8613900139010", "手机")]


def test_a_landline_in_the_second_phone_column(db: Database) -> None:
    _rows, report = import_file(db, CASES / "second-phone-column.csv")
    assert (report.imported, report.skipped) == (1, [])
    assert stored_labels(db, "王芳") == [("+8675588886666", "电话")]
