"""Columns an owner does not have to widen by hand, and cells that hold exactly what was
stored: a missing amount or day is an empty cell (not an error, not "None"), a moment is the
moment to the second."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from custdesk.services.spreadsheets.excel_export import Kind, Sheet, write_workbook


def written(tmp_path: Path, sheet: Sheet) -> openpyxl.worksheet.worksheet.Worksheet:
    out = tmp_path / "sheet.xlsx"
    write_workbook(out, [sheet])
    return openpyxl.load_workbook(out).active


def test_each_column_is_as_wide_as_its_longest_value_as_excel_shows_it(tmp_path: Path) -> None:
    """Widths follow the value as shown ("1,000.00", "2026-11-22 15:30"), two spare
    characters, a Chinese character counting double."""
    sheet = Sheet(
        title="t",
        heading="Spending",
        subtitle="",
        headers=["Name", "Spent", "When", "Note"],
        kinds=[Kind.TEXT, Kind.MONEY, Kind.DATETIME, Kind.TEXT],
        rows=[
            ("一位名字很长的客人", 100000, dt.datetime(2026, 11, 22, 15, 30), None),
            ("李娜", None, None, None),
        ],
    )
    ws = written(tmp_path, sheet)
    widths = [ws.column_dimensions[column].width for column in "ABCD"]
    assert widths == [20, 10, 18, 8]


def test_missing_amounts_days_and_moments_are_empty_cells(tmp_path: Path) -> None:
    """An unknown day or note may come as "" (a blank field of an old import) as well as None."""
    sheet = Sheet(
        title="t",
        heading="Blanks",
        subtitle="",
        headers=["Spent", "Day", "When", "Notes"],
        kinds=[Kind.MONEY, Kind.DATE, Kind.DATETIME, Kind.TEXT],
        rows=[(None, "", "", ""), (None, None, None, None), (1999, dt.date(2026, 11, 1), None, "")],
    )
    ws = written(tmp_path, sheet)
    assert [[cell.value for cell in row] for row in ws.iter_rows(min_row=4)] == [
        [None, None, None, None],
        [None, None, None, None],
        [19.99, dt.datetime(2026, 11, 1), None, None],
    ]


def test_a_moment_is_written_to_the_second_without_its_microseconds(tmp_path: Path) -> None:
    """Times taken from the clock carry microseconds; the sheet shows the moment, and a filter
    on 15:30:12 must find it."""
    sheet = Sheet(
        title="t",
        heading="Moments",
        subtitle="",
        headers=["When"],
        kinds=[Kind.DATETIME],
        rows=[(dt.datetime(2026, 11, 22, 15, 30, 12, 345678),)],
    )
    ws = written(tmp_path, sheet)
    assert ws["A4"].value == dt.datetime(2026, 11, 22, 15, 30, 12)
    assert ws["A4"].number_format == "yyyy-mm-dd hh:mm"
