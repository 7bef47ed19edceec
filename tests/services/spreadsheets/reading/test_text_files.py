"""CSV and TXT files as Excel, WPS and till systems save them: the encoding is found, never
guessed into garbled names, and the separator is the one the file uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from custdesk.services.spreadsheets.import_files import FileRefusedError, read_table
from tests.case_files import IMPORT_CASES

CASES = IMPORT_CASES  # copies of ../shared/cases/import, committed for CI


def written(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_two_line_gbk_file_is_read_as_gbk(tmp_path: Path) -> None:
    path = written(tmp_path / "客户.csv", "姓名,手机\r\n张伟,13800138000\r\n", "gbk")
    table = read_table(path)
    assert (table.headers, table.rows) == (["姓名", "手机"], [["张伟", "13800138000"]])
    assert table.source_format == "text/gb18030"


def test_a_two_line_big5_file_is_read_as_big5(tmp_path: Path) -> None:
    path = written(tmp_path / "客戶.csv", "姓名,手機\r\n張偉,13800138000\r\n", "big5")
    table = read_table(path)
    assert (table.headers, table.rows) == (["姓名", "手機"], [["張偉", "13800138000"]])
    assert table.source_format == "text/big5"


def test_gbk_whose_header_is_known_wins_over_big5_that_also_decodes(tmp_path: Path) -> None:
    # These GBK bytes are clean Big5 too (俷靡,薊炵源宒): the header 姓名 decides.
    path = written(tmp_path / "会员.csv", "姓名,联系方式\r\n王芳,13800138001\r\n", "gbk")
    assert read_table(path).rows == [["王芳", "13800138001"]]


def test_two_clean_encodings_and_no_known_header_refuse_the_file(tmp_path: Path) -> None:
    path = written(tmp_path / "库存.csv", "产品,数量\r\n苹果,3\r\n", "gbk")
    with pytest.raises(FileRefusedError) as caught:
        read_table(path)
    assert caught.value.reason == "ambiguous_encoding"
    assert "GB18030 (GBK)" in str(caught.value) and "Big5" in str(caught.value)
    assert caught.value.encodings == ("GB18030 (GBK)", "Big5")  # type: ignore[attr-defined]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_with_or_without_a_bom(tmp_path: Path, encoding: str) -> None:
    path = written(tmp_path / "a.csv", "姓名,手机\n欧阳娜娜,13800138000\n", encoding)
    assert read_table(path).rows == [["欧阳娜娜", "13800138000"]]
    assert read_table(path).headers == ["姓名", "手机"]  # no BOM left on the first header


def test_excels_unicode_text_is_utf16_and_tab_separated() -> None:
    table = read_table(CASES / "excel-unicode-text.txt")
    assert (table.headers, table.rows) == (["姓名", "手机"], [["张伟", "13800138000"]])


def test_semicolons_and_tabs_are_found_by_counting(tmp_path: Path) -> None:
    semi = written(tmp_path / "de.csv", "姓名;手机;备注\n张伟;13800138000;老客户, VIP\n", "utf-8")
    assert read_table(semi).rows == [["张伟", "13800138000", "老客户, VIP"]]
    tabs = written(tmp_path / "t.txt", "姓名\t地址\n张伟\t北京市, 朝阳区; 建国路\n", "utf-8")
    assert read_table(tabs).rows == [["张伟", "北京市, 朝阳区; 建国路"]]


def test_excels_sep_line_names_the_separator_and_is_not_a_row(tmp_path: Path) -> None:
    # Counting alone would take the comma: the addresses hold more commas than semicolons.
    path = written(
        tmp_path / "excel.csv",
        "sep=;\r\n姓名;地址\r\n\r\n张伟;北京市,朝阳区,建国路,1号\r\n",
        "utf-8",
    )
    table = read_table(path)
    assert (table.headers, table.rows) == (["姓名", "地址"], [["张伟", "北京市,朝阳区,建国路,1号"]])
    assert table.row_numbers == [3]  # Excel hides the sep= line: the header is row 1


def test_cr_only_line_ends_in_gbk() -> None:
    table = read_table(CASES / "gbk-cr-line-ends.csv")
    assert (table.headers, table.rows) == (["姓名", "手机"], [["张伟", "13800138000"]])


def test_a_csv_saved_under_an_xls_name_is_read_as_text(tmp_path: Path) -> None:
    path = written(tmp_path / "会员导出.xls", "姓名\t手机\r\n李娜\t13800138002\r\n", "gbk")
    assert read_table(path).rows == [["李娜", "13800138002"]]


def test_bytes_that_are_no_text_we_read_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(FileRefusedError) as caught:
        read_table(path)
    assert caught.value.reason == "unreadable"
