"""Date rules the agenda depends on: birthdays (29 February too), holidays, "today".

"Today" is always the local calendar date of the shop's computer: a call-back due on the 22nd is
due from local midnight, whatever the UTC offset.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from custdesk.errors import FieldProblem
from custdesk.words import language_for

EARLIEST_RECORD_DATE = dt.date(1900, 1, 1)
"""No purchase, visit, complaint or follow-up is dated before this: an earlier one is a slip."""
RECORD_YEARS_AHEAD = 10


def latest_record_date(today: dt.date) -> dt.date:
    """The last day a record (or ``custdesk due --date``) may name: ten years after ``today``
    (29 February becomes 28 February when that year has none)."""
    return birthday_in(today.year + RECORD_YEARS_AHEAD, today)


def check_record_date(day: dt.date, today: dt.date) -> FieldProblem | None:
    """None when ``day`` lies within [EARLIEST_RECORD_DATE, latest_record_date(today)];
    otherwise the FieldProblem code to report (TOO_OLD before, TOO_FAR_AHEAD after).

    Callers keep any stricter rule of their own (purchases refuse future dates)."""
    if day < EARLIEST_RECORD_DATE:
        return FieldProblem.TOO_OLD
    if day > latest_record_date(today):
        return FieldProblem.TOO_FAR_AHEAD
    return None


def birthday_in(year: int, birthday: dt.date) -> dt.date:
    """The day the birthday is kept in ``year``: 29 February becomes 28 February off leap years."""
    try:
        return birthday.replace(year=year)
    except ValueError:  # 29 Feb in a common year
        return dt.date(year, 2, 28)


def next_birthday(birthday: dt.date, today: dt.date) -> dt.date:
    """Today if it is the birthday, else the next one to come."""
    this_year = birthday_in(today.year, birthday)
    return this_year if this_year >= today else birthday_in(today.year + 1, birthday)


def age_on(birthday: dt.date, day: dt.date) -> int:
    """Full years; someone born on 29 February turns a year older on 28 February."""
    return day.year - birthday.year - (day < birthday_in(day.year, birthday))


@dataclass(frozen=True)
class Holiday:
    """A greeting day. Fixed ones recur each year; lunar ones list their dates year by year."""

    name_zh: str
    name_en: str
    month: int | None = None
    day: int | None = None
    dates: tuple[dt.date, ...] = ()

    def name_for(self, language: str) -> str:
        """The shop's name for the day in ``language`` (zh_CN, en_US...); the other name when
        that one is blank, as the settings allow one of the two to be."""
        if language_for(language) == "zh_CN":
            return self.name_zh or self.name_en
        return self.name_en or self.name_zh

    def next_on_or_after(self, today: dt.date) -> dt.date | None:
        if self.month is not None and self.day is not None:
            # The settings accept 02-29 (2000 is a leap year): kept on 28 February, as birthdays.
            return next_birthday(dt.date(2000, self.month, self.day), today)
        upcoming = [day for day in self.dates if day >= today]
        return min(upcoming) if upcoming else None

    @classmethod
    def from_json(cls, entry: dict[str, object]) -> Holiday:
        listed = entry.get("dates", [])
        dates = tuple(dt.date.fromisoformat(str(day)) for day in listed)  # type: ignore[attr-defined]
        month, day = entry.get("month"), entry.get("day")
        return cls(
            name_zh=str(entry["name_zh"]),
            name_en=str(entry["name_en"]),
            month=int(month) if isinstance(month, int) else None,
            day=int(day) if isinstance(day, int) else None,
            dates=dates,
        )

    def to_json(self) -> dict[str, object]:
        entry: dict[str, object] = {"name_zh": self.name_zh, "name_en": self.name_en}
        if self.month is not None:
            entry.update(month=self.month, day=self.day)
        else:
            entry["dates"] = [day.isoformat() for day in self.dates]
        return entry
