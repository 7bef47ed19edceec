"""Read a spreadsheet a clerk brings (xlsx, or csv as saved by Excel/WPS, GBK included) safely.

Hostile or broken files are refused within seconds and without eating memory: the zip's declared
sizes and compression ratios are checked before anything is unpacked, macros and encrypted files
are refused, XML is parsed by openpyxl with defusedxml present, and rows and cell sizes are
capped. Formulas are never evaluated: only the values Excel cached are read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from custdesk.errors import CustDeskError

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200  # a real sheet compresses ~5-20x; a zip bomb ~1000x
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted xlsx, or an old .xls

Cell = str | int | float | dt.date | dt.datetime | None


class FileRefusedError(CustDeskError):
    """The file cannot or must not be read; ``reason`` says why in one word for the UI."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Table:
    sheet: str
    sheets: list[str]  # every sheet in the file (one for a csv)
    headers: list[str]
    rows: list[list[Cell]]  # data rows, each as long as headers
    # The workbook counts day serials from 1904 (Excel for Mac's old system), not from 1900:
    # a plain number in a date column is read in it (date_reading.read_date).
    date_1904: bool = False


def read_table(path: Path, sheet: str | None = None) -> Table:
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError as exc:
        raise FileRefusedError(
            f"{path.name} could not be opened: {exc.strerror}", "unreadable"
        ) from exc
    if size > MAX_FILE_BYTES:
        raise FileRefusedError(
            f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB.", "too_large"
        )
    if path.suffix.lower() in (".csv", ".txt"):
        return _read_csv(path)
    if start == OLE_MAGIC:
        raise FileRefusedError(
            f"{path.name} is password-protected or an old .xls file; save it as .xlsx without "
            "a password first.",
            "encrypted",
        )
    if path.suffix.lower() in (".xlsm", ".xltm"):
        raise FileRefusedError(f"{path.name} contains macros.", "macros")
    return _read_xlsx(path, sheet)


def _check_zip(path: Path) -> None:
    if not zipfile.is_zipfile(path):
        raise FileRefusedError(f"{path.name} is not an Excel (.xlsx) file.", "not_xlsx")
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        names = {member.filename for member in members}
        if "xl/workbook.xml" not in names:
            raise FileRefusedError(f"{path.name} is not an Excel (.xlsx) file.", "not_xlsx")
        if any(name.lower().endswith("vbaproject.bin") for name in names):
            raise FileRefusedError(f"{path.name} contains macros.", "macros")
        unpacked = sum(member.file_size for member in members)
        packed_enough = all(
            member.file_size <= MAX_RATIO * max(member.compress_size, 1) for member in members
        )
        if unpacked > MAX_UNPACKED_BYTES or not packed_enough:
            raise FileRefusedError(
                f"{path.name} would unpack to far more than a spreadsheet holds; it was not read.",
                "zip_bomb",
            )


def _read_xlsx(path: Path, wanted: str | None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    _check_zip(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise FileRefusedError(f"{path.name} could not be read: {exc}", "unreadable") from exc
    try:
        date_1904 = book.epoch == CALENDAR_MAC_1904
        names = list(book.sheetnames)
        sheet = wanted if wanted is not None else names[0]
        if sheet not in names:
            raise FileRefusedError(f"There is no sheet {sheet!r} in {path.name}.", "no_sheet")
        source = book[sheet].iter_rows(values_only=True)
        try:
            rows = _capped(source, path.name)
        finally:
            source.close()  # a refused file must not leave its stream open
    finally:
        book.close()
    return replace(_table(sheet, names, rows), date_1904=date_1904)


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):  # Excel/WPS in China save GBK (a GB18030 subset)
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte string
        raise FileRefusedError(f"{path.name} is not a text file.", "unreadable")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # newline="": the csv module itself then splits lines, at CR LF, LF and a lone CR alike
    # (Excel's "CSV (Macintosh)" ends lines with CR only), and keeps line breaks inside quotes.
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        rows = _capped(reader, path.name)
    except csv.Error as exc:  # e.g. a quote never closed, running on to the end of the file
        raise FileRefusedError(
            f"{path.name} could not be read as a CSV file (line {reader.line_num}: {exc}). Open "
            "it in Excel or WPS and save it again as CSV or .xlsx.",
            "bad_csv",
        ) from exc
    return _table(path.stem, [path.stem], rows)


def _capped(rows: Any, name: str) -> list[list[Cell]]:
    kept: list[list[Cell]] = []
    for row in rows:
        if len(kept) > MAX_ROWS:
            raise FileRefusedError(f"{name} has more than {MAX_ROWS:,} rows.", "too_many_rows")
        cells = list(row[:MAX_COLUMNS])
        for value in cells:
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise FileRefusedError(
                    f"{name} has a cell longer than {MAX_CELL_CHARS:,} characters.", "cell_too_long"
                )
        if any(value not in (None, "") for value in cells):
            kept.append(cells)
    return kept


def _table(sheet: str, sheets: list[str], rows: list[list[Cell]]) -> Table:
    if not rows:
        return Table(sheet, sheets, [], [])
    header_at = _header_row(rows)
    headers = [str(value).strip() if value is not None else "" for value in rows[header_at]]
    width = len(headers)
    data = [(row + [None] * width)[:width] for row in rows[header_at + 1 :]]
    return Table(sheet, sheets, headers, data)


def _header_row(rows: list[list[Cell]]) -> int:
    """Our own exports start with a title and a date line; the header is the first row of
    several text cells among the first five."""
    for index, row in enumerate(rows[:5]):
        if sum(1 for value in row if isinstance(value, str) and value.strip()) >= 2:
            return index
    return 0
