"""Which rows of an old list become customers, and how a row keeps every cell.

The rules (issue 17, "No customer is lost for one cell"): a row with a name or a phone is
imported. With a phone and no name it is named 未留名 and the phone's last four digits, and listed
for the clerk. A cell no habit covers leaves its field empty and its text goes into the notes as
``<header>（原表）：<text>``; the row is "imported, with a note". Only rows with neither name nor
phone, repeated header rows and total rows (合计 / 小计 / 总计 / Total) are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache

from custdesk.errors import FieldProblem, ValidationError
from custdesk.name_keys import name_search_keys
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.spreadsheets.import_cells import folded, read_phones
from custdesk.services.spreadsheets.import_headers import (
    PHONE_LABEL,
    SLOT,
    field_of,
    header_key,
    phone_label_of,
)
from custdesk.text_cleaning import display_text

UNNAMED = "未留名"  # the name of a customer whose row gave a phone and no name (issue 17)
ORIGINAL_NOTE = "{header}（原表）：{text}"  # a cell kept as written because it was not understood
LABELLED_NOTE = "{header}：{text}"  # a column with no field of its own (会员卡号：A1001)
REMARK_NOTE = "{header} {number}：{remark}"  # 手机 138 0013 8009：微信同号
TOTAL_WORDS = frozenset(
    {"合计", "小计", "总计", "共计", "总合计", "total", "subtotal", "grandtotal"}
)
TOTAL_COLUMNS = 3  # a total row says so in one of its first cells (合计 under 序号 or 姓名)


class SkipReason(StrEnum):
    """Why a row of the file is not imported."""

    NO_NAME_OR_PHONE = "no_name_or_phone"
    HEADER_ROW = "header_row"
    TOTAL_ROW = "total_row"
    DUPLICATE_PHONE = "duplicate_phone"  # a phone already on file, under "skip"
    TWO_OWNERS = "two_owners"  # phones of two different customers (import_duplicates)
    IN_TRASH = "in_trash"  # a phone whose only owner is in the Trash (import_duplicates)


def skip_reason(cells: Sequence[object], headers: Sequence[str]) -> SkipReason | None:
    """HEADER_ROW for the header repeated (a list pasted together from pages), TOTAL_ROW for a
    合计/小计/总计/Total row; None for a row that may be a customer."""
    texts = ["" if cell is None else str(cell) for cell in cells]
    if any(header_key(folded(text)) in TOTAL_WORDS for text in texts[:TOTAL_COLUMNS]):
        return SkipReason.TOTAL_ROW
    keys = _header_keys(tuple(headers))  # the same headers for every row of a file
    filled = [(text, key) for text, key in zip(texts, keys, strict=False) if text.strip()]
    needed = max(2, (len(filled) + 1) // 2)  # two cells at least, and half of those filled
    same = 0
    for seen, (text, key) in enumerate(filled):
        if same + len(filled) - seen < needed:
            return None  # a customer's row: the cells left could not make it a header
        same += header_key(text) == key
    return SkipReason.HEADER_ROW if same >= needed else None


@lru_cache(maxsize=8)
def _header_keys(headers: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(header_key(header) for header in headers)


@dataclass
class RowNotes:
    """The lines a row adds to the customer's notes, in the order a clerk reads them: columns
    with no field of their own, remarks written beside phones, then cells not understood."""

    labelled: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    originals: list[str] = field(default_factory=list)

    def keep_original(self, header: str, text: str) -> None:
        if text.strip():
            self.originals.append(ORIGINAL_NOTE.format(header=header, text=text.strip()))

    def joined(self, own: str) -> str:
        """The file's own notes text first, then each added line."""
        lines = [own.strip(), *self.labelled, *self.remarks, *self.originals]
        return "\n".join(line for line in lines if line)


def same_person(held: str, written: str) -> bool:
    """Whether two rows of a file that share a phone name the same customer: a name missing or a
    stand-in (未留名…) on either side, the same name written with other spaces or case, or the
    same pinyin (张伟 and 张韦: a homophone is the typing slip a Chinese input method makes).
    Two other names are two people sharing a phone (a family's landline), who stay two
    customers: folding them would lose one."""
    if not held or not written or held.startswith(UNNAMED) or written.startswith(UNNAMED):
        return True
    if header_key(held) == header_key(written):
        return True
    reading = name_search_keys(held).pinyin  # "" for a name in no script pinyin covers (김민준)
    return bool(reading) and reading == name_search_keys(written).pinyin


