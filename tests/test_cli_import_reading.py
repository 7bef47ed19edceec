"""`custdesk import` on the files shops bring: old .xls workbooks, and a header row the clerk
names with --header-row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from custdesk.cli import main
from tests.case_files import IMPORT_CASES

CASES = IMPORT_CASES  # copies of ../shared/cases/import, committed for CI


def customer_names(shop: Path) -> list[str]:
    with sqlite3.connect(shop) as connection:
        rows = connection.execute("SELECT name FROM customers ORDER BY id").fetchall()
    return [name for (name,) in rows]


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    assert main(["new", "--db", str(path)]) == 0
    return path


def test_header_row_option_takes_the_row_the_clerk_names(
    tmp_path: Path, shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.Workbook()
    for row in [["客户", "张经理"], [], ["姓名", "手机"], ["张伟", "13800138000"]]:
        book.active.append(row)
    path = tmp_path / "名单.xlsx"
    book.save(path)
    assert main(["import", str(path), "--header-row", "3", "--db", str(shop)]) == 0
    assert "imported: 1;" in capsys.readouterr().out
    assert customer_names(shop) == ["张伟"]


def test_header_row_option_refuses_what_is_no_row_number(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["import", "x.xlsx", "--header-row", "-1", "--db", str(shop)])
    assert caught.value.code == 2
    said = capsys.readouterr().err.splitlines()[-1]
    assert said.endswith("-1 is not a row number: write 1 for the first row, 0 for none")


def test_an_old_xls_is_imported_on_the_command_line(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["import", str(CASES / "legacy.xls"), "--db", str(shop)])
    out = capsys.readouterr().out
    assert "sheet '客户档案', rows: 15" in out  # 14 customers and the 合计 row, read
    assert "张伟" in customer_names(shop)
