"""Date rules the agenda depends on: birthdays (29 February too), holidays, "today".

"Today" is always the local calendar date of the shop's computer: a call-back due on the 22nd is
due from local midnight, whatever the UTC offset.

A customer's birthday is a ``Birthday``: a month and a day, with the year when it is known, and
the calendar it is counted in. Only solar birthdays exist yet; ``calendar`` and ``leap_month``
are there so that lunar birthdays (a leap month included) need no second model.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

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


class BirthCalendar(StrEnum):
    """The calendar a birthday is counted in (stored in ``customers.birth_calendar``)."""

    SOLAR = "solar"
    LUNAR = "lunar"  # room for the lunar-birthday issue: nothing stores or reads it yet


_LEAP_YEAR = 2000  # a year with every month-day, 29 February included
_ISO = re.compile(r"(\d{4}|-)-(\d{2})-(\d{2})", re.ASCII)


@dataclass(frozen=True)
class Birthday:
    """A customer's birthday: month and day, the year when known (``None``: asked, not told).

    Raises ValueError for a day the month never has (30 February; 29 February only in a leap
    year when the year is known), or a leap month outside the lunar calendar.
    """

    month: int
    day: int
    year: int | None = None
    calendar: BirthCalendar = BirthCalendar.SOLAR
    leap_month: bool = False  # a lunar birthday in the repeated (闰) month

    def __post_init__(self) -> None:
        if self.leap_month and self.calendar is not BirthCalendar.LUNAR:
            raise ValueError("only a lunar birthday can fall in a leap month")
        if self.calendar is BirthCalendar.LUNAR:
            if not (1 <= self.month <= 12 and 1 <= self.day <= 30):
                raise ValueError(f"no lunar day {self.month}-{self.day}")
            return
        dt.date(_LEAP_YEAR if self.year is None else self.year, self.month, self.day)

    @classmethod
    def from_date(cls, day: dt.date) -> Birthday:
        return cls(day.month, day.day, day.year)

    @classmethod
    def from_iso(cls, text: str) -> Birthday:
        """``1990-05-03``, or ``--05-03`` for a birthday without its year (ISO 8601's form for
        a day of any year, as vCard writes it): the text ``str()`` gives. ValueError otherwise."""
        match = _ISO.fullmatch(text)
        if match is None:
            raise ValueError(f"not a birthday: {text!r}")
        year, month, day = match.groups()
        return cls(int(month), int(day), None if year == "-" else int(year))

    @property
    def date(self) -> dt.date | None:
        """The day of birth, when the year is known (solar birthdays only)."""
        if self.year is None or self.calendar is not BirthCalendar.SOLAR:
            return None
        return dt.date(self.year, self.month, self.day)

    def age_on(self, day: dt.date) -> int | None:
        """Full years on ``day`` (29 February turns a year older on 28 February); None when
        the year is unknown."""
        born = self.date
        return None if born is None else age_on(born, day)

    def next_on_or_after(self, day: dt.date) -> dt.date:
        """``day`` if it is the birthday, else the next one to come; 29 February is kept on
        28 February in common years. Solar birthdays only (ValueError for a lunar one)."""
        if self.calendar is not BirthCalendar.SOLAR:
            raise ValueError("lunar birthdays are not placed on the calendar yet")
        return next_birthday(dt.date(self.year or _LEAP_YEAR, self.month, self.day), day)

    def __str__(self) -> str:
        year = "-" if self.year is None else f"{self.year:04d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"


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
