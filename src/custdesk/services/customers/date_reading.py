"""One reader for the dates clerks write: the import reads every date cell with it, and the
customer form will read what a clerk types with it.

What it understands (``read_date``):
- real date and datetime cells (the time of day is dropped);
- 1990-03-15, 1990/3/15, 1990.3.15 and 19900315 (year first), with a time after it or not;
- 1990年5月3日 (号 for 日, spaces between), 90年5月3日;
- two-digit years (90-05-03, 03/05/90): the latest year that does not put the date after
  ``today``, so a birthday is never in the future;
- day and month in either order (3/5/1990, 5/3/1990): ``order`` when given (dmy, mdy, ymd),
  else a first part above 12 is a day (15/3/1990) and a second one a day too (3/15/1990), else the
  reading is AMBIGUOUS and the caller asks (``order_in`` finds the order from a whole column);
- month and day without a year (``--05-03`` as ISO 8601 and vCard write it, ``--0503``,
  5月3日, 02-14, 3-15, 5.3): a birthday without its year; day first only when ``order`` is dmy or
  the first part is above 12;
- Excel day serials: a five-digit number (10000 is 1927-05-18), in a number cell or as text, in
  the workbook's 1900 system (with Lotus's phantom 29 February 1900) or its 1904 system;
- 0/0/00, 0000-00-00 and blanks: empty.

What it refuses (NOT_A_DATE): a year and month only (1990.05, 1990年5月, 05/1990), a bare year
(1990, a number cell 1990.05 included), other numbers, impossible days (1990-02-30), and
anything else (农历三月初八: a lunar date is not read as a solar one).

Why not python-dateutil: its parser fills the parts a text lacks from today (a bare year becomes
a full date), picks day/month order silently, and resolves two-digit years around today in both
directions; a clerk's list needs to know exactly which parts were written, to keep "year
unknown" and to ask when the order is unclear. What is left after that is a few patterns.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from custdesk.services.customers.calendar import Birthday
from custdesk.text_cleaning import key_text


class DateOrder(StrEnum):
    """Which part comes first when a date's numbers alone do not say (``--date-order``)."""

    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


class Reading(StrEnum):
    DATE = "date"  # year, month and day
    MONTH_DAY = "month_day"  # a birthday without its year
    EMPTY = "empty"
    AMBIGUOUS = "ambiguous"  # day-month or month-day: the order must be asked
    NOT_A_DATE = "not_a_date"  # a year and month only, a bare year, or not a date at all


@dataclass(frozen=True)
class ReadDate:
    reading: Reading
    birthday: Birthday | None = None  # for DATE and MONTH_DAY
    # Written with a two-digit year (90-05-03): the century was chosen, and a clerk should see it.
    century_guessed: bool = False

    @property
    def date(self) -> dt.date | None:
        return None if self.birthday is None else self.birthday.date


EMPTY = ReadDate(Reading.EMPTY)
NOT_A_DATE = ReadDate(Reading.NOT_A_DATE)
AMBIGUOUS = ReadDate(Reading.AMBIGUOUS)

