"""The independent check of issue 20, for the workbook and ``custdesk due``: every sheet of
File ▸ Export reports (``custdesk export``) for the Reports page's period, and every section
count ``custdesk due --date D`` prints, against plain SQL of the README's definitions
(tests/figures/plain_sql.py), on a demo shop with customers in the Trash and two merges."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from custdesk import clock as shop_clock
from custdesk.cli import main
from custdesk.periods import month_keys
from tests.conftest import DEMO_TODAY
from tests.figures import plain_sql as sql
from tests.figures.demo_shop import NOW, SINCE, UNTIL, WEEK_END, DemoShop

REPORTS = ["customers", "visits", "followups", "complaints", "referrals", "summary"]
Rows = list[tuple[Any, ...]]


@pytest.fixture(scope="module")
def con(demo_shop: DemoShop) -> Iterator[sqlite3.Connection]:
    connection = sql.connect(demo_shop.path)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def sheets(demo_shop: DemoShop, private_module_dirs: Path) -> dict[str, Rows]:
    """Each sheet's rows under its header (row 3), as openpyxl reads the file back."""
    out = private_module_dirs / "reports.xlsx"
    period = ["--from", SINCE.isoformat(), "--to", UNTIL.isoformat()]
    with shop_clock.frozen_at(NOW):
        args = ["export", *REPORTS, "--db", str(demo_shop.path), "--out", str(out), *period]
        assert main([*args, "--lang", "en"]) == 0
    book = load_workbook(out, read_only=True)
    names = [*REPORTS[:4], "leaderboard", "chains", "summary"]
    found = {
        name: [tuple(row) for row in ws.iter_rows(min_row=4, values_only=True)]
        for name, ws in zip(names, book.worksheets, strict=True)
    }
    book.close()
    return found


def fen(yuan: float | None) -> int:
    return round((yuan or 0) * 100)


