"""A birthday with or without its year: its age, the day it is kept on, and its text."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.errors import FieldProblem
from custdesk.services.customers.calendar import BirthCalendar, Birthday
from custdesk.services.customers.customers import birthday_problem

D = dt.date


@pytest.mark.parametrize(
    ("birthday", "today", "kept_on"),
    [
        (Birthday(2, 29), D(2026, 2, 1), D(2026, 2, 28)),  # a common year: kept on 28 February
        (Birthday(2, 29), D(2028, 2, 1), D(2028, 2, 29)),
        (Birthday(1, 1), D(2026, 12, 31), D(2027, 1, 1)),  # across the year end
        (Birthday(12, 31), D(2026, 12, 31), D(2026, 12, 31)),  # today counts
        (Birthday(5, 3, 1990), D(2026, 5, 4), D(2027, 5, 3)),
    ],
)
def test_the_next_birthday_with_or_without_a_year(
    birthday: Birthday, today: dt.date, kept_on: dt.date
) -> None:
    assert birthday.next_on_or_after(today) == kept_on


def test_only_a_known_year_gives_an_age() -> None:
    assert Birthday(5, 3, 1990).age_on(D(2026, 5, 3)) == 36
    assert Birthday(5, 3, 1990).age_on(D(2026, 5, 2)) == 35
    assert Birthday(5, 3).age_on(D(2026, 5, 3)) is None


def test_its_text_is_iso_and_reads_back() -> None:
    assert str(Birthday(5, 3, 1990)) == "1990-05-03"
    assert str(Birthday(5, 3)) == "--05-03"
    assert str(Birthday(1, 1, 1900)) == "1900-01-01"
    for birthday in (Birthday(5, 3, 1990), Birthday(5, 3), Birthday(2, 29)):
        assert Birthday.from_iso(str(birthday)) == birthday


@pytest.mark.parametrize(
    "parts",
    [(2, 30, None), (2, 29, 2001), (13, 1, None), (4, 31, None), (0, 1, None)],
)
def test_a_day_the_month_never_has_is_refused(parts: tuple[int, int, int | None]) -> None:
    with pytest.raises(ValueError, match=r"day|month"):
        Birthday(*parts)


def test_a_leap_month_only_in_the_lunar_calendar() -> None:
    with pytest.raises(ValueError, match="leap month"):
        Birthday(4, 8, leap_month=True)
    assert Birthday(4, 8, calendar=BirthCalendar.LUNAR, leap_month=True).leap_month


@pytest.mark.parametrize(
    ("birthday", "problem"),
    [
        (Birthday(11, 30, 2026), None),  # today
        (Birthday(12, 1, 2026), FieldProblem.FUTURE_DATE),
        (Birthday(1, 1, 1900), None),  # the oldest allowed
        (Birthday(12, 31, 1899), FieldProblem.TOO_OLD),
        (Birthday(12, 31), None),  # no year: never in the future, never too old
        (Birthday(3, 8, calendar=BirthCalendar.LUNAR), FieldProblem.UNKNOWN_CHOICE),
    ],
)
def test_which_birthdays_a_file_may_hold(birthday: Birthday, problem: FieldProblem | None) -> None:
    assert birthday_problem(birthday, D(2026, 11, 30)) == problem
