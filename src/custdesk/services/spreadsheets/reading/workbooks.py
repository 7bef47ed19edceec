"""Workbooks (.xlsx incl. Strict Open XML, .xls, .xlsb, .ods, WPS .et) through calamine.

calamine reads the values Excel cached and never evaluates a formula; it builds each sheet from
its cells, not from the <dimension> tag (which WPS and some programs write wrong, e.g. "A1").
Date-formatted cells come as dates in the workbook's own date system; a bare day number does not,
so the 1900/1904 flag is read from xl/workbook.xml for the date reader (calamine does not give it).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook, PasswordError

from custdesk.errors import FileRefusedError
from custdesk.services.spreadsheets.reading.guards import Kind
from custdesk.services.spreadsheets.reading.limits import (
    MAX_ROWS,
    SheetRows,
    kept_rows,
)

# Transitional and Strict workbook.xml alike: <workbookPr date1904="1"/> or "true"
_DATE_1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*[\"'](?:1|true)[\"']")


def read_workbook(path: Path, kind: Kind, wanted: str | None) -> SheetRows:
    """The rows of sheet ``wanted`` (default: the first) of a workbook that passed the guards.

    Raises FileRefusedError: "no_sheet", "encrypted" (an .xls with a password to open),
    "too_many_rows", "cell_too_long", "unreadable" (calamine could not read it)."""
    try:
        with path.open("rb") as handle, CalamineWorkbook.from_filelike(handle) as book:
            names = list(book.sheet_names)
            sheet_name = wanted if wanted is not None else (names[0] if names else "")
            if sheet_name not in names:
                raise FileRefusedError(
                    f"There is no sheet {sheet_name!r} in {path.name}.", "no_sheet"
                )
            sheet = book.get_sheet_by_name(sheet_name)
            end = sheet.end
            if end is not None and end[0] + 1 > MAX_ROWS + 1:  # refused before any row is made
                raise FileRefusedError(
                    f"{path.name} has more than {MAX_ROWS:,} rows.", "too_many_rows"
                )
            # iter_rows starts at the sheet's row 1 (blank rows above the data come as empty
            # rows), so the numbers are those Excel shows; columns start at the first used one.
            # One Python row at a time: the sheet is not copied whole into Python lists.
            rows = sheet.iter_rows() if sheet.start is not None else iter(())
            found = kept_rows(enumerate(rows, start=1), path.name)
    except PasswordError as exc:
        raise FileRefusedError(
            f"{path.name} is password-protected; remove the password in Excel or WPS first.",
            "encrypted",
        ) from exc
    except CalamineError as exc:
        raise FileRefusedError(f"{path.name} could not be read: {exc}", "unreadable") from exc
    found.sheet, found.sheets, found.source_format = sheet_name, names, kind.value
    found.date_system_1904 = kind is Kind.XLSX and _xlsx_uses_1904(path)
    return found


def _xlsx_uses_1904(path: Path) -> bool:
    """Whether the workbook counts days from 1904 (Excel for Mac's old default). The zip has
    passed the size guards, so workbook.xml is read whole."""
    with zipfile.ZipFile(path) as archive:
        return bool(_DATE_1904.search(archive.read("xl/workbook.xml")))
