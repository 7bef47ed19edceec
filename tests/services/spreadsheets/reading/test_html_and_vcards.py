"""An HTML table saved as .xls by a till system, and contacts exported as vCards from phones:
each becomes a table of rows like a sheet's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from custdesk.services.spreadsheets.import_files import read_table

FIXTURES = Path(__file__).parent.parent / "fixtures"


def by_header(table) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    return [
        {h: v for h, v in zip(table.headers, row, strict=True) if v is not None}
        for row in table.rows
    ]


def test_a_till_systems_html_xls_in_gb2312_with_spanned_cells() -> None:
    table = read_table(FIXTURES / "till-export.xls")
    assert table.source_format == "html"
    assert table.headers == ["会员卡号", "姓名", "手机", "生日"]  # below a title spanning 4
    assert table.rows == [
        ["A001", "张伟", "138 0013 8000", "1990-05-03"],  # &nbsp; read as a space
        ["A002", "王芳", "13800138001", None],
        [None, "李娜", "13800138002", "1985-12-01"],  # A002's rowspan covers this row
    ]
    assert table.row_numbers == [3, 4, 5]


def test_an_html_table_without_a_charset_is_decoded_like_a_csv(tmp_path: Path) -> None:
    page = tmp_path / "导出.xls"
    page.write_bytes(
        "<table><tr><td>姓名</td><td>手机</td></tr><tr><td>刘洋</td><td>138</td></tr></table>"
        .encode("gbk")
    )  # fmt: skip
    assert read_table(page).rows == [["刘洋", "138"]]


def test_android_vcard_21_with_quoted_printable_names_folded_across_lines() -> None:
    table = read_table(FIXTURES / "android-2.1.vcf")
    assert table.row_numbers == [2, 3]
    assert by_header(table) == [
        {
            "Name": "张伟",
            "Phone (cell)": "13800138000",
            "Phone (home)": "010-62345678",
            "Notes": "老客户，喜欢红色，周末来店",
        },
        {
            "Name": "欧阳小明",  # its FN is folded with a soft line break inside the name
            "Phone (cell)": "139 0013 9000",
            "Phone (cell) 2": "+86 138 0013 8001",
            "Phone (work)": "021-5555-1234",
            "Birthday": dt.date(1988, 2, 29),
        },
    ]


def test_vcard_30_types_organisation_address_and_a_birthday_without_a_year() -> None:
    table = read_table(FIXTURES / "contacts-3.0.vcf")
    assert by_header(table) == [
        {
            "Name": "李娜",
            "Phone (cell)": "139 0013 9002",
            "Phone (home)": "0755-8888 6666",
            "Email": "lina@example.com",
            "Birthday": dt.date(1990, 5, 3),
            "Notes": "喜欢红色, 周末来店",  # a folded line (RFC 2425) joined
            "Organization": "晨光文具 销售部",
            "Address": "中国北京市朝阳区建国路1号",  # from the province down, as written
        },
        {"Name": "王芳", "Phone (work)": "010-6234 5678", "Birthday": "--0503"},
    ]


def test_vcard_40_tel_uris_quoted_types_and_a_name_only_in_n() -> None:
    table = read_table(FIXTURES / "contacts-4.0.vcf")
    assert by_header(table) == [
        {
            "Name": "陈静",
            "Phone (cell)": "+86-138-0013-8004",
            "Phone (home)": "+86-10-6234-5678",
            "Email": "chenjing@example.com",
            "Birthday": dt.date(1985, 3, 1),
        },
        {"Name": "杨磊", "Phone (cell)": "13800138005"},  # N:杨;磊 in Chinese order
    ]
