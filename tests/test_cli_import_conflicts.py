"""``custdesk import --on-conflict keep|replace``: every difference with a customer already
there is listed with what was done, in the clerk's language; a row with two customers' phones is
listed as needing the clerk, whatever was chosen (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from custdesk.app import open_app
from custdesk.cli import main
from tests.case_files import IMPORT_CASES

CASES = IMPORT_CASES  # copies of ../shared/cases/import, committed for CI


def names_and_notes(shop: Path) -> list[tuple[str, str]]:
    with open_app(shop) as app:
        customers = app.services.customers
        records = [customers.get(i) for i in app.services.customer_list.ids()]
    return sorted((record.name, record.draft.notes) for record in records)


def new_shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    shop = tmp_path / "shop.db"
    assert main(["new", "--db", str(shop)]) == 0
    capsys.readouterr()
    return shop


def test_each_conflict_is_listed_and_kept_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = new_shop(tmp_path, capsys)
    source = str(CASES / "same-phone-twice.csv")
    assert (
        main(["import", source, "--on-duplicate", "update", "--lang", "zh_CN", "--db", str(shop)])
        == 0
    )
    assert capsys.readouterr().out.splitlines()[1:] == [
        "  第 3 行，张韦：与第 2 行（张伟）的电话相同，已并入该客户，没有重复导入。",
        "冲突：1 处（保留 1，替换 0，待您处理 0）",
        "  第 3 行，张韦：姓名：第 2 行为 张伟，本行为 张韦；保留 张伟，张韦 作为另一写法"
        "记入备注。",
    ]
    assert names_and_notes(shop) == [("张伟", "另一写法：张韦")]


def test_on_conflict_replace_takes_the_later_row_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = new_shop(tmp_path, capsys)
    source = str(CASES / "same-phone-twice.csv")
    command = ["import", source, "--on-conflict", "replace", "--lang", "en", "--db", str(shop)]
    assert main(command) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "conflicts: 1 (0 kept, 1 replaced, 0 left for you)",
        "  Row 3, 张韦: Name is 张伟 in row 2 and 张韦 in this row; replaced with 张韦, with 张伟 "
        "in the notes as another spelling.",
    ]
    assert names_and_notes(shop) == [("张韦", "Also written: 张伟")]


def test_a_row_with_two_customers_phones_is_left_for_the_clerk_even_under_replace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = new_shop(tmp_path, capsys)
    base = ["import", str(CASES / "update-base.csv"), "--on-duplicate", "update"]
    assert main([*base, "--db", str(shop)]) == 0
    before = names_and_notes(shop)
    capsys.readouterr()
    command = ["import", str(CASES / "update-two-owners.csv"), "--on-duplicate", "update"]
    command += ["--on-conflict", "replace", "--lang", "en", "--db", str(shop)]
    assert main(command) == 1  # nothing imported
    assert capsys.readouterr().out.splitlines()[1:] == [
        "conflicts: 1 (0 kept, 0 replaced, 1 left for you)",
        "  Row 2, 张王: Its phones belong to two different customers (张伟 (customer 1), 王芳 "
        "(customer 2)), so it was not imported and nothing was merged. Merge them or correct the "
        "row, then import it again. (Not applied: this needs you.)",
    ]
    assert names_and_notes(shop) == before


def test_a_row_merged_into_an_earlier_one_is_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two rows read gave '1 imported, 0 updated, 0 skipped': the merged row was counted
    nowhere (a clerk's trial)."""
    shop = new_shop(tmp_path, capsys)
    assert main(["import", str(CASES / "same-phone-twice.csv"), "--db", str(shop)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(
        "import: imported: 1; updated: 0; already up to date: 0; merged into an earlier row with "
        "the same phone: 1; skipped: 0"
    )


def test_a_list_imported_again_under_update_is_done_not_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every customer already up to date: nothing to do, and the exit code says success."""
    shop = new_shop(tmp_path, capsys)
    source = str(CASES / "update-base.csv")
    assert main(["import", source, "--db", str(shop)]) == 0
    capsys.readouterr()
    again = ["import", source, "--on-duplicate", "update", "--lang", "en", "--db", str(shop)]
    assert main(again) == 0
    assert (
        capsys.readouterr()
        .out.splitlines()[0]
        .startswith("import: imported: 0; updated: 0; already up to date: 2; ")
    )
