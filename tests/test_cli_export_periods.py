"""`custdesk export --from/--to`: both days are in the workbook, their neighbours are not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from custdesk.cli import main
from custdesk.storage.db import Database
from tests.services.spreadsheets.boundary_shop import AT, fill

T = dt.datetime


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    assert main(["new", "--db", str(path)]) == 0
    db = Database.open(path)
    fill(db)
    db.close()
    return path


def export(shop: Path, out: Path, *args: str) -> dict[str, list[tuple[Any, ...]]]:
    """Each sheet's title line and data rows (below the title, date line and header)."""
    assert main(["export", *args, "--lang", "en", "--out", str(out), "--db", str(shop)]) == 0
    book = openpyxl.load_workbook(out)
    return {
        ws.title: [(ws["A2"].value,), *ws.iter_rows(min_row=4, values_only=True)]
        for ws in book.worksheets
    }


def test_export_from_the_first_to_the_last_day_of_february(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = ["visits", "complaints", "referrals", "followups", "summary"]
    period = ["--from", "2026-02-01", "--to", "2026-02-28"]
    sheets = export(shop, tmp_path / "february.xlsx", *reports, *period)
    assert "export: rows: 18; sheets: 6;" in capsys.readouterr().out  # 4+4+1+2+6+1, counted below

    (dates, *visits) = sheets["Visits"]
    assert dates[0].startswith("2026-02-01 – 2026-02-28 ·")
    names = [
        "二月末",
        "二月中",
        "二月初半夜",
        "二月初",
    ]  # 23:59:59 on the 28th ... 00:00 on the 1st
    assert [(row[0], row[1]) for row in visits] == [(AT[name], name) for name in names]

    (_, *complaints) = sheets["Complaints"]
    assert [(row[1], row[8], row[10]) for row in complaints] == [
        ("二月末", T(2026, 3, 1, 0, 0, 0), "No"),
        ("二月中", T(2026, 2, 15, 0, 0, 0), "No"),
        ("二月初半夜", T(2026, 2, 1, 8, 0, 0), "Yes"),  # 00:30 -> 08:00 local: one day
        ("二月初", T(2026, 2, 1, 7, 59, 59), "Yes"),
    ]

    (_, *leaderboard) = sheets["Referral leaderboard"]
    assert [row[:5] for row in leaderboard] == [("老客", None, 2, 1, 19.99)]
    (_, *links) = sheets["Referral chains"]
    assert [(row[1], row[2], row[3]) for row in links] == [
        ("二月初半夜", T(2026, 2, 1), "Lead"),
        ("二月末", T(2026, 2, 28), "Converted"),
    ]

    (dates, *due) = sheets["Follow-ups due"]
    assert dates[0].startswith("… – 2026-02-28 ·")  # due by --to, however old
    assert [(row[0], row[1]) for row in due] == [
        (T(2024, 3, 2), 728),
        (T(2024, 3, 2), 728),
        (T(2026, 2, 2), 26),
        (T(2026, 2, 2), 26),
        (T(2026, 2, 2), 26),
        (T(2026, 2, 16), 12),
    ]  # 2 March's two are not due yet

    (_, *summary) = sheets["Monthly summary"]
    # 4 new files, 1 first-time buyer (二月末), 1 by converted referral, 1 lead (二月初半夜)
    assert summary == [("2026-02", 4, 1, 1, 1, 0.25, 4, 3.33, 4, 2)]


def test_export_summary_to_a_year_end_without_from_gives_twelve_months(
    shop: Path, tmp_path: Path
) -> None:
    sheets = export(shop, tmp_path / "year.xlsx", "summary", "visits", "--to", "2026-12-31")
    (dates, *summary) = sheets["Monthly summary"]
    assert dates[0].startswith("2026-01-01 – 2026-12-31 ·")
    assert [row[0] for row in summary] == [f"2026-{month:02d}" for month in range(1, 13)]
    assert [row[1] for row in summary] == [1, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]  # new customers
    (dates, *visits) = sheets["Visits"]
    assert dates[0].startswith("… – 2026-12-31 ·")
    assert [row[1] for row in visits] == [  # 31 December 23:59:59 in, 1 January 00:00 out
        "年末", "三月初", "二月末", "二月中", "二月初半夜", "二月初", "一月末", "闰日后", "闰日",
    ]  # fmt: skip
