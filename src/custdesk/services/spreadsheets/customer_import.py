"""Moving in from old spreadsheets: map columns to fields, preview each row's problems, then
import every good row in one transaction (all or nothing; Cancel rolls back).

Headers are matched in Chinese and English (姓名/name, 电话/手机/phone, 生日/birthday...), and the
words our own export writes (女/Female, 挑剔型/Picky, 是/Yes) are read back, so an exported file
imports unchanged. A phone already on file is skipped, updated or imported as new, as chosen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.code_words import LABELS, TEMPERAMENTS
from custdesk.errors import CancelledError, FieldProblem, ValidationError
from custdesk.resources import load_seed
from custdesk.services.customers.customers import CustomerService, load_customer
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.bulk_work import cycle_collector_paused
from custdesk.services.spreadsheets.import_files import Cell, Table, read_table
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.search_index import refresh_search_rows
from custdesk.text_cleaning import clean_display, describe_removed, key_text
from custdesk.words import SUPPORTED, translate

PROGRESS_EVERY = 500
_SEPARATORS = re.compile(r"[,，;；、/|]+")
_EXCEL_EPOCH = dt.date(1899, 12, 30)

# Field -> header words (compared without case, spaces or punctuation); a seed, easy to extend.
HEADER_WORDS: dict[str, list[str]] = load_seed("import_headers")
FIELDS = tuple(HEADER_WORDS)
_TRUE = {"是", "y", "yes", "true", "1", "√", "✓", "重要", "vip"}
_FEMALE = {"女", "女士", "f", "female", "woman", "小姐"}
_MALE = {"男", "男士", "m", "male", "man", "先生"}
_UNKNOWN = {"", "-", "—", "未知", "unknown"}


class OnDuplicate(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    NEW = "new"


@dataclass(frozen=True)
class RowResult:
    row_number: int  # as the clerk sees it in the spreadsheet (header row + 1 ...)
    draft: CustomerDraft | None  # None when the row has problems
    problems: dict[str, FieldProblem]  # field -> why its value was refused
    # field -> the characters XML cannot hold that were removed from its cell ("U+000B"); the
    # row is imported all the same, and the report says so
    removed: dict[str, str] = field(default_factory=dict)


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    # (row, "name: U+000B; notes: U+FFFF"): imported rows whose cells lost invisible characters
    cleaned: list[tuple[int, str]] = field(default_factory=list)


def _key(text: str) -> str:
    return re.sub(r"[\s_:：\-()（）*]+", "", text.casefold())


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field -> column index, for every header that names a field."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = _key(header)
        for name, words in HEADER_WORDS.items():
            if name not in mapping and key in {_key(word) for word in words}:
                mapping[name] = index
                break
    return mapping


def preview(table: Table, mapping: dict[str, int], customers: CustomerService) -> list[RowResult]:
    """Every row checked exactly as the form would check it; nothing is written."""
    words = _code_words()
    results = []
    for offset, row in zip(table.row_numbers, table.rows, strict=True):
        values = {name: row[index] for name, index in mapping.items() if index < len(row)}
        problems: dict[str, FieldProblem] = {}
        removed: dict[str, str] = {}
        draft = _draft(values, words, problems, removed)
        if not problems:
            try:
                draft = customers.validate(draft)
            except ValidationError as exc:
                problems.update({key.split(".")[0]: code for key, code in exc.field_errors.items()})
        results.append(RowResult(offset, None if problems else draft, problems, removed))
    return results


def import_rows(
    db: Database,
    customers: CustomerService,
    rows: Sequence[RowResult],
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    *,
    progress: Callable[[int, int], bool] | None = None,
    now: dt.datetime | None = None,
) -> ImportReport:
    """All good rows in one transaction; rows with problems are reported, never half-saved."""
    moment = now or shop_clock.now()
    report = ImportReport()
    touched: list[int] = []
    with db.writing() as session:
        owner = _phone_owners(session)
        new: list[CustomerDraft] = []
        for done, result in enumerate(rows, start=1):
            due = done % PROGRESS_EVERY == 0
            if due and progress is not None and not progress(done, len(rows)):
                raise CancelledError("Import cancelled; nothing was imported.")
            if result.draft is None:
                report.skipped.append((result.row_number, ", ".join(sorted(result.problems))))
                continue
            draft = result.draft
            holder = next((owner[n] for n in draft.phones if n in owner), None)
            if holder is not None and on_duplicate is OnDuplicate.SKIP:
                report.skipped.append((result.row_number, "duplicate_phone"))
                continue
            if result.removed:  # only rows that go in: a skipped row is reported as skipped
                report.cleaned.append((result.row_number, _removed_note(result.removed)))
            if holder is not None and holder > 0 and on_duplicate is OnDuplicate.UPDATE:
                customer = load_customer(session, holder)
                before = customers.draft_in(session, customer)
                customers.update_in(session, customer, before, _merged(before, draft), moment)
                report.updated += 1
                touched.append(customer.id)
            else:
                new.append(draft)  # inserted together below
                report.imported += 1
            for number in draft.phones:
                owner.setdefault(number, -len(new))  # a row of this file (not yet an id)
        touched.extend(customers.create_many_in(session, new, moment))
        refresh_search_rows(session, touched)
        if progress is not None and not progress(len(rows), len(rows)):
            raise CancelledError("Import cancelled; nothing was imported.")
    return report


def _phone_owners(session: Session) -> dict[str, int]:
    query = (
        select(orm.CustomerPhone.number, orm.CustomerPhone.customer_id)
        .join(orm.Customer, orm.Customer.id == orm.CustomerPhone.customer_id)
        .where(orm.Customer.deleted_at.is_(None))
    )
    return {number: customer_id for number, customer_id in session.execute(query).all()}  # noqa: C416


def _merged(before: CustomerDraft, incoming: CustomerDraft) -> CustomerDraft:
    """Update: the file's non-empty values win; phones and tags are added, never dropped."""
    changes: dict[str, object] = {}
    for name in FIELDS:
        value = getattr(incoming, name)
        if name == "phones":
            changes[name] = tuple(dict.fromkeys((*before.phones, *incoming.phones)))
        elif name == "tags":
            changes[name] = tuple(dict.fromkeys((*before.tags, *incoming.tags)))
        elif value not in (None, "", "unknown", False):
            changes[name] = value
    return replace(before, **changes)  # type: ignore[arg-type]


