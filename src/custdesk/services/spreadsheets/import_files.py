"""Read a file a clerk brings into a Table: a header row and the rows of data below it.

Formats (told from the content, not the name: web and till systems save HTML or CSV as .xls):
.xlsx (Strict Open XML too), .xls, .xlsb, .ods and WPS .et through calamine; CSV/TXT in UTF-8,
UTF-16, GB18030/GBK or Big5; an HTML table saved as .xls; vCards (.vcf). The readers are in the
``reading`` package, one module per family.

Hostile or broken files are refused within seconds and without eating memory: the zip's declared
sizes and compression ratios are checked before anything is unpacked, macros and encrypted files
are refused, and rows, columns and cell sizes are capped. Formulas are never evaluated: only the
values Excel cached are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from custdesk.errors import FileRefusedError
from custdesk.services.spreadsheets.import_headers import guess_mapping
from custdesk.services.spreadsheets.reading.guards import OLE_MAGIC, Kind, sniff
from custdesk.services.spreadsheets.reading.header_row import find_header
from custdesk.services.spreadsheets.reading.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_RATIO,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    Cell,
    SheetRows,
)

__all__ = [
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_RATIO",
    "MAX_ROWS",
    "MAX_UNPACKED_BYTES",
    "OLE_MAGIC",
    "Cell",
    "FileRefusedError",
    "Table",
    "read_table",
]

SNIFFED_BYTES = 64 * 1024


@dataclass(frozen=True)
class Table:
    sheet: str
    sheets: list[str]  # every sheet in the file (one for a csv)
    headers: list[str]
    rows: list[list[Cell]]  # data rows, each as long as headers; blank rows left out
    # rows[i] is row row_numbers[i] as the spreadsheet shows it (title and blank rows counted);
    # left out: the header is row 1 and no row is blank
    row_numbers: list[int] = field(default_factory=list)
    header_row_number: int = 1  # 0: the sheet has no header row
    # Day numbers count from 1904-01-01 (old Excel for Mac), not 1899-12-30; date cells are
    # dates already, this is for bare numbers in a date column.
    date_system_1904: bool = False
    source_format: str = ""  # "xlsx", "xls", "ods", "html", "vcard", "text/gb18030"...

    def __post_init__(self) -> None:
        if not self.row_numbers and self.rows:
            first = self.header_row_number + 1
            object.__setattr__(self, "row_numbers", list(range(first, first + len(self.rows))))


def read_table(path: Path, sheet: str | None = None, header_row: int | None = None) -> Table:
    """The sheet ``sheet`` (default: the first) of the file at ``path`` as a Table. Its header
    row is ``header_row`` (the row number Excel shows, 1 = the first) or, by default, found
    (reading.header_row).

    Raises FileRefusedError with a ``reason``: missing, unreadable, too_large, not_xlsx, encrypted,
    macros, zip_bomb, no_sheet, too_many_rows, cell_too_long, bad_csv, ambiguous_encoding,
    no_table."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(SNIFFED_BYTES)
    except FileNotFoundError as exc:
        raise FileRefusedError(f"There is no file {path}.", "missing") from exc
    except OSError as exc:
        raise FileRefusedError(
            f"{path.name} could not be opened: {exc.strerror}", "unreadable"
        ) from exc
    if size > MAX_FILE_BYTES:
        raise FileRefusedError(
            f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB.", "too_large"
        )
    kind = sniff(path, head)
    # The readers, and the libraries behind them (calamine, charset-normalizer, vobject,
    # lxml.html), are imported when a file is read: the window's start does not wait for them.
    from custdesk.services.spreadsheets.reading.html_tables import read_html_table
    from custdesk.services.spreadsheets.reading.text_files import read_text_table
    from custdesk.services.spreadsheets.reading.vcards import read_vcards
    from custdesk.services.spreadsheets.reading.workbooks import read_workbook

    if kind in (Kind.XLSX, Kind.XLSB, Kind.ODS, Kind.XLS):
        found = read_workbook(path, kind, sheet)
    else:
        raw = path.read_bytes()  # at most MAX_FILE_BYTES, checked above
        if kind is Kind.VCARD:
            found = read_vcards(raw, path.name)
        elif kind is Kind.HTML:
            found = read_html_table(raw, path.name, names_a_customer)
        else:
            found = read_text_table(raw, path.name, names_a_customer)
        found.sheet, found.sheets = path.stem, [path.stem]
    return _table(found, header_row)


def names_a_customer(cells: Sequence[object]) -> bool:
    """Whether a row is a header the import knows: it names a name or a phone column."""
    mapping = guess_mapping([str(cell).strip() if cell is not None else "" for cell in cells])
    return "name" in mapping or "phones" in mapping


def _table(found: SheetRows, header_row: int | None) -> Table:
    rows, numbers = found.rows, found.row_numbers
    if header_row is None:
        at = find_header(rows, names_a_customer) if rows else 0
        header_number = numbers[at] if 0 <= at < len(rows) else 0
        at = max(at, 0)
    else:
        header_number = header_row
        at = next((i for i, number in enumerate(numbers) if number >= header_row), len(rows))
    header_cells = rows[at] if at < len(rows) and numbers[at] == header_number else []
    data_from = at + 1 if header_cells else at
    data, data_numbers = rows[data_from:], numbers[data_from:]
    width = max((_used_width(row) for row in (header_cells, *data)), default=0)
    for row in data:  # in place: a 100,000-row sheet is not copied again
        if len(row) < width:
            row.extend([None] * (width - len(row)))
        else:
            del row[width:]
    headers = [str(value).strip() if value is not None else "" for value in header_cells[:width]]
    headers += [""] * (width - len(headers))
    return Table(
        sheet=found.sheet,
        sheets=found.sheets,
        headers=headers,
        rows=data,
        row_numbers=data_numbers,
        header_row_number=header_number,
        date_system_1904=found.date_system_1904,
        source_format=found.source_format,
    )


def _used_width(row: Sequence[Cell]) -> int:
    width = len(row)
    while width and row[width - 1] is None:
        width -= 1
    return width
