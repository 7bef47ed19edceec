"""The birthday column of an import: how its cells are read (date_reading.read_date with the
column's day/month order and the workbook's date system), what is asked of the clerk when the
order cannot be told, and which cells had their century guessed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from custdesk.errors import FieldProblem
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import birthday_problem
from custdesk.services.customers.date_reading import DateOrder, Reading, order_in, read_date
from custdesk.services.spreadsheets.import_files import Cell, Table
from custdesk.services.spreadsheets.import_headers import is_outlook_export


def cell_text(value: Cell) -> str:
    """A cell's text as the clerk wrote it: "" for none, 13800138000 for a number-formatted
    13800138000.0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 13800138000.0 from a number-formatted phone column
    return str(value).strip()


@dataclass(frozen=True)
class DateColumn:
    """How a file's birthday column is read (date_reading.read_date's settings)."""

    today: dt.date  # two-digit years never put a birthday after it
    order: DateOrder | None = None  # the clerk's, else what the column shows (order_in)
    date_1904: bool = False  # the workbook's day serials count from 1904


def date_column(
    table: Table, mapping: dict[str, int], order: DateOrder | None, today: dt.date
) -> DateColumn:
    """The birthday column's reading settings: ``order`` when the clerk gave one, else the
    order its own dates show (a first part above 12 is a day), else month first for an Outlook
    export (import_headers.is_outlook_export), else none."""
    index = mapping.get("birthday")
    if index is None:
        return DateColumn(today, order, table.date_system_1904)
    found = order or order_in(row[index] for row in table.rows if index < len(row))
    if found is None and is_outlook_export(table.headers):
        found = DateOrder.MDY
    return DateColumn(today, found, table.date_system_1904)


def ambiguous_date(
    table: Table, mapping: dict[str, int], order: DateOrder | None, today: dt.date
) -> str | None:
    """The first birthday cell that reads as day-month or month-day alike (5/3/1990) once the
    column's own evidence is used, or None: when there is one, the wizard and ``custdesk
    import`` ask for the order (dmy, mdy, ymd) before checking the rows."""
    dates = date_column(table, mapping, order, today)
    index = mapping.get("birthday")
    if index is None:
        return None
    for row in table.rows:
        value = row[index] if index < len(row) else None
        read = read_date(value, today=today, order=dates.order, date_1904=dates.date_1904)
        if read.reading is Reading.AMBIGUOUS:
            return cell_text(value)
    return None


def century_guessed(value: Cell, dates: DateColumn, problems: dict[str, FieldProblem]) -> str:
    """The birthday cell as written when it was read with a two-digit year, else ""."""
    if value is None or "birthday" in problems:
        return ""
    read = read_date(value, today=dates.today, order=dates.order, date_1904=dates.date_1904)
    return cell_text(value) if read.century_guessed else ""


def read_birthday(
    value: Cell, dates: DateColumn, problems: dict[str, FieldProblem]
) -> Birthday | None:
    """The cell's birthday (date_reading.read_date). A cell that holds something a customer's
    birthday cannot be (not a date, a year and month only, a day after today or before 1900)
    is named in ``problems``: the field stays empty and the cell goes to the notes."""
    read = read_date(value, today=dates.today, order=dates.order, date_1904=dates.date_1904)
    if read.reading is Reading.EMPTY:
        return None
    if read.birthday is None or birthday_problem(read.birthday, dates.today) is not None:
        problems["birthday"] = FieldProblem.INVALID_DATE
        return None
    return read.birthday
