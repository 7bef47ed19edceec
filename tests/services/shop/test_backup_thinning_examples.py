"""The backup thinning rule, one example per boundary.

The rule (backups.to_keep): the newest ``recent`` backups always; then the newest of each day for
backups at most 14 days old, of each ISO week (Monday to Sunday) at most 8 weeks old, and of each
calendar month for the current month and the ``months - 1`` before it. Days, weeks and months are
the shop's local ones (UTC+8): file names carry local wall-clock time.

The property test in test_backups.py draws times to the minute, so it seldom lands exactly on a
boundary; keeping one daily backup fewer passed it in six runs out of six. These examples sit on
each boundary on purpose. Unless a test says otherwise, ``recent=1`` (the smallest the settings
allow) and the newest backup is made "now", so only the rule under test can keep the older ones.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from custdesk.services.shop.backups import BackupService, to_keep
from custdesk.services.shop.settings import SettingsService
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 18, 18, 0)  # a Wednesday: 14 days back is mid-week, not a Sunday


@pytest.fixture(autouse=True)
def shop_time_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shop's zone, whatever the machine's: on a UTC machine local and UTC dates agree and a
    rule that used UTC dates would pass unnoticed."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def kept(made: list[str], now: dt.datetime, *, recent: int = 1, months: int = 12) -> list[str]:
    moments = [at(text) for text in made]
    keep = to_keep(moments, now, recent=recent, months=months)
    return [text for text in made if at(text) in keep]


def test_a_daily_backup_for_three_weeks_keeps_fifteen_days_then_one_a_week_and_a_month() -> None:
    made = [f"{day:%Y-%m-%d} 18:00" for day in _days(dt.date(2026, 10, 28), NOW.date())]
    assert kept(made, NOW) == [
        "2026-10-31 18:00",  # the newest of October
        "2026-11-01 18:00",  # the newest of the week Oct 26 - Nov 1
        # Nov 2 and 3 are gone: their week is kept by Nov 8, their month by today.
        *(f"2026-11-{day:02d} 18:00" for day in range(4, 19)),  # 14 days ago up to today
    ]


@pytest.mark.parametrize(
    ("made", "expected"),
    [
        pytest.param(
            ["2026-11-04 18:00", "2026-11-08 18:00", "2026-11-18 18:00"],
            ["2026-11-04 18:00", "2026-11-08 18:00", "2026-11-18 18:00"],
            id="exactly-14-days-old-is-the-last-daily-kept",
        ),
        pytest.param(
            ["2026-11-04 17:59", "2026-11-08 18:00", "2026-11-18 18:00"],
            ["2026-11-08 18:00", "2026-11-18 18:00"],
            id="14-days-and-a-minute-old-is-the-first-daily-thinned",
        ),
        pytest.param(
            ["2026-11-10 23:59", "2026-11-11 00:01", "2026-11-18 18:00"],
            ["2026-11-10 23:59", "2026-11-11 00:01", "2026-11-18 18:00"],
            # In UTC both fall on Nov 10 (15:59 and 16:01): a UTC day would drop the first.
            id="23:59-and-00:01-local-are-two-days",
        ),
        pytest.param(
            ["2026-11-10 23:59", "2026-11-11 00:00", "2026-11-18 18:00"],
            ["2026-11-10 23:59", "2026-11-11 00:00", "2026-11-18 18:00"],
            id="a-backup-at-midnight-belongs-to-the-new-day",
        ),
        pytest.param(
            ["2026-11-10 23:59", "2026-11-11 00:00", "2026-11-11 00:01", "2026-11-18 18:00"],
            ["2026-11-10 23:59", "2026-11-11 00:01", "2026-11-18 18:00"],
            id="of-one-day-the-newest-is-kept",
        ),
    ],
)
def test_one_backup_a_day_for_two_weeks(made: list[str], expected: list[str]) -> None:
    assert kept(made, NOW) == expected


@pytest.mark.parametrize(
    ("made", "expected"),
    [
        pytest.param(
            ["2026-10-19 00:00", "2026-10-25 23:59", "2026-10-26 00:00", "2026-11-18 18:00"],
            ["2026-10-25 23:59", "2026-10-26 00:00", "2026-11-18 18:00"],
            # Monday Oct 19 shares its week with Sunday Oct 25; Monday Oct 26 00:00 starts the
            # next one (and is, in UTC, still Sunday 16:00).
            id="sunday-23:59-ends-the-week-monday-00:00-starts-the-next",
        ),
        pytest.param(
            ["2026-09-23 18:00", "2026-09-30 18:00", "2026-11-18 18:00"],
            ["2026-09-23 18:00", "2026-09-30 18:00", "2026-11-18 18:00"],
            id="exactly-8-weeks-old-is-the-last-weekly-kept",
        ),
        pytest.param(
            ["2026-09-23 17:59", "2026-09-30 18:00", "2026-11-18 18:00"],
            ["2026-09-30 18:00", "2026-11-18 18:00"],
            id="8-weeks-and-a-minute-old-is-the-first-weekly-thinned",
        ),
    ],
)
def test_one_backup_a_week_for_eight_weeks(made: list[str], expected: list[str]) -> None:
    # Each is more than 14 days old (no daily rule), and September's newest is Sep 30.
    assert kept(made, NOW) == expected


@pytest.mark.parametrize(
    ("made", "expected"),
    [
        pytest.param(
            ["2025-11-30 23:59", "2025-12-01 00:00", "2026-11-18 18:00"],
            ["2025-12-01 00:00", "2026-11-18 18:00"],
            id="the-oldest-month-kept-is-eleven-before-this-one",
        ),
        pytest.param(
            ["2026-05-15 12:00", "2026-05-31 23:59", "2026-06-01 00:00", "2026-11-18 18:00"],
            ["2026-05-31 23:59", "2026-06-01 00:00", "2026-11-18 18:00"],
            id="the-last-minute-of-may-and-the-first-of-june-are-two-months",
        ),
    ],
)
def test_one_backup_a_month_for_twelve_months(made: list[str], expected: list[str]) -> None:
    assert kept(made, NOW) == expected


@pytest.mark.parametrize(
    ("now", "made", "months", "expected"),
    [
        pytest.param(
            "2027-01-05 18:00",
            ["2026-12-31 23:59", "2027-01-01 00:00", "2027-01-01 00:01", "2027-01-05 18:00"],
            1,  # December then has no monthly backup: only the daily rule keeps Dec 31
            ["2026-12-31 23:59", "2027-01-01 00:01", "2027-01-05 18:00"],
            id="new-years-eve-and-new-years-day-are-two-days",
        ),
        pytest.param(
            "2027-01-05 18:00",
            ["2026-01-31 23:59", "2026-02-01 00:00", "2027-01-05 18:00"],
            12,
            ["2026-02-01 00:00", "2027-01-05 18:00"],
            id="twelve-months-back-across-the-new-year",
        ),
        pytest.param(
            "2027-01-30 18:00",
            ["2026-12-31 12:00", "2027-01-02 12:00", "2027-01-04 00:00", "2027-01-30 18:00"],
            1,
            # Dec 31 and Jan 2 are both in ISO week 53 of 2026; Jan 4 starts week 1 of 2027.
            ["2027-01-02 12:00", "2027-01-04 00:00", "2027-01-30 18:00"],
            id="the-week-across-the-new-year-is-one-week",
        ),
    ],
)
def test_the_year_change(now: str, made: list[str], months: int, expected: list[str]) -> None:
    assert kept(made, at(now), months=months) == expected


def test_the_newest_backup_is_kept_however_old_it_is() -> None:
    assert kept(["2023-03-01 10:00"], NOW) == ["2023-03-01 10:00"]


def test_the_newest_ten_are_kept_even_within_one_hour() -> None:
    made = [f"2026-11-18 {17 + minute // 60}:{minute % 60:02d}" for minute in range(5, 65, 5)]
    assert kept(made, NOW, recent=10) == made[2:]  # 17:05 and 17:10 thinned


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


def test_backups_at_23_59_and_00_01_local_are_named_and_kept_by_local_time(
    db: Database, db_path: Path
) -> None:
    SettingsService(db).update(backups_kept_recent=1)
    clock = Clock()
    backups = BackupService(db, db_path, SettingsService(db), clock=clock)
    for moment in ("2026-11-10 23:59", "2026-11-11 00:01", "2026-11-18 18:00"):
        clock.now = at(moment)
        backups.back_up("auto")  # thins after each copy, as the app does

    assert sorted(path.name for path in backups.folder().iterdir()) == [
        "custdesk-20261110-235900-auto.db",
        "custdesk-20261111-000100-auto.db",
        "custdesk-20261118-180000-auto.db",
    ]


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
