"""Checking an old list's rows: each row read into a customer draft by the clerks' habits
(import_cells, import_dates), checked exactly as the form checks it (the customer service's
validate), and settled by the row rules (import_row_rules: which rows go in, what goes to the
notes). Nothing is written here; customer_import imports what this checks.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from custdesk import clock as shop_clock
from custdesk.code_words import LABELS, TEMPERAMENTS
from custdesk.errors import FieldProblem
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.date_reading import DateOrder
from custdesk.services.customers.opening_balance import balance_problem
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.spreadsheets.import_cells import (
    is_empty_mark,
    joined_name,
    read_amount_cents,
    read_days,
    read_flag,
    read_gender,
    read_tags,
)
from custdesk.services.spreadsheets.import_dates import (
    DateColumn,
    cell_text,
    century_guessed,
    date_column,
    read_birthday,
)
from custdesk.services.spreadsheets.import_files import Cell, Table
from custdesk.services.spreadsheets.import_headers import field_of, header_key
from custdesk.services.spreadsheets.import_row_rules import (
    LABELLED_NOTE,
    RowNotes,
    SkipReason,
    placeholder_name,
    row_phones,
    settle,
    skip_reason,
    slotted,
)
from custdesk.text_cleaning import clean_display, describe_removed
from custdesk.words import SUPPORTED, translate

# The empty mapping every row without problems, removed characters or cells kept as written
# shares: 100,000 rows held from check to import, three empty dicts each, cost ~19 MB.
NOTHING: Mapping[str, Any] = MappingProxyType({})


class OnDuplicate(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    NEW = "new"


@dataclass(frozen=True, slots=True)  # slots: 100,000 of them are held from check to import
class RowResult:
    row_number: int  # as the clerk sees it in the spreadsheet (header row + 1 ...)
    draft: CustomerDraft | None  # None when the row is not imported (``skip`` says why)
    # field -> why its cell was not understood; the field is left empty and the cell's text is
    # in the draft's notes ("生日（原表）：农历三月初八"): "imported, with a note"
    problems: Mapping[str, FieldProblem]
    # field -> the characters XML cannot hold that were removed from its cell ("U+000B"); the
    # row is imported all the same, and the report says so
    removed: Mapping[str, str] = field(default_factory=lambda: NOTHING)
    skip: SkipReason | None = None
    name: str = ""  # as the messages name the row: the draft's, or the file's name cell
    named_from_phone: bool = False  # 未留名 + the phone's last four digits: the clerk names them
    # A birthday written with a two-digit year (90-05-03), its century chosen: the cell as
    # written, "" when none was guessed; the row is listed for the clerk to check.
    century_guessed: str = ""
    # The amount column (消费金额, 累计消费) in fen: the customer's opening balance "from the
    # old list" (customers.opening_balance: stored by its rule; 0 or None stores nothing).
    opening_balance_cents: int | None = None
    # field -> its cell as written, for the fields in ``problems``: the report names it
    written: Mapping[str, str] = field(default_factory=lambda: NOTHING)

    @property
    def noted(self) -> bool:
        """Imported, with a note: a cell was kept in the notes as written."""
        return self.draft is not None and bool(self.problems)


def preview(
    table: Table,
    mapping: dict[str, int],
    customers: CustomerService,
    date_order: DateOrder | None = None,
) -> list[RowResult]:
    """Every row read and checked exactly as the form would check it; nothing is written.

    Rows are skipped only by the rules of import_row_rules (neither name nor phone, a repeated
    header, a total row); a cell no habit covers is kept in the notes instead. Birthdays are
    read in ``date_order`` when given, else in the order the column shows; one still ambiguous
    (the caller did not ask: see ambiguous_date) goes to the notes like any unreadable one."""
    words = _code_words()
    dates = date_column(table, mapping, date_order, shop_clock.today())
    headers = {key: table.headers[index] for key, index in mapping.items()}
    results = []
    for offset, row in zip(table.row_numbers, table.rows, strict=True):
        values = {name: row[index] for name, index in mapping.items() if index < len(row)}
        results.append(
            _row_result(offset, row, values, table.headers, headers, words, customers, dates)
        )
    _cell_text.cache_clear()
    return results


def _row_result(
    row_number: int,
    row: Sequence[Cell],
    values: dict[str, Cell],
    file_headers: Sequence[str],
    headers: dict[str, str],
    words: dict[str, dict[str, str]],
    customers: CustomerService,
    dates: DateColumn,
) -> RowResult:
    name = cell_text(values.get("name"))
    skip = skip_reason(row, file_headers)
    if skip is not None:  # a header row's name cell says 姓名: no one to name
        shown = "" if skip is SkipReason.HEADER_ROW else name
        return RowResult(row_number, None, NOTHING, skip=skip, name=shown)
    problems: dict[str, FieldProblem] = {}
    removed: dict[str, str] = {}
    draft = _draft(values, words, problems, removed, headers, dates)
    named_from_phone = not draft.name and bool(draft.phones)
    if named_from_phone:
        draft = replace(draft, name=placeholder_name(draft.phones[0]))
    elif not draft.name:
        return RowResult(row_number, None, NOTHING, skip=SkipReason.NO_NAME_OR_PHONE)
    balance = None
    if "opening_balance" in values:
        problem: FieldProblem | None = None
        try:
            balance = read_amount_cents(values["opening_balance"])
        except ValueError:
            problem = FieldProblem.INVALID_AMOUNT
        else:
            problem = None if balance is None else balance_problem(balance)
        if problem is not None:  # kept in the notes: never a reason to leave the row out
            balance = None
            problems["opening_balance"] = problem
            notes = RowNotes()
            notes.keep_original(headers["opening_balance"], cell_text(values["opening_balance"]))
            draft = replace(draft, notes=notes.joined(draft.notes))
    settled = settle(draft, customers.validate, headers, _Originals(values), problems)
    written = {key: cell_text(values[key]) for key in problems if key in values}
    return RowResult(
        row_number,
        settled.draft,
        problems or NOTHING,
        removed or NOTHING,
        name=draft.name,
        named_from_phone=named_from_phone,
        century_guessed=century_guessed(values.get("birthday"), dates, problems),
        opening_balance_cents=balance,
        written=written or NOTHING,
    )


class _Originals(Mapping[str, str]):
    """Each cell's text as written, made only when the customer service refuses a field (a
    few rows in a file): not 16 strings for every row of 100,000."""

    def __init__(self, values: dict[str, Cell]) -> None:
        self._values = values

    def __getitem__(self, key: str) -> str:
        return cell_text(self._values[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def _code_words() -> dict[str, dict[str, str]]:
    """Word (in any language our export writes, or the code itself) -> code, for temperaments."""
    temperaments = {}
    for code, source in TEMPERAMENTS.items():
        words = {header_key(translate(LABELS, source, lang)): code for lang in SUPPORTED}
        temperaments.update(words)
        temperaments[header_key(code)] = code
    return {"temperament": temperaments}


@lru_cache(maxsize=65_536, typed=True)  # typed: True, 1 and 1.0 are different cells
def _cell_text(value: Cell) -> tuple[str, str]:
    """A cell's text cleaned (text_cleaning), "" for an empty mark, and the characters removed
    ("U+000B", "" for none). Cached: a column of 100,000 rows holds a few hundred genders,
    occupations, dates and tags, read once each; preview clears it when done."""
    cell = clean_display(cell_text(value))
    kept = "" if is_empty_mark(cell.text) else cell.text.strip()
    return kept, describe_removed(cell.removed) if cell.removed else ""


def _draft(
    values: dict[str, Cell],
    words: dict[str, dict[str, str]],
    problems: dict[str, FieldProblem],
    removed: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
    dates: DateColumn | None = None,
) -> CustomerDraft:
    """The row as a draft, each cell read by the clerks' habits (import_cells); each cell
    cleaned (text_cleaning), what was removed noted in ``removed`` (field -> "U+000B"), not a
    problem: the row is still imported. A cell no habit covers leaves its field empty, is named
    in ``problems`` and kept in the notes as written (import_row_rules.ORIGINAL_NOTE). The name
    is "" when the row gives none (the row rules then name it from the phone)."""
    headers = headers or {}
    text: dict[str, str] = {}
    for name, value in values.items():
        text[name], gone = _cell_text(value)
        if gone and removed is not None:
            removed.setdefault(field_of(name), gone)
    values = {name: value if text[name] else None for name, value in values.items()}
    notes = RowNotes()
    gender = _gender(text.get("gender", ""), problems)
    birthday = read_birthday(
        values.get("birthday"), dates or DateColumn(shop_clock.today()), problems
    )
    temperament = None
    if text.get("temperament"):
        temperament = words["temperament"].get(header_key(text["temperament"]))
        if temperament is None:
            problems["temperament"] = FieldProblem.UNKNOWN_CHOICE
    is_important = read_flag(text.get("is_important", ""))
    if is_important is None:
        problems["is_important"] = FieldProblem.UNKNOWN_CHOICE
    cadence = _cadence(values.get("follow_up_cadence_days"), problems)
    for name in sorted(problems):  # each cell not understood, kept as written
        notes.keep_original(headers.get(name, name), text.get(name, ""))
    phones, labels = row_phones(text, headers, problems, notes)
    occupation = _occupation(text, headers, notes)
    for key in slotted(tuple(text), "notes"):
        if key != "notes" and text[key]:  # the file's own notes column comes first, whole
            notes.labelled.append(
                LABELLED_NOTE.format(header=headers.get(key, key), text=text[key])
            )
    name = text.get("name", "") or joined_name(
        text.get("family_name", ""), text.get("given_name", ""), text.get("middle_name", "")
    )
    return CustomerDraft(
        name=name,
        gender=gender,
        birthday=birthday,
        phones=phones,
        phone_labels=labels,
        wechat_id=text.get("wechat_id", ""),
        address=text.get("address", ""),
        occupation=occupation,
        income_band=text.get("income_band", ""),
        family_situation=text.get("family_situation", ""),
        hobbies=text.get("hobbies", ""),
        temperament=temperament,
        is_important=bool(is_important),
        decision_maker=text.get("decision_maker", ""),
        tags=read_tags(text.get("tags", "")),
        notes=notes.joined(text.get("notes", "")),
        follow_up_cadence_days=cadence,
    )


def _occupation(text: dict[str, str], headers: dict[str, str], notes: RowNotes) -> str:
    """The row's first filled occupation column (a job title), else its employer (Company,
    工作单位); the other filled ones are kept in the notes with their headers."""
    filled = [key for key in slotted(tuple(text), "occupation") if text[key]]
    if text.get("employer"):
        filled.append("employer")
    for key in filled[1:]:
        notes.labelled.append(LABELLED_NOTE.format(header=headers.get(key, key), text=text[key]))
    return text[filled[0]] if filled else ""


def _cadence(value: Cell, problems: dict[str, FieldProblem]) -> int | None:
    """Days between follow-ups (the export's 回访周期（天）); a cell that is no number of days
    is named in ``problems`` and kept in the notes."""
    if value is None:
        return None
    try:
        return read_days(value)
    except ValueError:
        problems["follow_up_cadence_days"] = FieldProblem.UNKNOWN_CHOICE
        return None


def _gender(value: str, problems: dict[str, FieldProblem]) -> str:
    gender = read_gender(value)
    if gender is None:
        problems["gender"] = FieldProblem.UNKNOWN_CHOICE
        return "unknown"
    return gender
