"""A birthday in the customers table, and the lookups Today and the list make on it.

The table keeps a ``calendar.Birthday`` as its parts (storage.orm: birth_year, birth_month,
birth_day, birth_calendar, birth_leap_month); ``birth_columns`` and ``birthday_from`` are the one
translation between the two. "Born on 22 November" or "born in March" is a range on the
(deleted_at, birth_month, birth_day) index, whatever the year, known or not.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from custdesk.services.customers.calendar import BirthCalendar, Birthday
from custdesk.services.customers.counted import customer_counted
from custdesk.storage import orm

_LAST_DAY_OF_ANY_MONTH = 31


def birth_columns(birthday: Birthday | None) -> dict[str, object]:
    """The customers-table values that store ``birthday`` (all NULL but the calendar's for
    none)."""
    if birthday is None:
        return {
            "birth_year": None,
            "birth_month": None,
            "birth_day": None,
            "birth_calendar": BirthCalendar.SOLAR.value,
            "birth_leap_month": False,
        }
    return {
        "birth_year": birthday.year,
        "birth_month": birthday.month,
        "birth_day": birthday.day,
        "birth_calendar": birthday.calendar.value,
        "birth_leap_month": birthday.leap_month,
    }


def birthday_from(
    year: int | None,
    month: int | None,
    day: int | None,
    calendar: str = BirthCalendar.SOLAR,
    leap_month: bool = False,
) -> Birthday | None:
    """The Birthday stored in these columns (None when month and day are NULL)."""
    if month is None or day is None:
        return None
    return Birthday(month, day, year, BirthCalendar(calendar), bool(leap_month))


def stored_birthday(customer: orm.Customer) -> Birthday | None:
    c = customer
    return birthday_from(
        c.birth_year, c.birth_month, c.birth_day, c.birth_calendar, c.birth_leap_month
    )


def birthday_columns() -> tuple[InstrumentedAttribute[Any], ...]:
    """The columns ``birthday_from(*row)`` takes, in its order, for a select()."""
    c = orm.Customer
    return (c.birth_year, c.birth_month, c.birth_day, c.birth_calendar, c.birth_leap_month)


def born_between(first: dt.date, last: dt.date) -> Select[int]:
    """Ids of active customers with a solar birthday kept between ``first`` and ``last`` (both
    included, at most a month apart), in any year or none. 29 February is kept on 28 February
    in a common year: a range reaching the last day of a month reaches the 31st, which takes it
    in."""
    c = orm.Customer
    ranges = []
    for start, end in _month_ranges(first, last):
        ranges.append(
            and_(c.birth_month == start.month, c.birth_day.between(start.day, end.day))
            if not _last_of_month(end)
            else and_(c.birth_month == start.month, c.birth_day >= start.day)
        )
    return select(c.id).where(
        customer_counted(c), or_(*ranges), c.birth_calendar == BirthCalendar.SOLAR.value
    )


def born_in_month(month: int) -> Select[int]:
    """Ids of active customers with a solar birthday in ``month``, in any year or none."""
    c = orm.Customer
    return select(c.id).where(
        customer_counted(c),
        c.birth_month == month,
        c.birth_calendar == BirthCalendar.SOLAR.value,
    )


def _month_ranges(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    if first.month == last.month:
        return [(first, last)]
    end_of_first = last.replace(day=1) - dt.timedelta(days=1)
    return [(first, end_of_first), (last.replace(day=1), last)]


def _last_of_month(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).month != day.month
