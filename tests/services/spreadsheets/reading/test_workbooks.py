"""Workbooks of every kind a shop brings, read through calamine: the cells a clerk sees, at the
row numbers the spreadsheet shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from custdesk.services.spreadsheets.import_files import read_table
from custdesk.services.spreadsheets.reading import workbooks
from tests.case_files import IMPORT_CASES

FIXTURES = Path(__file__).parent.parent / "fixtures"
CASES = IMPORT_CASES  # copies of ../shared/cases/import, committed for CI
LEGACY_CUSTOMERS = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴倩",
                    "郑涛", "孙丽", "马超", "朱红"]  # fmt: skip


def column(table, header: str) -> list[object]:  # type: ignore[no-untyped-def]
    at = table.headers.index(header)
    return [row[at] for row in table.rows]


@pytest.mark.parametrize("path", [CASES / "legacy.xls", FIXTURES / "wps-customers.et"])
def test_an_old_xls_and_a_wps_et_give_every_customer_at_the_row_excel_shows(path: Path) -> None:
    table = read_table(path)
    assert table.header_row_number == 3  # below a merged title and a blank row
    assert table.headers[:5] == ["序号", "姓名", "性别", "出生日期", "联系电话"]
    names = column(table, "姓名")
    assert names[:-1] == LEGACY_CUSTOMERS and names[-1] == "合计"
    # blank rows 10, 15 and 16 are left out but counted, as Excel counts them
    assert table.row_numbers == [4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 17, 18, 19, 20, 21]
    assert column(table, "出生日期")[0] == dt.date(1990, 5, 3)  # a date cell comes as a date
    assert column(table, "消费金额")[0] == 1280.5


def test_strict_open_xml_is_read_like_any_workbook() -> None:
    table = read_table(FIXTURES / "strict-open-xml.xlsx")
    assert (table.sheets, table.headers) == (["客户"], ["姓名", "手机", "生日"])
    assert table.rows == [
        ["张伟", "13800138000", dt.date(1990, 5, 3)],
        ["王芳", "13800138001", dt.date(1985, 12, 1)],
    ]


def test_a_sheet_whose_dimension_tag_is_wrong_is_read_whole() -> None:
    assert read_table(CASES / "wrong-dimension-tag.xlsx").rows == [["张伟", "13800138000"]]
    table = read_table(FIXTURES / "wrong-dimension-off-a1.xlsx")  # says A1, data in B3:D5
    assert table.headers == ["姓名", "手机", "备注"]  # the empty column A is left out
    assert column(table, "姓名") == ["张伟", "李娜"]
    assert table.row_numbers == [4, 5]


def test_a_1904_workbook_gives_its_dates_and_says_how_it_counts_days() -> None:
    table = read_table(FIXTURES / "mac-1904.xlsx")
    assert table.rows[0][:2] == ["张伟", dt.date(1990, 5, 3)]
    assert table.rows[0][2] == 31534  # a bare number: the date reader needs the flag
    assert table.date_system_1904
    assert not read_table(FIXTURES / "strict-open-xml.xlsx").date_system_1904


@pytest.mark.parametrize(
    "name", ["date.xls", "date_1904.xls", "date.xlsb", "date_1904.xlsb"]
)  # fmt: skip
def test_old_and_binary_workbooks_give_date_cells_as_dates(name: str) -> None:
    table = read_table(FIXTURES / name)
    assert table.header_row_number == 0  # calamine's sheets start with data: no header row
    assert [row[0] for row in table.rows[:2]] == [dt.date(2021, 1, 1), dt.date(2021, 1, 2)]
    assert [row[1] for row in table.rows] == [15, 16, 17]
    assert table.row_numbers == [1, 2, 3]


def test_an_ods_sheet_is_read_below_its_title_and_another_sheet_can_be_chosen() -> None:
    table = read_table(FIXTURES / "members.ods")
    assert (table.sheet, table.sheets) == ("会员", ["会员", "备注"])
    assert table.headers == ["姓名", "手机", "生日"]
    assert table.rows == [
        ["张伟", "13800138000", dt.date(1990, 5, 3)],
        ["刘洋", 13800138003, None],
    ]
    assert table.row_numbers == [3, 6]  # two blank rows between them
    other = read_table(FIXTURES / "members.ods", "备注")
    assert (other.sheet, other.headers, other.rows) == ("备注", ["空"], [])


def test_a_long_sheet_is_refused_before_its_rows_are_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from custdesk.errors import FileRefusedError

    monkeypatch.setattr(workbooks, "MAX_ROWS", 2)  # a header and two rows allowed
    made: list[bool] = []
    original = workbooks.kept_rows
    monkeypatch.setattr(workbooks, "kept_rows", lambda *a: made.append(True) or original(*a))
    with pytest.raises(FileRefusedError) as caught:
        read_table(FIXTURES / "strict-open-xml.xlsx")  # 3 rows: fits
        read_table(CASES / "legacy.xls")
    assert caught.value.reason == "too_many_rows"
    assert made == [True]  # only the file that fitted had its rows made


def test_values_shared_down_a_column_keep_their_kind(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    for row in [["姓名", "重要", "金额"], ["张伟", 1, 15], ["李娜", True, 15.5], ["王芳", 1, 15.0]]:
        book.active.append(row)
    book.save(tmp_path / "kinds.xlsx")
    table = read_table(tmp_path / "kinds.xlsx")
    # calamine gives numbers as floats; True equals 1.0 but must not become it
    assert [type(row[1]) for row in table.rows] == [float, bool, float]
    assert [row[2] for row in table.rows] == [15, 15.5, 15]
