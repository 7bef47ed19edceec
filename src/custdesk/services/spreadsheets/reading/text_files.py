"""Text tables: CSV/TXT as Excel, WPS and other programs save them in China and Taiwan.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode Text"), GB18030 (GBK is
a subset) and Big5. Without a BOM, charset-normalizer says which of these decode cleanly; when
more than one does, the one whose text has a header we recognise wins, and when the header is
recognised in none or in several, the file is refused naming them: text is never stored garbled.
Separators: comma, semicolon or tab (counted), or Excel's ``sep=;`` first line; lines may end
with CR LF, LF or a lone CR (Excel's "CSV (Macintosh)").
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Callable
from typing import Any

from charset_normalizer import from_bytes

from custdesk.errors import AmbiguousEncodingError, FileRefusedError
from custdesk.services.spreadsheets.reading.limits import (
    RecognisesHeader,
    SheetRows,
    kept_rows,
)

CANDIDATES = ("utf_8", "gb18030", "big5")  # besides UTF-8/16 found by their BOM
SEPARATORS = ("\t", ",", ";")  # on a tie the earlier wins: Excel's "Unicode Text" is tabbed
SAMPLE_CHARS = 64 * 1024
SAMPLE_ROWS = 30
_EXCEL_SEP_LINE = re.compile(r"\Asep=(.)\r?\n?", re.IGNORECASE)
_NAMES = {"utf_8": "UTF-8", "gb18030": "GB18030 (GBK)", "big5": "Big5"}


def decode_text(raw: bytes, name: str, recognised: Callable[[str], bool]) -> tuple[str, str]:
    """(text, encoding) of a text file's bytes. ``recognised(text)`` says whether a decoded
    text has a header the import knows; it settles between encodings that all decode cleanly.

    Raises FileRefusedError "ambiguous_encoding" (two encodings fit, named in the message) or
    "unreadable" (none does)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf_8_sig"), (codecs.BOM_UTF16_LE, "utf_16"),
                          (codecs.BOM_UTF16_BE, "utf_16")):  # fmt: skip
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise _unreadable(name) from exc
    if raw.isascii():
        return raw.decode("ascii"), "ascii"
    fitting = [match.encoding for match in from_bytes(raw, cp_isolation=list(CANDIDATES))]
    texts = {}
    for encoding in fitting:
        try:
            texts[encoding] = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue  # charset-normalizer judged a sample; the whole file must decode
    if len(texts) == 1:
        ((encoding, text),) = texts.items()
        return text, encoding
    if not texts:
        raise _unreadable(name)
    known = [encoding for encoding, text in texts.items() if recognised(text)]
    if len(known) == 1:
        return texts[known[0]], known[0]
    first, second = (_NAMES.get(e, e) for e in (known if len(known) > 1 else list(texts))[:2])
    raise AmbiguousEncodingError(
        f"{name} reads as text in both {first} and {second}, and neither gives headers we "
        f"know for sure. Save it again as UTF-8 (in Excel: CSV UTF-8) and try again.",
        (first, second),
    )


def _unreadable(name: str) -> FileRefusedError:
    return FileRefusedError(
        f"{name} is not text in UTF-8, UTF-16, GBK or Big5; it could not be read.", "unreadable"
    )


def read_text_table(raw: bytes, name: str, recognises: RecognisesHeader) -> SheetRows:
    """The rows of a CSV/TXT file's bytes; ``recognises(cells)`` says whether a row is a header
    the import knows (customer_import.guess_mapping finds a name or phone in it).

    Raises FileRefusedError: "ambiguous_encoding", "unreadable", "bad_csv" (e.g. a quote never
    closed), "too_many_rows", "cell_too_long"."""
    text, encoding = decode_text(raw, name, lambda text: _has_header(text, recognises))
    reader = _reader(text)
    try:
        found = kept_rows(enumerate(reader, start=1), name)
    except csv.Error as exc:  # e.g. a quote never closed, running on to the end of the file
        raise FileRefusedError(
            f"{name} could not be read as a CSV file (line {reader.line_num}: {exc}). Open "
            "it in Excel or WPS and save it again as CSV or .xlsx.",
            "bad_csv",
        ) from exc
    found.source_format = f"text/{encoding}"
    return found


def _has_header(text: str, recognises: RecognisesHeader) -> bool:
    try:
        sample = itertools.islice(_reader(text[:SAMPLE_CHARS]), SAMPLE_ROWS)
        return any(recognises(row) for row in sample)
    except csv.Error:
        return False


def _reader(text: str) -> Any:  # a csv reader: its line_num names the line of an error
    separator = None
    excel_line = _EXCEL_SEP_LINE.match(text)
    if excel_line:  # Excel reads and hides this line: the next one is the sheet's row 1
        separator, text = excel_line.group(1), text[excel_line.end() :]
    if separator is None:
        sample = text[:SAMPLE_CHARS].splitlines()[:10]
        separator = max(SEPARATORS, key=lambda s: sum(line.count(s) for line in sample))
    # newline="": the csv module itself then splits lines, at CR LF, LF and a lone CR alike,
    # and keeps line breaks inside quotes.
    return csv.reader(io.StringIO(text, newline=""), delimiter=separator)
