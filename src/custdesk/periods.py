"""A clerk's periods: calendar months and runs of local days, counted one way everywhere (the
dashboard and its spreadsheet, the referral shares, the report presets, backup thinning, and
every "from … to …" filter).

Dates are the shop's local dates and moments its naive local times, as stored (see
storage.orm). A month is named by its key, "2026-11": the text storage.dialect.month_key gives a
stored moment, so that Python's months and SQL's GROUP BY months are the same strings.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement, SQLColumnExpression


def month_start(day: dt.date, months_back: int = 0) -> dt.date:
    """The first day of ``day``'s month, or of the month ``months_back`` calendar months
    before it (a negative number counts forward)."""
    index = day.year * 12 + day.month - 1 - months_back
    return dt.date(index // 12, index % 12 + 1, 1)


def month_bounds(day: dt.date, months_back: int = 0) -> tuple[dt.date, dt.date]:
    """The first and the last day of ``day``'s month, or of the month ``months_back`` calendar
    months before it: (2026-10-01, 2026-10-31) for 2026-11-30 and one month back."""
    first = month_start(day, months_back)
    return first, month_start(first, -1) - dt.timedelta(days=1)


def months_between(earlier: dt.date, later: dt.date) -> int:
    """How many calendar months ``later``'s month is after ``earlier``'s (0 in the same month,
    1 from 31 January to 1 February), whatever the days; negative when ``later`` is earlier."""
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def month_key(day: dt.date) -> str:
    """The month ``day`` is in, as "2026-11" (a moment's day counts: datetimes are dates)."""
    return f"{day.year:04d}-{day.month:02d}"


def month_keys(since: dt.date, until: dt.date) -> list[str]:
    """Every month from since's to until's, both included, oldest first: "2026-01", "2026-02",
    …; none when until's month is before since's."""
    return [
        month_key(month_start(until, back)) for back in range(months_between(since, until), -1, -1)
    ]


def day_bounds(
    first: dt.date | None, last: dt.date | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The local days first..last, both included, as moments [start, end): first's midnight and
    the midnight after last, so that 23:59:59.999999 on ``last`` is inside and midnight after it
    is not. An open end (None) stays open."""
    start = None if first is None else dt.datetime.combine(first, dt.time())
    end = None if last is None else dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    return start, end


def moments_within(
    column: SQLColumnExpression[dt.datetime | None], first: dt.date | None, last: dt.date | None
) -> list[ColumnElement[bool]]:
    """Conditions keeping a stored moment within the local days first..last (``day_bounds``):
    two range conditions on the column itself, so its index answers them. None for an open end."""
    start, end = day_bounds(first, last)
    return [
        *([] if start is None else [column >= start]),
        *([] if end is None else [column < end]),
    ]


def days_within(
    column: SQLColumnExpression[dt.date | None], first: dt.date | None, last: dt.date | None
) -> list[ColumnElement[bool]]:
    """Conditions keeping a stored date within first..last, both included. None for an open
    end."""
    return [
        *([] if first is None else [column >= first]),
        *([] if last is None else [column <= last]),
    ]
