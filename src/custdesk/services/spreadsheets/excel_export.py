"""Write report sheets to an .xlsx a shop owner is glad to open, safely and in constant memory.

Each sheet: a bold title row, a line with the date range, a bold frozen header with an
autofilter, sensible column widths, and real dates and numbers (so Excel can sum and sort them).
Any text that Excel would read as a formula (= + - @, tab, CR, the full-width ＝ ...) is stored
as plain text, so nothing in a customer's name or notes can run. Rows are streamed (write-only
mode) to a private file in the scratch folder that replaces the target only when complete; a
cancelled or failed export leaves nothing behind, and a killed one only scratch files that the next
start sweeps.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from itertools import chain
from pathlib import Path
from typing import Any

from custdesk.errors import (
    CancelledError,
    NotAWorkbookError,
    storage_error,
    written_file_error,
)
from custdesk.scratch import place, scratch_file
from custdesk.services.shop.bulk_work import cycle_collector_paused
from custdesk.text_cleaning import xml_safe

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
MAX_SHEET_TITLE = 31  # Excel's limit
WIDTH_SAMPLE_ROWS = 200
PROGRESS_EVERY = 2000


class Kind(Enum):
    TEXT = "text"
    INTEGER = "integer"
    MONEY = "money"  # stored in fen, written in yuan with two decimals
    DATE = "date"
    DATETIME = "datetime"
    PERCENT = "percent"  # a fraction 0..1
    DECIMAL = "decimal"  # e.g. an average satisfaction of 4.36
    HOURS = "hours"  # to one decimal, as complaints.figures.hours_to_resolve gives them: 2.5


_FORMATS = {
    Kind.INTEGER: "#,##0",
    Kind.MONEY: "#,##0.00",
    Kind.DATE: "yyyy-mm-dd",
    Kind.DATETIME: "yyyy-mm-dd hh:mm",
    Kind.PERCENT: "0%",
    Kind.DECIMAL: "0.00",
    Kind.HOURS: "0.0",
}


@dataclass
class Sheet:
    title: str  # the tab name (translated by the caller)
    heading: str  # the bold first row, e.g. "Customers"
    subtitle: str  # e.g. "2026-11-01 – 2026-11-30 · exported 2026-11-22 15:30"
    headers: Sequence[str]
    kinds: Sequence[Kind]
    rows: Iterable[Sequence[Any]]
    expected_rows: int | None = None  # for the progress bar, when known
    widths: list[float] = field(default_factory=list)


Progress = Callable[[int, int | None], bool]  # (rows written, expected) -> keep going?


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def write_workbook(path: Path, sheets: Sequence[Sheet], progress: Progress | None = None) -> int:
    """Write ``sheets`` to ``path`` (replacing it only when complete); returns the rows written.

    Raises CancelledError when ``progress`` returns False, NotAWorkbookError when ``path`` is
    not a .xlsx name or names a file that is not a workbook, StorageError when the disk refuses.
    """
    # Imported here (lxml comes with openpyxl): exporting is rare, start-up is not.
    from lxml.etree import SerialisationError
    from openpyxl import Workbook

    path = Path(path)
    refuse_to_replace(path)
    written = 0
    try:
        # Built in the private scratch folder (openpyxl's spill files land there too: see
        # scratch.folder), so a kill -9 leaves nothing beside the target or in the system temp
        # folder; moved into place only when complete.
        with scratch_file(".xlsx") as built:
            workbook = Workbook(write_only=True)
            expected = sum(s.expected_rows or 0 for s in sheets) or None
            try:
                with cycle_collector_paused():
                    for sheet in sheets:
                        written = _write_sheet(workbook, sheet, written, expected, progress)
                workbook.save(built)
            except BaseException:
                _abandon(workbook)
                raise
            built.chmod(0o600)
            place(built, path)
    except (OSError, SerialisationError) as exc:  # lxml reports a full disk as IO_ENOSPC
        raise written_file_error(exc, "The Excel file could not be written") from exc
    return written


_ZIP_MAGIC = b"PK\x03\x04"  # an .xlsx is a zip archive (ECMA-376 Part 2, Open Packaging)


def refuse_to_replace(path: Path) -> None:
    """An export creates a new ``.xlsx`` file or replaces an Excel workbook, nothing else: a
    typing slip in ``--out`` must not turn the shop file, a backup or another program's file
    into a spreadsheet. Raises NotAWorkbookError."""
    if path.suffix.lower() != ".xlsx":
        raise NotAWorkbookError(f"{path} does not end in .xlsx; an export is an Excel workbook.")
    if path.is_dir():
        raise NotAWorkbookError(f"{path} is a folder; name the .xlsx file to write inside it.")
    try:
        with path.open("rb") as handle:
            start = handle.read(len(_ZIP_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise storage_error(exc, f"{path} cannot be read") from exc
    if start and start != _ZIP_MAGIC:
        raise NotAWorkbookError(
            f"{path} is not an Excel workbook, so it was not replaced. Nothing was written; "
            "choose another file name."
        )


def _abandon(workbook: Any) -> None:
    """Finish and drop the half-written sheets, so no stream or scratch file is left open."""
    for worksheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            worksheet.close()
        scratch = getattr(getattr(worksheet, "_writer", None), "out", None)
        if scratch:
            Path(scratch).unlink(missing_ok=True)


def _write_sheet(
    workbook: Any, sheet: Sheet, written: int, expected: int | None, progress: Progress | None
) -> int:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    rows = iter(sheet.rows)
    sample = [row for _, row in zip(range(WIDTH_SAMPLE_ROWS), rows, strict=False)]
    ws = workbook.create_sheet(_sheet_title(sheet.title, workbook.sheetnames))
    ws.freeze_panes = "A4"  # title, subtitle and header stay in view
    for index, width in enumerate(_widths(sheet, sample), start=1):
        ws.column_dimensions[get_column_letter(index)].width = width

    title = _plain(ws, sheet.heading)
    title.font = Font(bold=True, size=14)
    ws.append([title])
    ws.append([_plain(ws, sheet.subtitle)])
    bold = Font(bold=True)
    header = []
    for text in sheet.headers:
        cell = _plain(ws, text)
        cell.font = bold
        header.append(cell)
    ws.append(header)

    converters = [_converter(ws, kind) for kind in sheet.kinds]
    count = 0
    for row in chain(sample, rows):
        ws.append([convert(value) for convert, value in zip(converters, row, strict=True)])
        count += 1
        due = count % PROGRESS_EVERY == 0
        if due and progress is not None and not progress(written + count, expected):
            raise CancelledError("Export cancelled; no file was written.")
    last_column = get_column_letter(max(1, len(sheet.headers)))
    ws.auto_filter.ref = f"A3:{last_column}{3 + count}"
    if progress is not None and not progress(written + count, expected):
        raise CancelledError("Export cancelled; no file was written.")
    return written + count


def _sheet_title(title: str, taken: list[str]) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:MAX_SHEET_TITLE] or "Sheet"
    candidate, number = cleaned, 2
    while candidate in taken:
        suffix = f" ({number})"
        candidate, number = cleaned[: MAX_SHEET_TITLE - len(suffix)] + suffix, number + 1
    return candidate


def _widths(sheet: Sheet, sample: list[Sequence[Any]]) -> list[float]:
    """Wide enough for the header and the sample rows (CJK characters count double)."""
    if sheet.widths:
        return sheet.widths
    widths = []
    for index, header in enumerate(sheet.headers):
        texts = [header] + [_shown(row[index], sheet.kinds[index]) for row in sample]
        widths.append(min(60.0, max(8.0, max(_display_width(t) for t in texts) + 2.0)))
    return widths


def _shown(value: Any, kind: Kind) -> str:
    if value is None:
        return ""
    if kind is Kind.MONEY:
        return f"{value / 100:,.2f}"
    if kind is Kind.DATETIME:
        return "2026-11-22 15:30"
    if kind is Kind.PERCENT:
        return f"{value:.0%}"
    if kind is Kind.DECIMAL:
        return f"{value:.2f}"
    if kind is Kind.HOURS:
        return f"{value:.1f}"
    return str(value)


def _display_width(text: str) -> float:
    return sum(2.0 if ord(ch) > 0x2E80 else 1.0 for ch in text)


def _plain(ws: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=xml_safe(text))
    cell.data_type = "s"  # never a formula, whatever it starts with
    return cell


def _converter(ws: Any, kind: Kind) -> Callable[[Any], Any]:
    """How one column's values go into cells. Plain values where openpyxl writes them right
    (most text, whole numbers): a styled cell per value costs ~40% more time."""
    if kind is Kind.TEXT:
        return lambda value: _text(ws, value)
    if kind is Kind.INTEGER:
        return lambda value: value
    return lambda value: _cell(ws, value, kind)


def _text(ws: Any, value: Any) -> Any:
    """A text cell's value: only characters XML allows (values stored before text_cleaning, or
    from an old backup, may hold others, and openpyxl would refuse the whole workbook), then
    plain text if what is left would read as a formula."""
    if not isinstance(value, str):
        return value or None
    value = xml_safe(value)
    return _plain(ws, value) if is_formula_like(value) else value or None


def _cell(ws: Any, value: Any, kind: Kind) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if value is None or value == "":
        return None
    if kind is Kind.TEXT or isinstance(value, str):  # a date column's text (--05-03) stays text
        return _plain(ws, str(value))
    if kind is Kind.MONEY:
        cell = WriteOnlyCell(ws, value=round(value / 100, 2))
    elif kind is Kind.DATETIME and isinstance(value, dt.datetime):
        cell = WriteOnlyCell(ws, value=value.replace(microsecond=0))
    else:
        cell = WriteOnlyCell(ws, value=value)
    cell.number_format = _FORMATS[kind]
    return cell
