from __future__ import annotations

import datetime as dt

import pytest

from custdesk.errors import FieldProblem
from custdesk.resources import load_seed
from custdesk.services.customers.calendar import (
    EARLIEST_RECORD_DATE,
    Holiday,
    age_on,
    birthday_in,
    check_record_date,
    latest_record_date,
    next_birthday,
)

D = dt.date


@pytest.mark.parametrize(
    ("born", "today", "age"),
    [
        (D(2000, 2, 29), D(2001, 2, 27), 0),
        (D(2000, 2, 29), D(2001, 2, 28), 1),  # kept on 28 Feb, the day Today greets them
        (D(2000, 2, 29), D(2004, 2, 28), 3),  # leap year: the real day comes next
        (D(2000, 2, 29), D(2004, 2, 29), 4),
        (D(1990, 12, 31), D(2026, 12, 30), 35),
        (D(1990, 12, 31), D(2026, 12, 31), 36),
        (D(1990, 1, 1), D(2026, 1, 1), 36),
    ],
)
def test_age_counts_whole_years_including_leap_birthdays(born: D, today: D, age: int) -> None:
    assert age_on(born, today) == age


@pytest.mark.parametrize(
    ("born", "today", "expected"),
    [
        (D(1990, 11, 22), D(2026, 11, 22), D(2026, 11, 22)),  # today counts
        (D(1990, 11, 21), D(2026, 11, 22), D(2027, 11, 21)),
        (D(1990, 1, 2), D(2026, 12, 30), D(2027, 1, 2)),  # across the year end
        (D(2000, 2, 29), D(2026, 2, 1), D(2026, 2, 28)),
        (D(2000, 2, 29), D(2027, 3, 1), D(2028, 2, 29)),
        (D(1985, 3, 31), D(2026, 3, 31), D(2026, 3, 31)),
    ],
)
def test_next_birthday(born: D, today: D, expected: D) -> None:
    assert next_birthday(born, today) == expected


def test_birthday_in_a_common_year_moves_29_february_only() -> None:
    assert birthday_in(2026, D(2000, 2, 29)) == D(2026, 2, 28)
    assert birthday_in(2028, D(2000, 2, 29)) == D(2028, 2, 29)
    assert birthday_in(2026, D(2000, 2, 28)) == D(2026, 2, 28)


def test_fixed_and_lunar_holidays_find_their_next_date() -> None:
    new_year = Holiday("元旦", "New Year's Day", month=1, day=1)
    assert new_year.next_on_or_after(D(2026, 12, 31)) == D(2027, 1, 1)
    assert new_year.next_on_or_after(D(2027, 1, 1)) == D(2027, 1, 1)
    spring = Holiday("春节", "Spring Festival", dates=(D(2026, 2, 17), D(2027, 2, 6)))
    assert spring.next_on_or_after(D(2026, 2, 18)) == D(2027, 2, 6)
    assert spring.next_on_or_after(D(2027, 2, 7)) is None  # the list ran out: nothing to show


def test_the_holiday_seed_loads_and_round_trips() -> None:
    holidays = [Holiday.from_json(entry) for entry in load_seed("holidays")]
    assert {h.name_en for h in holidays} >= {"Spring Festival", "Mid-Autumn Festival"}
    assert [Holiday.from_json(h.to_json()) for h in holidays] == holidays
    mid_autumn = next(h for h in holidays if h.name_zh == "中秋节")
    assert mid_autumn.next_on_or_after(D(2026, 9, 1)) == D(2026, 9, 25)


# -- the bounds every record date keeps (purchases, visits, complaints, follow-ups, due --date)
@pytest.mark.parametrize(
    ("today", "latest"),
    [
        (D(2026, 5, 14), D(2036, 5, 14)),
        (D(2024, 2, 29), D(2034, 2, 28)),  # no 29 Feb ten years on
        (D(2028, 2, 29), D(2038, 2, 28)),
        (D(2023, 12, 31), D(2033, 12, 31)),
    ],
)
def test_latest_record_date_is_ten_years_after_today(today: D, latest: D) -> None:
    assert latest_record_date(today) == latest


@pytest.mark.parametrize(
    ("day", "problem"),
    [
        (D(1900, 1, 1), None),
        (D(1899, 12, 31), FieldProblem.TOO_OLD),
        (D(1, 1, 1), FieldProblem.TOO_OLD),
        (D(2026, 5, 14), None),
        (D(2036, 5, 14), None),
        (D(2036, 5, 15), FieldProblem.TOO_FAR_AHEAD),
        (D(9999, 12, 31), FieldProblem.TOO_FAR_AHEAD),
    ],
)
def test_check_record_date_at_its_exact_bounds(day: D, problem: str | None) -> None:
    assert D(1900, 1, 1) == EARLIEST_RECORD_DATE
    assert check_record_date(day, D(2026, 5, 14)) == problem


def test_a_holiday_is_named_in_the_language_or_by_the_one_name_the_shop_gave() -> None:
    both = Holiday("中秋节", "Mid-Autumn Festival", month=9, day=25)
    assert both.name_for("zh_CN") == "中秋节"
    assert both.name_for("en_US") == "Mid-Autumn Festival"
    assert Holiday("店庆", "", month=5, day=18).name_for("en") == "店庆"
    assert Holiday("", "Shop birthday", month=5, day=18).name_for("zh_CN") == "Shop birthday"
