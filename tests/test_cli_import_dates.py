"""``custdesk import`` asks for the day/month order when the birthdays do not show it, says which
rows went in with a note, and ``custdesk due`` leaves the age of a yearless birthday blank."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from custdesk.cli import main
from custdesk.cli_text import agenda_lines
from custdesk.services.contacts.agenda import TodayAgenda
from custdesk.services.contacts.work_list import BirthdayItem


def birthdays(shop: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(shop)) as connection:
        return connection.execute(
            "SELECT name, birth_year, birth_month, birth_day FROM customers ORDER BY id"
        ).fetchall()


@pytest.fixture
def outlook(tmp_path: Path) -> tuple[Path, Path]:
    shop, csv_file = tmp_path / "shop.db", tmp_path / "contacts.csv"
    csv_file.write_text("Name,Mobile Phone,Birthday\nAnn Lee,13800138000,5/3/1990\n", "utf-8")
    assert main(["new", "--db", str(shop)]) == 0
    return shop, csv_file


def test_an_unclear_order_is_asked_for_and_nothing_is_imported(
    outlook: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    shop, csv_file = outlook
    capsys.readouterr()
    assert main(["import", str(csv_file), "--db", str(shop), "--lang", "en"]) == 1
    said = capsys.readouterr().err
    assert "can be read day first or month first (e.g. 5/3/1990)" in said
    assert "--date-order dmy, mdy or ymd" in said
    assert birthdays(shop) == []


def test_the_order_given_reads_the_birthdays(
    outlook: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    shop, csv_file = outlook
    assert main(["import", str(csv_file), "--db", str(shop), "--date-order", "mdy"]) == 0
    assert birthdays(shop) == [("Ann Lee", 1990, 5, 3)]


def test_rows_imported_with_a_note_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop, csv_file = tmp_path / "shop.db", tmp_path / "客户.csv"
    csv_file.write_text("姓名,生日\n郑涛,农历三月初八\n黄勇,5月3日\n", encoding="utf-8")
    assert main(["new", "--db", str(shop)]) == 0
    capsys.readouterr()
    assert main(["import", str(csv_file), "--db", str(shop), "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == [
        "  Row 2, 郑涛: Imported, with a note: what was written under Birthday (农历三月初八) "
        "could not be read and is kept in the notes."
    ]
    assert birthdays(shop) == [("郑涛", None, None, None), ("黄勇", None, 5, 3)]


def test_the_due_list_leaves_an_unknown_age_blank() -> None:
    today = dt.date(2026, 11, 30)
    born = [
        BirthdayItem(1, "黄勇", "+8613800138005", dt.date(2026, 12, 1), None),
        BirthdayItem(2, "张伟", "", dt.date(2026, 12, 2), 36),
    ]
    agenda = TodayAgenda(today, [], [], born, [], [], 30, 0)
    lines = list(agenda_lines(agenda, [], "en"))
    start = lines.index("Birthdays, today and the next 6 days (2)")
    assert lines[start + 1 : start + 3] == [
        "  2026-12-01  黄勇  -  138 0013 8005",
        "  2026-12-02  张伟  turns 36  -",
    ]
