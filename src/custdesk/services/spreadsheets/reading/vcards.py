"""Contacts exported as vCards (.vcf): 2.1 from old Android phones (names in quoted-printable
UTF-8, folded with soft line breaks), 3.0 (RFC 2426) and 4.0 (RFC 6350), read through vobject.

Each card becomes a row: Name, one column per phone headed with its TYPE ("Phone (cell)",
"Phone (home) 2" for a card's second home number), then those of Email, Birthday, Notes,
Organization (ORG), Job Title (TITLE), Categories (CATEGORIES, comma-separated) and Address that
some card has, under the headers Outlook uses, so the header dictionary places them. The header
is row 1, so card n is row n + 1.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import vobject  # type: ignore[import-untyped]  # no stubs published

from custdesk.errors import FileRefusedError
from custdesk.services.spreadsheets.reading.limits import (
    Cell,
    SheetRows,
    kept_rows,
)
from custdesk.services.spreadsheets.reading.text_files import decode_text

PHONE_TYPES = ("cell", "home", "work", "main", "fax", "pager", "other")
FIXED = ("Name", "Email", "Birthday", "Notes", "Organization", "Job Title", "Categories", "Address")
_FULL_DATE = re.compile(r"\A(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?\Z")
_CJK = re.compile(r"[\u3400-\u9fff]")


def read_vcards(raw: bytes, name: str) -> SheetRows:
    """One row per card, under a header row of the columns the cards use.

    Raises FileRefusedError "unreadable" (not vCards vobject can read), "ambiguous_encoding",
    "too_many_rows", "cell_too_long"."""
    text = _joined_soft_breaks(decode_text(raw, name, lambda _text: False)[0])
    cards: list[dict[str, Cell]] = []
    try:
        for card in vobject.readComponents(text, ignoreUnreadable=True):
            if card.name == "VCARD":
                cards.append(_card_cells(card))
    except Exception as exc:  # vobject raises ParseError, ValueError, KeyError... on a bad file
        raise FileRefusedError(f"{name} could not be read as vCards: {exc}", "unreadable") from exc
    phones = list(dict.fromkeys(key for cells in cards for key in cells if key not in FIXED))
    used = [header for header in FIXED[1:] if any(header in cells for cells in cards)]
    headers = [FIXED[0], *phones, *used]
    rows: list[list[Cell]] = [list(headers)]
    rows += ([cells.get(header) for header in headers] for cells in cards)
    found = kept_rows(enumerate(rows, start=1), name)
    found.source_format = "vcard"
    return found


def _joined_soft_breaks(text: str) -> str:
    """vCard 2.1 folds a quoted-printable value by ending a line with "=" (RFC 2045 soft line
    break); vobject does not join those, so it is done here."""
    lines: list[str] = []
    folding = False
    for line in text.splitlines():
        if folding:
            lines[-1] = lines[-1][:-1] + line.lstrip()
        else:
            lines.append(line)
        head = lines[-1].split(":", 1)[0].upper()
        folding = "QUOTED-PRINTABLE" in head and lines[-1].endswith("=")
    return "\r\n".join(lines) + "\r\n"


def _card_cells(card: Any) -> dict[str, Cell]:
    cells: dict[str, Cell] = {"Name": _name(card)}
    for line in card.lines():
        key = line.name.upper()
        if key == "TEL":
            number = str(line.value).strip().removeprefix("tel:")
            if number:
                header = _phone_header(line)
                count = 1
                while (f"{header} {count}" if count > 1 else header) in cells:
                    count += 1
                cells[f"{header} {count}" if count > 1 else header] = number
        elif key in _FIELDS and _field(key) not in cells:
            cells[_field(key)] = _value(key, line.value)
    return {header: value for header, value in cells.items() if value not in (None, "")}


_FIELDS = {
    "EMAIL": "Email",
    "NOTE": "Notes",
    "BDAY": "Birthday",
    "ORG": "Organization",
    "TITLE": "Job Title",
    "CATEGORIES": "Categories",
    "ADR": "Address",
}


def _field(key: str) -> str:
    return _FIELDS[key]


def _name(card: Any) -> str:
    formatted = str(card.fn.value if hasattr(card, "fn") else "").strip()
    if formatted or not hasattr(card, "n"):
        return formatted
    family, given = str(card.n.value.family or "").strip(), str(card.n.value.given or "").strip()
    if _CJK.search(family + given):
        return family + given  # Chinese order: 张 + 伟
    return " ".join(part for part in (given, family) if part)


def _phone_header(line: Any) -> str:
    types = [str(t).lower() for t in line.singletonparams]  # 2.1: TEL;CELL;PREF:...
    for value in line.params.get("TYPE", []):  # 3.0 TYPE=CELL,VOICE; 4.0 TYPE="voice,cell"
        types += [part.strip().lower() for part in str(value).split(",")]
    label = next((t for t in types if t in PHONE_TYPES), None)
    return f"Phone ({label})" if label else "Phone"


def _value(key: str, value: Any) -> Cell:
    if key in ("ORG", "CATEGORIES"):  # lists: ORG's units, the categories (tags)
        parts = value if isinstance(value, list) else [value]
        joint = " " if key == "ORG" else ", "
        return joint.join(str(part).strip() for part in parts if str(part).strip())
    if key == "ADR":
        parts = [str(getattr(value, attr, "") or "").strip() for attr in
                 ("country", "region", "city", "street", "extended", "box")]  # fmt: skip
        if _CJK.search("".join(parts)):
            return "".join(parts)  # Chinese addresses run from the province down
        return ", ".join(part for part in reversed(parts) if part)
    text = str(value).strip()
    if key == "BDAY":
        match = _FULL_DATE.match(text)
        if match:
            try:
                return dt.date(*(int(part) for part in match.groups()))
            except ValueError:
                return text
    return text