def placeholder_name(phone_e164: str) -> str:
    """未留名 followed by the phone's last four digits: 未留名8000."""
    return UNNAMED + phone_e164[-4:]


def slot_order(key: str) -> tuple[str, int]:
    """phones, phones#2, phones#10: each field's columns in the order of their slots."""
    name, _, slot = key.partition(SLOT)
    return name, int(slot or 1)


@lru_cache(maxsize=64)
def slotted(keys: tuple[str, ...], field: str) -> tuple[str, ...]:
    """The mapping keys among ``keys`` that fill ``field`` (phones, phones#2, phones#10), in the
    order of their slots. Cached: every row of a file has the same keys."""
    return tuple(sorted((key for key in keys if field_of(key) == field), key=slot_order))


def row_phones(
    text: dict[str, str],
    headers: dict[str, str],
    problems: dict[str, FieldProblem],
    notes: RowNotes,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every number of every phone column, each with its label: the column's own label cell
    (Google's "Phone 1 - Type") or else its header (手机, Home Phone); remarks in brackets and
    parts that are not numbers go to the notes."""
    numbers: dict[str, str] = {}
    for key in slotted(tuple(text), "phones"):
        cell = text[key]
        if not cell:
            continue
        header = headers.get(key, key)
        own_label = text.get(PHONE_LABEL + key.removeprefix("phones"), "")
        # Google marks the first: "* Mobile"; a vCard's "Phone (cell)" gives "mobile"
        label = own_label.removeprefix("* ").strip() or phone_label_of(header)
        reading = read_phones(cell, label)
        for number, its_label in zip(reading.numbers, reading.labels, strict=True):
            numbers.setdefault(number, its_label)
        shown = _BRACKETS.sub("", cell).strip()
        notes.remarks.extend(
            REMARK_NOTE.format(header=header, number=shown, remark=remark)
            for remark in reading.remarks
        )
        for piece in reading.not_understood:
            problems["phones"] = FieldProblem.INVALID_PHONE
            notes.keep_original(header, piece)
    return tuple(numbers), tuple(numbers.values())


_BRACKETS = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")


@dataclass(frozen=True)
class Settled:
    """A draft the customer service accepted (None only if it kept refusing), and every field
    given up along the way, with why (their text is in the notes)."""

    draft: CustomerDraft | None
    problems: dict[str, FieldProblem]


# Fields a refused value is taken out of, and the empty value each is given back.
_EMPTY_VALUES: dict[str, object] = {
    "gender": "unknown",
    "birthday": None,
    "temperament": None,
    "follow_up_cadence_days": None,
    "tags": (),
    "is_important": False,
}


def settle(
    draft: CustomerDraft,
    validate: Callable[[CustomerDraft], CustomerDraft],
    headers: Mapping[str, str],
    originals: Mapping[str, str],
    problems: dict[str, FieldProblem],
) -> Settled:
    """The draft as the customer service accepts it. A field the service refuses (too long, a
    birthday in the future) is emptied and its text kept in the notes, and the draft checked
    again; a name too long becomes the placeholder. Notes longer than the form holds are kept
    whole (cleaned as the service cleans text): the import continues them past a marked line
    (import_duplicates.continued_notes), never cuts them or leaves the row out."""
    long_notes = False
    for _attempt in range(3):
        try:
            checked = validate(replace(draft, notes="") if long_notes else draft)
        except ValidationError as exc:
            refused = {key.split(".")[0]: code for key, code in exc.field_errors.items()}
        else:
            if long_notes:
                checked = replace(checked, notes=display_text(draft.notes).strip())
            return Settled(checked, problems)
        long_notes = long_notes or refused.pop("notes", None) is not None
        notes = RowNotes()
        changes: dict[str, object] = {}
        for name, code in refused.items():
            problems[name] = code
            notes.keep_original(headers.get(name, name), originals.get(name, ""))
            if name == "name":
                phone = draft.phones[0] if draft.phones else ""
                changes[name] = placeholder_name(phone) if phone else UNNAMED
            else:
                changes[name] = _EMPTY_VALUES.get(name, "")
        draft = replace(draft, **changes, notes=notes.joined(draft.notes))  # type: ignore[arg-type]
    problems.setdefault("notes", FieldProblem.TOO_LONG)  # pragma: no cover - three passes suffice
    return Settled(None, problems)  # pragma: no cover
