"""Which row holds the headers. Shops put titles, a merged heading, a 制表日期 line and blank rows
above them, so the header is found, not assumed: the first row the header dictionary recognises
(customer_import.guess_mapping finds a name or a phone in it), else the first row that looks like
headers (several short text cells, none of them "label: value"), else the row just above the
first row of data (none when the sheet starts with data)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from custdesk.services.spreadsheets.reading.limits import Cell, RecognisesHeader

SEARCHED_ROWS = 30  # non-blank rows looked at from the top
HEADER_CHARS = 40  # a header longer than this is a sentence, not a column name
_LABELLED = re.compile(r"[:：]\s*\S")  # 制表日期：2024-05-01, Printed: today
_DIGITS = re.compile(r"\d{5,}")  # a phone, a date 19900503, an amount: data, not a header


def find_header(rows: Sequence[Sequence[Cell]], recognises: RecognisesHeader) -> int:
    """Index into ``rows`` (non-blank rows, top first) of the header row; -1 when the first
    row is already data (the file has no header: every row is imported)."""
    top = rows[:SEARCHED_ROWS]
    filled = [[cell for cell in row if cell is not None] for row in top]
    for wanted_cells in (2, 1):  # a one-cell title such as 客户 must not win over a real header
        for index, row in enumerate(top):
            if len(filled[index]) >= wanted_cells and recognises(row):
                return index
    for index, cells in enumerate(filled):
        if _looks_like_headers(cells):
            return index
    first_data = next((i for i, cells in enumerate(filled) if _looks_like_data(cells)), 1)
    return first_data - 1


def _looks_like_headers(cells: Sequence[Cell]) -> bool:
    names = [
        cell
        for cell in cells
        if isinstance(cell, str)
        and len(cell.strip()) <= HEADER_CHARS
        and not _LABELLED.search(cell)
        and not _DIGITS.search(cell)
    ]
    return len(cells) >= 2 and len(names) >= 0.8 * len(cells)


def _looks_like_data(cells: Sequence[Cell]) -> bool:
    return any(
        isinstance(cell, int | float | dt.date) or (isinstance(cell, str) and _DIGITS.search(cell))
        for cell in cells
    )
