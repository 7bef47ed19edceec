"""Months and runs of days, counted one way for the dashboard, the reports, the page presets and
backup thinning."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.periods import month_key, month_keys, month_start, months_between


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