_EPOCH_1900 = dt.date(1899, 12, 30)  # for serials from 61 on (1900-03-01)
_EPOCH_1904 = dt.date(1904, 1, 1)  # serial 0 is 1904-01-01
_TIME = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_NUMBER = re.compile(r"(\d+)(?:\.(\d+))?")
_ISO_MONTH_DAY = re.compile(r"--(\d{2})-?(\d{2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})" + _TIME)
_CHINESE = re.compile(r"(?:(\d{2}|\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
_CHINESE_PARTIAL = re.compile(r"\d{2,4}\s*年(?:\s*\d{1,2}\s*月)?")
_SEPARATED = re.compile(r"(\d{1,4})\s*[-/.]\s*(\d{1,4})(?:\s*[-/.]\s*(\d{1,4}))?" + _TIME, re.ASCII)


def read_date(
    value: object,
    *,
    today: dt.date,
    order: DateOrder | None = None,
    date_1904: bool = False,
) -> ReadDate:
    """What ``value`` (a cell: text, number, date or datetime, or None) says as a date; see the
    module docstring for the forms. ``today`` resolves two-digit years; ``date_1904`` is the
    workbook's date system for day serials. Never raises for any value."""
    if value is None:
        return EMPTY
    if isinstance(value, dt.datetime):
        return _full(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return _full(value.year, value.month, value.day)
    if isinstance(value, bool):
        return NOT_A_DATE
    if isinstance(value, int | float):
        if not math.isfinite(value):
            return NOT_A_DATE
        return _number(int(value), int(value) != value, date_1904)
    text = key_text(str(value)).strip()  # NFKC: full-width digits and ／ are plain
    if not text:
        return EMPTY
    return _text(text, today, order, date_1904)


def order_in(values: Iterable[object]) -> DateOrder | None:
    """The day/month order a column shows: DMY when some date has a first part above 12 (a
    day: 15/3/1990), MDY when some has a second part above 12 (3/15/1990), None when none does
    or both do. Year-first dates say nothing about it."""
    seen: set[DateOrder] = set()
    for value in values:
        if isinstance(value, str):
            day_month = _day_month_parts(key_text(value).strip())
            if day_month is not None:
                first, second = day_month
                if first > 12 >= second:
                    seen.add(DateOrder.DMY)
                elif second > 12 >= first:
                    seen.add(DateOrder.MDY)
    return seen.pop() if len(seen) == 1 else None


def _day_month_parts(text: str) -> tuple[int, int] | None:
    """The two parts that are day and month in some order (year last, or no year)."""
    match = _SEPARATED.fullmatch(text)
    if match is None:
        return None
    first, second, third = match.groups()
    if len(first) > 2 or len(second) > 2:
        return None
    if third is not None and not _year_last(first, second, third, None):
        return None
    return int(first), int(second)


def _text(text: str, today: dt.date, order: DateOrder | None, date_1904: bool) -> ReadDate:
    number = _NUMBER.fullmatch(text)
    if number is not None and len(number.group(1)) in (5, 8):
        whole, fraction = number.groups()
        return _number(int(whole), fraction is not None, date_1904)
    if (match := _ISO_MONTH_DAY.fullmatch(text)) is not None:
        return _month_day(int(match.group(1)), int(match.group(2)))
    if (match := _COMPACT.fullmatch(text)) is not None:
        return _full(*(int(part) for part in match.groups()))
    if (match := _CHINESE.fullmatch(text)) is not None:
        year, month, day = match.groups()
        if year is None:
            return _month_day(int(month), int(day))
        return _with_year(year, int(month), int(day), today)
    if _CHINESE_PARTIAL.fullmatch(text):
        return NOT_A_DATE  # 1990年 or 1990年5月: no day
    if (match := _SEPARATED.fullmatch(text)) is not None:
        return _separated(*match.groups(), today=today, order=order)
    return NOT_A_DATE


def _separated(
    first: str, second: str, third: str | None, *, today: dt.date, order: DateOrder | None
) -> ReadDate:
    if all(int(part) == 0 for part in (first, second, third or "0")):
        return EMPTY  # 0/0/00: a date cell left at nothing
    if third is None:
        if len(first) > 2 or len(second) > 2:
            return NOT_A_DATE  # 1990.05, 05/1990: a month without its day
        no_year = _day_first(int(first), int(second), order) or False
        month, day = (int(second), int(first)) if no_year else (int(first), int(second))
        return _month_day(month, day)
    if any(len(part) == 3 for part in (first, second, third)):
        return NOT_A_DATE
    if _year_first(first, second, third, order):
        return _with_year(first, int(second), int(third), today)
    if not _year_last(first, second, third, order):
        return AMBIGUOUS if order is None else NOT_A_DATE
    day_first = _day_first(int(first), int(second), order)
    if day_first is None:
        return AMBIGUOUS
    month, day = (int(second), int(first)) if day_first else (int(first), int(second))
    return _with_year(third, month, day, today)


def _day_first(first: int, second: int, order: DateOrder | None) -> bool | None:
    """Whether the first of two parts is the day: what the numbers say (a part above 12 is the
    day; equal parts read the same either way), else the order given; None when neither says.
    Without a year, month first unless told day first (02-14, 3-15, 5.3)."""
    if first > 12 >= second:
        return True
    if second > 12 >= first or first == second:
        return False
    if order is None:
        return None
    return order is DateOrder.DMY


def _year_first(first: str, second: str, third: str, order: DateOrder | None) -> bool:
    if len(first) == 4:
        return True
    if len(third) == 4 or len(second) == 4:
        return False
    return _only_a_year(first) or (order is DateOrder.YMD and not _only_a_year(third))


def _year_last(first: str, second: str, third: str, order: DateOrder | None) -> bool:
    if len(third) == 4:
        return len(first) <= 2 and len(second) <= 2
    if len(first) == 4 or len(second) == 4:
        return False
    return _only_a_year(third) or (
        order in (DateOrder.DMY, DateOrder.MDY) and not _only_a_year(first)
    )


def _only_a_year(part: str) -> bool:
    """00 or above 31: no day or month is written so."""
    return int(part) == 0 or int(part) > 31


def _with_year(year: str, month: int, day: int, today: dt.date) -> ReadDate:
    if len(year) == 4:
        return _full(int(year), month, day)
    # Two digits: this century unless that puts the day after today (a birthday never is).
    recent = _full(today.year // 100 * 100 + int(year), month, day)
    if recent.date is not None and recent.date > today:
        recent = _full(recent.date.year - 100, month, day)
    return replace(recent, century_guessed=recent.reading is Reading.DATE)


def _number(whole: int, has_fraction: bool, date_1904: bool) -> ReadDate:
    """A number: an eight-digit 19900315, or a five-digit day serial (its fraction is the time
    of day); else not a date (1990 is a bare year, 1990.05 a year and month, and a number 5.3
    may have lost a trailing zero: 5.30)."""
    digits = len(str(whole))
    if digits == 8 and not has_fraction:
        return _full(whole // 10000, whole // 100 % 100, whole % 100)
    if whole == 0 and not has_fraction:
        return EMPTY  # Excel shows a date cell holding 0 as 1900-01-00: nothing entered
    if digits != 5:
        return NOT_A_DATE
    # Five digits are past Lotus's phantom 29 February 1900, which the 1900 system counts.
    day = (_EPOCH_1904 if date_1904 else _EPOCH_1900) + dt.timedelta(days=whole)
    return _full(day.year, day.month, day.day)


def _full(year: int, month: int, day: int) -> ReadDate:
    try:
        return ReadDate(Reading.DATE, Birthday(month, day, year))
    except ValueError:
        return NOT_A_DATE


def _month_day(month: int, day: int) -> ReadDate:
    try:
        return ReadDate(Reading.MONTH_DAY, Birthday(month, day))
    except ValueError:
        return NOT_A_DATE