def _code_words() -> dict[str, dict[str, str]]:
    """Word (in any language our export writes, or the code itself) -> code, for temperaments."""
    temperaments = {}
    for code, source in TEMPERAMENTS.items():
        temperaments.update({_key(translate(LABELS, source, lang)): code for lang in SUPPORTED})
        temperaments[_key(code)] = code
    return {"temperament": temperaments}


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 13800138000.0 from a number-formatted phone column
    return str(value).strip()


def _removed_note(removed: dict[str, str]) -> str:
    return "; ".join(f"{name}: {chars}" for name, chars in removed.items())


def _draft(
    values: dict[str, Cell],
    words: dict[str, dict[str, str]],
    problems: dict[str, FieldProblem],
    removed: dict[str, str] | None = None,
) -> CustomerDraft:
    """The row as a draft; each cell cleaned (text_cleaning), what was removed noted in
    ``removed`` (field -> "U+000B"), not a problem: the row is still imported."""
    text: dict[str, str] = {}
    for name, value in values.items():
        cell = clean_display(_text(value))
        text[name] = cell.text.strip()
        if cell.removed and removed is not None:
            removed[name] = describe_removed(cell.removed)
    gender = _gender(text.get("gender", ""), problems)
    birthday = _birthday(values.get("birthday"), problems)  # a string cell is read as key text
    temperament = None
    if text.get("temperament"):
        temperament = words["temperament"].get(_key(text["temperament"]))
        if temperament is None:
            problems["temperament"] = FieldProblem.UNKNOWN_CHOICE
    return CustomerDraft(
        name=text.get("name", ""),
        gender=gender,
        birthday=birthday,
        phones=tuple(p.strip() for p in _SEPARATORS.split(text.get("phones", "")) if p.strip()),
        wechat_id=text.get("wechat_id", ""),
        address=text.get("address", ""),
        occupation=text.get("occupation", ""),
        income_band=text.get("income_band", ""),
        family_situation=text.get("family_situation", ""),
        hobbies=text.get("hobbies", ""),
        temperament=temperament,
        is_important=text.get("is_important", "").casefold() in _TRUE,
        decision_maker=text.get("decision_maker", ""),
        tags=tuple(t.strip() for t in _SEPARATORS.split(text.get("tags", "")) if t.strip()),
        notes=text.get("notes", ""),
    )


def _gender(value: str, problems: dict[str, FieldProblem]) -> str:
    folded = value.casefold()
    if folded in _FEMALE:
        return "female"
    if folded in _MALE:
        return "male"
    if folded not in _UNKNOWN:
        problems["gender"] = FieldProblem.UNKNOWN_CHOICE
    return "unknown"


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", re.ASCII),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$", re.ASCII),
)


def _birthday(value: Cell, problems: dict[str, FieldProblem]) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and 1 <= value < 100_000:  # an Excel day number
        return _EXCEL_EPOCH + dt.timedelta(days=int(value))
    for pattern in _DATE_PATTERNS:
        match = pattern.match(key_text(str(value)).strip())
        if match:
            try:
                return dt.date(*(int(part) for part in match.groups()))
            except ValueError:
                break
    problems["birthday"] = FieldProblem.INVALID_DATE
    return None


class ImportService:
    """The import steps as the wizard and ``custdesk import`` use them."""

    def __init__(
        self,
        db: Database,
        customers: CustomerService,
        before_import: Callable[[], object] = lambda: None,
    ) -> None:
        self._db, self._customers = db, customers
        self._before_import = before_import  # the app makes a backup here

    def read(self, path: Path, sheet: str | None = None, header_row: int | None = None) -> Table:
        """The file as a Table; ``header_row`` as read_table takes it (None: found)."""
        with cycle_collector_paused():
            return read_table(path, sheet, header_row)

    def guess(self, headers: Sequence[str]) -> dict[str, int]:
        return guess_mapping(headers)

    def check(self, table: Table, mapping: dict[str, int]) -> list[RowResult]:
        with cycle_collector_paused():
            return preview(table, mapping, self._customers)

    def run(
        self,
        rows: Sequence[RowResult],
        on_duplicate: OnDuplicate,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ImportReport:
        self._before_import()
        with cycle_collector_paused():
            return import_rows(self._db, self._customers, rows, on_duplicate, progress=progress)
