"""An HTML table saved under an .xls name, as web shops and till systems export "Excel" files.

Parsed by lxml's HTML parser (no network, no entities fetched, comments and processing
instructions dropped); the first table with data is read, th and td alike. A cell spanning
several columns or rows fills the first of them, the others stay empty, as Excel shows a merged
cell. The bytes are decoded as the page's <meta charset> says when it names an encoding we read,
else as a CSV's are (text_files.decode_text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import lxml.html
from lxml import etree

from custdesk.errors import FileRefusedError
from custdesk.services.spreadsheets.reading.limits import (
    MAX_COLUMNS,
    RecognisesHeader,
    SheetRows,
    kept_rows,
)
from custdesk.services.spreadsheets.reading.text_files import SAMPLE_ROWS, decode_text

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.IGNORECASE)
_TRUSTED = {"utf-8": "utf_8", "utf8": "utf_8", "gb2312": "gb18030", "gbk": "gb18030",
            "gb18030": "gb18030", "big5": "big5"}  # fmt: skip
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
MAX_SPAN = 1000  # a colspan of 2**31 must not make a row of 2**31 cells

HtmlRows = list[list[str | None]]


def read_html_table(raw: bytes, name: str, recognises: RecognisesHeader) -> SheetRows:
    """The rows of the first table with data in an HTML file's bytes.

    Raises FileRefusedError: "no_table" (no table holds data), "ambiguous_encoding",
    "unreadable", "too_many_rows", "cell_too_long"."""
    text = _decoded(raw, name, recognises)
    tables = _tables(text)
    rows = next((table for table in tables if _has_data(table)), None)
    if rows is None:
        raise FileRefusedError(f"{name} is a web page with no table of data in it.", "no_table")
    found = kept_rows(enumerate(rows, start=1), name)
    found.source_format = "html"
    return found


def _decoded(raw: bytes, name: str, recognises: RecognisesHeader) -> str:
    declared = _META_CHARSET.search(raw[:4096])
    encoding = _TRUSTED.get(declared.group(1).decode("ascii").lower()) if declared else None
    if encoding is not None:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass  # the page says one thing and is another: detect as for a CSV

    def recognised(text: str) -> bool:
        return any(recognises(row) for table in _tables(text) for row in table[:SAMPLE_ROWS])

    return decode_text(raw, name, recognised)[0]


def _tables(text: str) -> list[HtmlRows]:
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        document = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text), parser=parser)
    except (etree.ParserError, ValueError):
        return []
    return [_rows(table) for table in document.iter("table")]


def _rows(table: lxml.html.HtmlElement) -> HtmlRows:
    rows: HtmlRows = []
    spanned: dict[tuple[int, int], None] = {}  # (row, column) covered by a rowspan from above
    for row_index, row in enumerate(table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")):
        cells: list[str | None] = []
        for cell in row.xpath("./th|./td"):
            while (row_index, len(cells)) in spanned:
                cells.append(None)
            columns, down = _span(cell, "colspan"), _span(cell, "rowspan")
            for extra_row in range(row_index + 1, row_index + down):
                for column in range(len(cells), len(cells) + columns):
                    spanned[(extra_row, column)] = None
            cells.append(_text(cell))
            cells.extend([None] * (columns - 1))
            if len(cells) > MAX_COLUMNS:
                break
        rows.append(cells)
    return rows


def _span(cell: lxml.html.HtmlElement, attribute: str) -> int:
    value = str(cell.get(attribute, "1")).strip()
    return min(int(value), MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


def _text(cell: lxml.html.HtmlElement) -> str | None:
    for line_break in cell.iter("br"):
        line_break.tail = "\n" + (line_break.tail or "")
    lines = (" ".join(line.split()) for line in cell.text_content().split("\n"))
    return "\n".join(line for line in lines if line) or None


def _has_data(rows: Sequence[Sequence[str | None]]) -> bool:
    filled = [sum(cell is not None for cell in row) for row in rows]
    return sum(1 for count in filled if count) >= 2 and max(filled, default=0) >= 2
