"""Workbooks refused before anything in them is read: passwords, macros, damaged boxes, and
text or HTML under a workbook's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from custdesk.services.spreadsheets.import_files import FileRefusedError, read_table

FIXTURES = Path(__file__).parent.parent / "fixtures"


def refusal(path: Path) -> str:
    with pytest.raises(FileRefusedError) as caught:
        read_table(path)
    return caught.value.reason


def test_password_protected_xlsb_and_ods_are_refused_as_such() -> None:
    assert refusal(FIXTURES / "password.xlsb") == "encrypted"  # an OLE box with EncryptionInfo
    assert refusal(FIXTURES / "password.ods") == "encrypted"  # encryption-data in its manifest


def test_an_xls_with_a_vba_project_is_refused_as_macros() -> None:
    assert refusal(FIXTURES / "vba-macros.xls") == "macros"


def test_a_damaged_ole_box_named_xls_is_unreadable_not_encrypted(tmp_path: Path) -> None:
    damaged = tmp_path / "old.xls"
    damaged.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048))
    assert refusal(damaged) == "unreadable"


def test_an_ole_box_holding_no_workbook_is_not_a_spreadsheet(tmp_path: Path) -> None:
    document = tmp_path / "letter.xls"  # a Word file renamed: its streams are not a Workbook
    data = bytearray((FIXTURES / "date.xls").read_bytes())
    data[:] = data.replace("Workbook".encode("utf-16-le"), "WordDocu".encode("utf-16-le"))
    document.write_bytes(bytes(data))
    assert refusal(document) == "not_xlsx"


def test_a_web_page_with_no_table_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "export.xls"
    page.write_text("<html><body><p>登录已过期，请重新登录</p></body></html>", encoding="utf-8")
    assert refusal(page) == "no_table"


def test_excel_2003_xml_under_an_xls_name_is_refused(tmp_path: Path) -> None:
    xml = tmp_path / "export.xls"
    xml.write_text(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
        "<Worksheet><Table><Row><Cell><Data>姓名</Data></Cell></Row></Table></Worksheet>"
        "</Workbook>",
        encoding="utf-8",
    )
    assert refusal(xml) == "not_xlsx"
