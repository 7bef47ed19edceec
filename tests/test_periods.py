"""Months and runs of days, counted one way for the dashboard, the reports, the page presets and
backup thinning."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import ColumnElement, Date, DateTime, literal, select

from custdesk.periods import (
    day_bounds,
    days_within,
    moments_within,
    month_key,
    month_keys,
    month_start,
    months_between,
)
from custdesk.storage import orm
from custdesk.storage.db import Database


def test_month_keys_cross_the_year_end() -> None:
    assert month_keys(dt.date(2025, 11, 30), dt.date(2026, 2, 1)) == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]
    assert month_keys(dt.date(2026, 3, 1), dt.date(2026, 2, 1)) == []


def test_one_month_gives_one_key() -> None:
    assert month_keys(dt.date(2026, 2, 28), dt.date(2026, 2, 1)) == ["2026-02"]


@pytest.mark.parametrize(
    ("day", "back", "first"),
    [
        (dt.date(2026, 11, 30), 0, dt.date(2026, 11, 1)),
        (dt.date(2026, 11, 30), 11, dt.date(2025, 12, 1)),
        (dt.date(2026, 1, 31), 1, dt.date(2025, 12, 1)),
        (dt.date(2026, 3, 31), 2, dt.date(2026, 1, 1)),  # the referrals page's quarter
        (dt.date(2026, 2, 28), 23, dt.date(2024, 3, 1)),
        (dt.date(2025, 12, 15), -1, dt.date(2026, 1, 1)),
    ],
)
def test_month_start_counts_calendar_months(day: dt.date, back: int, first: dt.date) -> None:
    assert month_start(day, back) == first


def test_months_between_ignores_the_days() -> None:
    assert months_between(dt.date(2026, 1, 31), dt.date(2026, 2, 1)) == 1
    assert months_between(dt.date(2025, 12, 1), dt.date(2026, 11, 30)) == 11
    assert months_between(dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == 0
    assert months_between(dt.date(2026, 3, 1), dt.date(2026, 2, 1)) == -1
    assert months_between(dt.datetime(2025, 11, 30, 23, 59), dt.datetime(2026, 11, 1)) == 12


def test_a_moment_is_in_the_month_of_its_day() -> None:
    assert month_key(dt.datetime(2026, 1, 31, 23, 59, 59, 999999)) == "2026-01"
    assert month_key(dt.date(987, 5, 1)) == "0987-05"


def test_a_run_of_days_is_from_the_first_midnight_to_the_one_after_the_last() -> None:
    assert day_bounds(dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == (
        dt.datetime(2026, 2, 1),
        dt.datetime(2026, 3, 1),
    )
    assert day_bounds(dt.date(2025, 12, 31), dt.date(2025, 12, 31)) == (
        dt.datetime(2025, 12, 31),
        dt.datetime(2026, 1, 1),
    )
    assert day_bounds(None, None) == (None, None)


FEBRUARY = (dt.date(2026, 2, 1), dt.date(2026, 2, 28))


def kept(db: Database, conditions: list[ColumnElement[bool]]) -> bool:
    """Whether SQLite keeps a row under these conditions, comparing as stored (text)."""
    with db.reading() as session:
        return session.scalar(select(literal(1)).where(*conditions)) == 1


@pytest.mark.parametrize(
    ("moment", "inside"),
    [
        (dt.datetime(2026, 1, 31, 23, 59, 59, 999999), False),
        (dt.datetime(2026, 2, 1), True),
        (dt.datetime(2026, 2, 28, 23, 59, 59, 999999), True),
        (dt.datetime(2026, 3, 1), False),
    ],
)
def test_moments_within_keeps_the_last_day_whole(
    db: Database, moment: dt.datetime, inside: bool
) -> None:
    stored = literal(moment, DateTime())
    assert kept(db, moments_within(stored, *FEBRUARY)) is inside
    assert kept(db, moments_within(stored, None, FEBRUARY[1])) is (moment < dt.datetime(2026, 3, 1))
    assert kept(db, moments_within(stored, FEBRUARY[0], None)) is (
        moment >= dt.datetime(2026, 2, 1)
    )


@pytest.mark.parametrize(
    ("day", "inside"),
    [
        (dt.date(2026, 1, 31), False),
        (dt.date(2026, 2, 1), True),
        (dt.date(2026, 2, 28), True),
        (dt.date(2026, 3, 1), False),
    ],
)
def test_days_within_keeps_both_ends(db: Database, day: dt.date, inside: bool) -> None:
    assert kept(db, days_within(literal(day, Date()), *FEBRUARY)) is inside


def test_an_open_period_has_no_condition() -> None:
    assert moments_within(orm.Visit.occurred_at, None, None) == []
    assert days_within(orm.Referral.referred_on, None, None) == []
