"""The one date reader understands the dates clerks write, and refuses what is not a whole one."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.date_reading import DateOrder, Reading, order_in, read_date

TODAY = dt.date(2026, 11, 30)
D = dt.date


def read(value: object, order: DateOrder | None = None, date_1904: bool = False) -> object:
    """What a clerk would see: the birthday read, or the kind of reading when there is none."""
    found = read_date(value, today=TODAY, order=order, date_1904=date_1904)
    return found.birthday if found.birthday is not None else found.reading


@pytest.mark.parametrize(
    ("written", "born"),
    [
        ("1990-03-15", D(1990, 3, 15)),
        ("1990/3/15", D(1990, 3, 15)),
        ("19900315", D(1990, 3, 15)),
        (19900315, D(1990, 3, 15)),  # typed into a number cell
        ("1990.3.15", D(1990, 3, 15)),
        ("1990年5月3日", D(1990, 5, 3)),
        ("1990 年 5 月 3 号", D(1990, 5, 3)),
        ("90-05-03", D(1990, 5, 3)),
        ("１９９０－０５－０３", D(1990, 5, 3)),  # full-width, from a Chinese input method
        ("1990-05-03 00:00:00", D(1990, 5, 3)),  # a datetime saved as text
        (dt.datetime(1990, 5, 3, 14, 30), D(1990, 5, 3)),
        (dt.date(1900, 1, 1), D(1900, 1, 1)),  # a real date, not "no date"
        ("2000-02-29", D(2000, 2, 29)),
    ],
)
def test_the_ways_clerks_write_a_full_date(written: object, born: dt.date) -> None:
    assert read(written) == Birthday.from_date(born)


@pytest.mark.parametrize(
    ("written", "born"),
    [
        ("90年5月3日", D(1990, 5, 3)),
        ("26年11月30日", D(2026, 11, 30)),  # today is not in the future
        ("26年12月1日", D(1926, 12, 1)),  # tomorrow would be: a century earlier
        ("00-02-29", D(2000, 2, 29)),
    ],
)
def test_two_digit_years_never_put_a_birthday_after_today(written: str, born: dt.date) -> None:
    assert read(written) == Birthday.from_date(born)


@pytest.mark.parametrize(
    ("written", "order", "born"),
    [
        ("5/3/1990", DateOrder.MDY, D(1990, 5, 3)),  # Outlook
        ("5/3/1990", DateOrder.DMY, D(1990, 3, 5)),
        ("15/3/1990", None, D(1990, 3, 15)),  # a first part above 12 is the day
        ("3/15/1990", None, D(1990, 3, 15)),
        ("15/3/1990", DateOrder.MDY, D(1990, 3, 15)),  # the cell itself says more than the order
        ("5/5/1990", None, D(1990, 5, 5)),  # either way the same day
        ("05-03-01", DateOrder.YMD, D(2005, 3, 1)),
        ("05-03-01", DateOrder.DMY, D(2001, 3, 5)),
    ],
)
def test_day_and_month_order(written: str, order: DateOrder | None, born: dt.date) -> None:
    assert read(written, order) == Birthday.from_date(born)


@pytest.mark.parametrize("written", ["5/3/1990", "05-03-01", "3.5.90"])
def test_without_an_order_a_date_either_way_round_is_ambiguous(written: str) -> None:
    assert read(written) is Reading.AMBIGUOUS


def test_a_column_shows_its_order_by_a_part_above_12() -> None:
    assert order_in(["5/3/1990", "15/3/1990", None, 32996]) is DateOrder.DMY
    assert order_in(["5/3/1990", "3/15/1990"]) is DateOrder.MDY
    assert order_in(["5/3/1990", "1990-05-13", "1990.05"]) is None  # year first says nothing
    assert order_in(["15/3/1990", "3/15/1990"]) is None  # contradicts itself: ask


@pytest.mark.parametrize(
    ("written", "month", "day"),
    [
        ("--05-03", 5, 3),  # our export and vCard
        ("--0503", 5, 3),
        ("5月3日", 5, 3),
        ("02-14", 2, 14),
        ("3-15", 3, 15),
        ("15-3", 3, 15),
        ("--02-29", 2, 29),
    ],
)
def test_month_and_day_without_a_year(written: str, month: int, day: int) -> None:
    assert read(written) == Birthday(month, day)


def test_day_first_month_day_only_when_told() -> None:
    assert read("3/5", DateOrder.DMY) == Birthday(5, 3)
    assert read("3/5") == Birthday(3, 5)


@pytest.mark.parametrize("written", [None, "", "  ", "0/0/00", "0000-00-00", 0])
def test_nothing_written_is_empty(written: object) -> None:
    assert read(written) is Reading.EMPTY


@pytest.mark.parametrize(
    "written",
    [
        "1990.05",  # year and month only
        "05/1990",
        "1990年5月",
        "1990",  # a bare year
        1990,
        1990.05,  # a number cell: its zeros are gone
        5.3,
        "农历三月初八",  # lunar: never read as a solar date
        "1990-02-30",
        "2001-02-29",
        "--02-30",
        "someday",
        True,
        float("nan"),
    ],
)
def test_what_is_not_a_whole_date(written: object) -> None:
    assert read(written) is Reading.NOT_A_DATE


@pytest.mark.parametrize(
    ("serial", "date_1904", "born"),
    [
        (32996, False, D(1990, 5, 3)),
        ("32996", False, D(1990, 5, 3)),  # a serial in a CSV
        (32996.75, False, D(1990, 5, 3)),  # with a time of day
        (31534, True, D(1990, 5, 3)),  # the same day in a 1904 workbook
        (10000, False, D(1927, 5, 18)),
    ],
)
def test_excel_day_serials(serial: object, date_1904: bool, born: dt.date) -> None:
    assert read(serial, date_1904=date_1904) == Birthday.from_date(born)


FORMS = {  # a date written as clerks write it, and the order to read it in
    "iso": (lambda d: d.isoformat(), None),
    "slashes": (lambda d: f"{d.year}/{d.month}/{d.day}", None),
    "dots": (lambda d: f"{d.year}.{d.month}.{d.day}", None),
    "compact": (lambda d: d.strftime("%Y%m%d"), None),
    "chinese": (lambda d: f"{d.year}年{d.month}月{d.day}日", None),
    "two-digit year": (lambda d: d.strftime("%y-%m-%d"), DateOrder.YMD),
    "european": (lambda d: f"{d.day}/{d.month}/{d.year}", DateOrder.DMY),
    "american": (lambda d: f"{d.month}/{d.day}/{d.year}", DateOrder.MDY),
    "serial": (lambda d: (d - D(1899, 12, 30)).days, None),
}


@given(
    born=st.dates(min_value=D(1927, 5, 18), max_value=TODAY),
    form=st.sampled_from(sorted(FORMS)),
)
def test_every_date_written_in_each_form_reads_back_as_itself(born: dt.date, form: str) -> None:
    write, order = FORMS[form]
    if form == "two-digit year" and born.year <= TODAY.year - 100:
        return  # two digits cannot tell 1926 from 2026
    assert read(write(born), order) == Birthday.from_date(born)


@given(day=st.dates(min_value=D(2000, 1, 1), max_value=D(2000, 12, 31)))
def test_every_month_and_day_reads_back_without_a_year(day: dt.date) -> None:
    birthday = Birthday(day.month, day.day)
    assert read(str(birthday)) == birthday
    assert read(f"{day.month}月{day.day}日") == birthday
