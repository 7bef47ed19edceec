"""The export sheets and referral figures for a period, on boundary_shop's edge records.

Each sheet reads its own range (visits and complaints by moment, referrals by day, follow-ups
due by a day), so each is checked on its own: both days of the period in, their neighbours out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.spreadsheets.export_reports import Report, ReportBuilder
from custdesk.storage.db import Database
from tests.mutation_run import shared_scope
from tests.services.spreadsheets.boundary_shop import AT, NOW, open_filled

D = dt.date
T = dt.datetime


@pytest.fixture(scope=shared_scope)
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_filled(tmp_path_factory.mktemp("export-periods") / "custdesk.db")
    yield db
    db.close()


@pytest.fixture
def builder(shop: Database) -> ReportBuilder:
    return ReportBuilder(shop, "en", now=NOW)


def rows_of(sheet: Any) -> list[tuple[Any, ...]]:
    rows = [tuple(row) for row in sheet.rows]
    assert sheet.expected_rows == len(rows)  # the progress bar counts what is written
    return rows


@pytest.mark.parametrize(
    ("since", "until", "names"),
    [
        (D(2026, 2, 1), D(2026, 2, 28), ["二月末", "二月中", "二月初半夜", "二月初"]),
        (D(2026, 2, 15), D(2026, 3, 1), ["三月初", "二月末"]),
        (D(2026, 12, 31), D(2026, 12, 31), ["年末"]),
        (D(2024, 2, 29), D(2024, 3, 1), ["闰日后", "闰日"]),
    ],
)
def test_the_visits_sheet_keeps_both_days_of_the_period(
    builder: ReportBuilder, since: D, until: D, names: list[str]
) -> None:
    rows = rows_of(builder.visits(since, until))
    assert [(row[0], row[1]) for row in rows] == [(AT[name], name) for name in names]


def test_the_complaints_sheet_says_same_day_by_the_local_date(builder: ReportBuilder) -> None:
    rows = rows_of(builder.complaints(D(2026, 2, 1), D(2026, 2, 28)))
    got = [(row[0], row[1], row[8], row[9], row[10]) for row in rows]
    assert got == [
        # received, customer, resolved, hours to resolve, resolved the same day
        (AT["二月末"], "二月末", T(2026, 3, 1, 0, 0, 0), 0.0, "No"),  # one second, next day
        (AT["二月中"], "二月中", T(2026, 2, 15, 0, 0, 0), 0.0, "No"),
        # 00:30 -> 08:00 is one local day, though UTC's date changes in between
        (AT["二月初半夜"], "二月初半夜", T(2026, 2, 1, 8, 0, 0), 7.5, "Yes"),
        (AT["二月初"], "二月初", T(2026, 2, 1, 7, 59, 59), 8.0, "Yes"),  # 7.9997 h
    ]


def test_the_complaints_sheet_of_the_year_end_keeps_the_open_one(
    builder: ReportBuilder,
) -> None:
    rows = rows_of(builder.complaints(D(2026, 12, 31), D(2027, 1, 1)))
    got = [(row[1], row[5], row[8], row[9], row[10]) for row in rows]
    assert got == [
        ("新年", "Resolved", T(2027, 1, 1, 0, 0, 1), 0.0, "Yes"),
        # open since 31 December 23:59:59: timed to the end of the period's last day (midnight
        # after 1 January), 24 h 1 s, not to NOW two weeks later
        ("年末", "Open", None, 24.0, "No"),
    ]


@pytest.mark.parametrize(
    ("since", "until", "links", "board"),
    [
        (
            D(2026, 2, 1),
            D(2026, 2, 28),
            [("二月初半夜", D(2026, 2, 1), "Lead"), ("二月末", D(2026, 2, 28), "Converted")],
            (2, 1, 1999),  # referred, converted, what the converted ones spent (19.99)
        ),
        (
            D(2026, 1, 31),
            D(2026, 1, 31),
            [("一月末", D(2026, 1, 31), "Converted")],
            (1, 1, 29),  # 0.29 yuan
        ),
        (
            D(2026, 12, 31),
            D(2027, 1, 1),
            [("新年", D(2027, 1, 1), "Lost lead")],
            (1, 0, 0),
        ),
        (
            D(2024, 2, 29),
            D(2024, 2, 29),
            [("闰日", D(2024, 2, 29), "Converted")],
            (1, 1, 0),
        ),
    ],
)
def test_the_referral_sheets_count_referrals_made_on_both_days(
    builder: ReportBuilder,
    since: D,
    until: D,
    links: list[tuple[str, D, str]],
    board: tuple[int, int, int],
) -> None:
    leaderboard, chains = builder.referrals(since, until)
    assert [row[2:5] for row in rows_of(leaderboard)] == [board]
    assert [(row[1], row[2], row[3]) for row in rows_of(chains)] == links


@pytest.mark.parametrize(
    ("until", "due"),
    [
        # every resolution plans a check-back for the next day (see boundary_shop)
        (
            D(2026, 3, 1),
            [(D(2024, 3, 2), 729), (D(2024, 3, 2), 729)]
            + [(D(2026, 2, 2), 27)] * 3
            + [(D(2026, 2, 16), 13)],
        ),
        (
            D(2026, 3, 2),  # the two of 2 March are due that day: 0 days late, not left out
            [(D(2024, 3, 2), 730), (D(2024, 3, 2), 730)]
            + [(D(2026, 2, 2), 28)] * 3
            + [(D(2026, 2, 16), 14)]
            + [(D(2026, 3, 2), 0)] * 2,
        ),
    ],
)
def test_the_follow_ups_sheet_lists_those_due_on_its_last_day(
    builder: ReportBuilder, until: D, due: list[tuple[D, int]]
) -> None:
    assert [(row[0], row[1]) for row in rows_of(builder.follow_ups(until))] == due


@pytest.mark.parametrize(
    ("since", "until", "figures"),
    [
        (D(2026, 2, 1), D(2026, 2, 28), (2, 1, 0)),  # made, converted, lost
        (D(2026, 1, 31), D(2026, 2, 1), (2, 1, 0)),
        (D(2026, 1, 1), D(2026, 1, 31), (1, 1, 0)),
        (D(2026, 12, 31), D(2027, 1, 1), (1, 0, 1)),
        (D(2027, 1, 1), D(2027, 1, 1), (1, 0, 1)),
        (D(2024, 2, 29), D(2024, 2, 29), (1, 1, 0)),
        (D(2024, 3, 1), D(2026, 1, 30), (0, 0, 0)),
    ],
)
def test_referral_figures_include_both_days_of_the_period(
    shop: Database, since: D, until: D, figures: tuple[int, int, int]
) -> None:
    got = ReferralReports(shop).figures(since, until)
    assert (got.referrals, got.converted, got.lost) == figures


@pytest.mark.parametrize(
    ("months", "today", "shares"),
    [
        # from the first second of the first month shown: 1 February 00:00:00 is in
        # (month, new files, by a converted referral, referral leads: lead, visited or lost)
        (2, D(2026, 3, 1), [("2026-02", 4, 1, 1), ("2026-03", 1, 0, 0)]),
        (3, D(2026, 3, 1), [("2026-01", 1, 1, 0), ("2026-02", 4, 1, 1), ("2026-03", 1, 0, 0)]),
        (1, D(2027, 1, 1), [("2027-01", 1, 0, 1)]),  # 31 December 23:59:59 is December's
        (2, D(2027, 1, 1), [("2026-12", 1, 0, 0), ("2027-01", 1, 0, 1)]),
        (1, D(2024, 2, 29), [("2024-02", 1, 1, 0)]),
    ],
)
def test_the_monthly_referral_share_buckets_new_customers_by_local_month(
    shop: Database, months: int, today: D, shares: list[tuple[str, int, int, int]]
) -> None:
    got = ReferralReports(shop).monthly_share(months, today)
    assert [(s.month, s.new_customers, s.referred, s.referral_leads) for s in got] == shares


def test_the_export_dialogs_period_reaches_every_sheet(builder: ReportBuilder) -> None:
    """Ticking every report for February gives each sheet February, as it gives the sheet on
    its own: not the whole history, nor everything up to today."""
    since, until = D(2026, 2, 1), D(2026, 2, 28)
    alone = [
        builder.customers(),
        builder.visits(since, until),
        builder.follow_ups(until),
        builder.complaints(since, until),
        *builder.referrals(since, until),
        builder.summary(since, until),
    ]
    together = builder.sheets(list(Report), since, until)
    assert [(s.title, s.subtitle, rows_of(s)) for s in together] == [
        (s.title, s.subtitle, rows_of(s)) for s in alone
    ]
    assert all(rows_of(s) for s in builder.sheets(list(Report), since, until)[1:])