def minute(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def test_the_shop_has_records_of_the_trash_in_every_figure(
    demo_shop: DemoShop, con: sqlite3.Connection
) -> None:
    """Without these, a figure that forgot the Trash would agree by luck."""
    gone = con.execute("SELECT id FROM customers WHERE deleted_at IS NOT NULL").fetchall()
    gone_ids = ",".join(str(i) for (i,) in gone)
    assert len(gone) == len(demo_shop.trashed) + 2
    assert {merged for _kept, merged in demo_shop.merged} <= {i for (i,) in gone}
    since = SINCE.isoformat()
    for question in [
        f"SELECT count(*) FROM visits WHERE customer_id IN ({gone_ids}) AND occurred_at >= ?",
        f"SELECT count(*) FROM complaints WHERE customer_id IN ({gone_ids}) AND received_at >= ?",
        f"SELECT count(*) FROM referrals WHERE referrer_id IN ({gone_ids}) AND referred_on >= ?",
        f"SELECT count(*) FROM customers WHERE id IN ({gone_ids}) AND created_at >= ?",
        f"SELECT count(*) FROM follow_ups WHERE customer_id IN ({gone_ids}) AND due_on >= ?",
    ]:
        assert con.execute(question, (since,)).fetchone()[0] > 0, question
    # The merged-away files' records moved to the kept ones: none is left behind.
    for kept, merged in demo_shop.merged:
        for table in ("visits", "complaints", "purchases", "follow_ups"):
            left = f"SELECT count(*) FROM {table} WHERE customer_id = ?"
            assert con.execute(left, (merged,)).fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM visits WHERE customer_id = ?", (kept,)).fetchone()


def test_customers_sheet_has_every_counted_customer_with_their_total_spent(
    sheets: dict[str, Rows], con: sqlite3.Connection
) -> None:
    shown = Counter((row[0], fen(row[16])) for row in sheets["customers"])
    assert shown == sql.customers_spent(con)


def test_visits_sheet_has_the_periods_visits(
    sheets: dict[str, Rows], con: sqlite3.Connection
) -> None:
    shown = Counter((minute(row[0]), row[1]) for row in sheets["visits"])
    assert shown == sql.visit_rows(con, SINCE, UNTIL)


def test_follow_ups_sheet_has_those_due_by_its_last_day(
    sheets: dict[str, Rows], con: sqlite3.Connection
) -> None:
    shown = Counter((row[0].date().isoformat(), row[1], row[2]) for row in sheets["followups"])
    assert shown == sql.follow_up_rows(con, UNTIL)


def test_complaints_sheet_has_hours_and_same_day_as_defined(
    sheets: dict[str, Rows], con: sqlite3.Connection
) -> None:
    shown = Counter(
        (minute(row[0]), row[1], row[9], row[10] == "Yes") for row in sheets["complaints"]
    )
    assert shown == sql.complaint_rows(con, SINCE, UNTIL, NOW)


def test_leaderboard_sheet_lists_every_referrer_of_the_period(
    sheets: dict[str, Rows], con: sqlite3.Connection
) -> None:
    shown = [(r[0], r[2], r[3], fen(r[4]), r[5]) for r in sheets["leaderboard"]]
    assert shown == sql.leaderboard(con, SINCE, UNTIL)


def test_chains_sheet_has_each_referral_with_its_generation(
    sheets: dict[str, Rows], con: sqlite3.Connection
) -> None:
    shown = Counter((r[0], r[1], r[2].date().isoformat(), r[4]) for r in sheets["chains"])
    assert shown == sql.chain_rows(con, SINCE, UNTIL)


def test_summary_sheet_has_each_months_figures(
    sheets: dict[str, Rows], con: sqlite3.Connection
) -> None:
    files, buyers = sql.new_files(con, SINCE, UNTIL), sql.first_time_buyers(con, SINCE, UNTIL)
    won, leads = sql.came_by_referral(con, SINCE, UNTIL), sql.referral_leads(con, SINCE, UNTIL)
    visits, rated = sql.visits(con, SINCE, UNTIL), sql.satisfaction(con, SINCE, UNTIL)
    complaints = sql.complaints(con, SINCE, UNTIL)
    expected = []
    for month in month_keys(SINCE, UNTIL):
        new = files.get(month, 0)
        average = rated.get(month, (0, None))[1]
        expected.append(
            (
                month,
                new,
                buyers.get(month, 0),
                won.get(month, 0),
                leads.get(month, 0),
                pytest.approx(won.get(month, 0) / new) if new else None,
                visits.get(month, 0),
                None if average is None else pytest.approx(average, abs=0.005),
                complaints.get(month, (0, 0))[0],
                complaints.get(month, (0, 0))[1],
            )
        )
    assert sheets["summary"] == expected


def section_counts(lines: list[str]) -> dict[str, int | tuple[int, int]]:
    counts: dict[str, int | tuple[int, int]] = {}
    for line in lines:
        if quiet := re.match(r"Gone quiet .*: (\d+) \(of (\d+) who", line):
            counts["gone quiet"] = (int(quiet[1]), int(quiet[2]))
        elif heading := re.match(r"(\S.*) \((\d+)\)$", line):
            counts[heading[1]] = int(heading[2])
        elif complaints := re.match(r"Open complaints: (\d+)$", line):
            counts["Open complaints"] = int(complaints[1])
    return counts


@pytest.mark.parametrize("day", [DEMO_TODAY, dt.date(2026, 11, 9)])
def test_due_prints_each_sections_count(
    day: dt.date,
    demo_shop: DemoShop,
    con: sqlite3.Connection,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with shop_clock.frozen_at(NOW):
        args = ["due", "--db", str(demo_shop.path), "--date", day.isoformat(), "--lang", "en"]
        assert main(args) == 0
    printed = section_counts(capsys.readouterr().out.splitlines())
    due = sql.follow_ups_due(con, day)
    assert printed == {
        "Overdue follow-ups": due["overdue"],
        "Due today": due["due_today"] + due["check_back"],
        "Birthdays, today and the next 6 days": sql.birthdays(
            con, day, day + (WEEK_END - DEMO_TODAY)
        ),
        "Holidays, today and the next 6 days": printed["Holidays, today and the next 6 days"],
        "gone quiet": sql.gone_quiet(con, day),
        "Referral rewards owed": sql.rewards_owed(con, day),
        "Open complaints": sql.open_complaints(con),
    }
