"""What every reader shares: the caps that keep a hostile file from eating time or memory, the
refusal they raise, and the rows a reader hands back (blank rows dropped, each kept row with the
number the spreadsheet shows for it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from custdesk.errors import FileRefusedError

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200  # a real sheet compresses ~5-20x; a zip bomb ~1000x
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10_000
SHARED_VALUES = 2_000  # distinct values a column may have and still have them shared

Cell = str | int | float | dt.date | dt.datetime | None
# Whether a row of cells is a header the import knows (import_files.names_a_customer).
RecognisesHeader = Callable[[Sequence[object]], bool]


@dataclass
class SheetRows:
    """One sheet as a reader found it, before its header row is chosen."""

    sheet: str
    sheets: list[str]
    rows: list[list[Cell]]  # non-blank rows only, as long as the file made them
    row_numbers: list[int]  # rows[i] is row row_numbers[i] of the sheet, as Excel numbers it
    date_system_1904: bool = False
    source_format: str = ""


def kept_rows(numbered: Iterable[tuple[int, Sequence[object]]], name: str) -> SheetRows:
    """The non-blank rows of ``numbered`` ((sheet row number, cells) pairs), each cut to
    MAX_COLUMNS; "" and whitespace-only cells become None, times become text. A value that
    repeats down a column (女, 教师, a purchase date) is kept once and shared by its rows.

    Raises FileRefusedError "too_many_rows" past MAX_ROWS data rows (plus a header) and
    "cell_too_long" for a text cell over MAX_CELL_CHARS."""
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    # (type, value) -> the one object kept: 1 and True, or 15 and 15.0, stay apart
    shared: list[dict[tuple[type, Cell], Cell] | None] = [{} for _ in range(MAX_COLUMNS)]
    for number, source in numbered:
        cells = [_cell(value) for value in source[:MAX_COLUMNS]]
        for column, value in enumerate(cells):
            if value is None:
                continue
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise FileRefusedError(
                    f"{name} has a cell longer than {MAX_CELL_CHARS:,} characters.", "cell_too_long"
                )
            seen = shared[column]
            if seen is not None:
                cells[column] = seen.setdefault((value.__class__, value), value)
                if len(seen) > SHARED_VALUES:  # names, phones: every value differs
                    shared[column] = None
        if any(value is not None for value in cells):
            if len(rows) > MAX_ROWS:
                raise FileRefusedError(f"{name} has more than {MAX_ROWS:,} rows.", "too_many_rows")
            rows.append(cells)
            numbers.append(number)
    return SheetRows("", [], rows, numbers)


def _cell(value: object) -> Cell:
    if isinstance(value, str):
        return value if value.strip() else None
    if value is None or isinstance(value, int | float | dt.date):  # bool is an int
        return value
    return str(value)  # a time of day or a duration: kept as Excel shows it, roughly
