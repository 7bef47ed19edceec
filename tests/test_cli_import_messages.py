"""``custdesk import`` says each row to look at as a sentence in the clerk's language (--lang):
the row as the spreadsheet numbers it, the customer's name, and what happened."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from custdesk.cli import main
from tests.case_files import IMPORT_CASES

CASES = IMPORT_CASES  # copies of ../shared/cases/import, committed for CI


def test_import_says_each_row_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop, errors = tmp_path / "shop.db", tmp_path / "errors.xlsx"
    source = tmp_path / "list.csv"
    source.write_text(
        "姓名,手机,生日\n张伟,13800138000,1990.05\n,139 0013 9001,\n合计,,\n", encoding="utf-8"
    )
    assert main(["new", "--db", str(shop)]) == 0
    capsys.readouterr()
    command = ["import", str(source), "--lang", "zh_CN", "--errors", str(errors), "--db", str(shop)]
    assert main(command) == 0
    assert capsys.readouterr().out.splitlines()[1:4] == [
        "  第 2 行，张伟：已导入，附备注：生日（1990.05）中写的内容无法识别，原文已记入备注。",
        "  第 3 行，未留名9001：没有姓名，已导入为 未留名9001，请补上姓名。",
        "  第 4 行，合计：这是合计行，不是客户，未导入。",
    ]
    sheet = openpyxl.load_workbook(errors).active
    assert [cell.value for cell in sheet[4]][:3] == [4, "合计", "这是合计行，不是客户，未导入。"]


def test_a_file_with_phones_and_no_name_column_is_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop, source = tmp_path / "shop.db", tmp_path / "phones.csv"
    source.write_text("手机,备注\n13800138000,老顾客\n", encoding="utf-8")
    assert main(["new", "--db", str(shop)]) == 0
    assert main(["import", str(source), "--lang", "en", "--db", str(shop)]) == 0
    assert "Row 2, 未留名8000: No name was given" in capsys.readouterr().out
