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
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import (
    CustomerService,
    birthday_problem,
    load_customer,
)
from custdesk.services.customers.date_reading import DateOrder, Reading, order_in, read_date
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.bulk_work import cycle_collector_paused
from custdesk.services.spreadsheets.import_files import Cell, Table, read_table
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.search_index import refresh_search_rows
from custdesk.text_cleaning import clean_display, describe_removed
from custdesk.words import SUPPORTED, translate

PROGRESS_EVERY = 500
_SEPARATORS = re.compile(r"[,，;；、/|]+")
ORIGINAL_NOTE = "{header}（原表）：{text}"  # a cell no habit covers, kept in the notes

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
    # fields whose cell no habit covers (农历三月初八 as a birthday): left empty, the cell's
    # text put in the notes as ORIGINAL_NOTE; the row is "imported, with a note"
    noted: tuple[str, ...] = ()


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    # (row, "name: U+000B; notes: U+FFFF"): imported rows whose cells lost invisible characters
    cleaned: list[tuple[int, str]] = field(default_factory=list)
    # (row, "birthday"): imported with a note, the fields whose cells went to the notes
    noted: list[tuple[int, str]] = field(default_factory=list)


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


@dataclass(frozen=True)
class DateColumn:
    """How a file's birthday column is read (date_reading.read_date's settings)."""

    header: str  # as the file names it, for the notes: 出生年月（原表）：1990.05
    today: dt.date  # two-digit years never put a birthday after it
    order: DateOrder | None = None  # the clerk's, else what the column shows (order_in)
    date_1904: bool = False  # the workbook's day serials count from 1904


def date_column(
    table: Table, mapping: dict[str, int], order: DateOrder | None, today: dt.date
) -> DateColumn:
    """The birthday column's reading settings: ``order`` when the clerk gave one, else the
    order its own dates show (a first part above 12 is a day), else none."""
    index = mapping.get("birthday")
    if index is None:
        return DateColumn("", today, order, table.date_1904)
    found = order or order_in(row[index] for row in table.rows if index < len(row))
    return DateColumn(table.headers[index], today, found, table.date_1904)


def ambiguous_date(
    table: Table, mapping: dict[str, int], order: DateOrder | None, today: dt.date
) -> str | None:
    """The first birthday cell that reads as day-month or month-day alike (5/3/1990) once the
    column's own evidence is used, or None: when there is one, the wizard and ``custdesk
    import`` ask for the order (dmy, mdy, ymd) before checking the rows."""
    dates = date_column(table, mapping, order, today)
    index = mapping.get("birthday")
    if index is None:
        return None
    for row in table.rows:
        value = row[index] if index < len(row) else None
        read = read_date(value, today=today, order=dates.order, date_1904=dates.date_1904)
        if read.reading is Reading.AMBIGUOUS:
            return _text(value)
    return None


def preview(
    table: Table,
    mapping: dict[str, int],
    customers: CustomerService,
    date_order: DateOrder | None = None,
) -> list[RowResult]:
    """Every row checked exactly as the form would check it; nothing is written. Birthdays are
    read in ``date_order`` when given, else in the order the column shows; one still ambiguous
    (the caller did not ask: see ambiguous_date) goes to the notes like any unreadable one."""
    words = _code_words()
    dates = date_column(table, mapping, date_order, shop_clock.today())
    header_row = 1
    results = []
    for offset, row in enumerate(table.rows, start=header_row + 1):
        values = {name: row[index] for name, index in mapping.items() if index < len(row)}
        problems: dict[str, FieldProblem] = {}
        removed: dict[str, str] = {}
        noted: list[str] = []
        draft = _draft(values, words, problems, removed, dates, noted)
        if not problems:
            try:
                draft = customers.validate(draft)
            except ValidationError as exc:
                problems.update({key.split(".")[0]: code for key, code in exc.field_errors.items()})
        result = RowResult(offset, None if problems else draft, problems, removed, tuple(noted))
        results.append(result)
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
            if result.noted:
                report.noted.append((result.row_number, ", ".join(result.noted)))
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
    removed: dict[str, str],
    dates: DateColumn,
    noted: list[str],
) -> CustomerDraft:
    """The row as a draft; each cell cleaned (text_cleaning), what was removed noted in
    ``removed`` (field -> "U+000B"), not a problem: the row is still imported. A cell no habit
    covers is left empty, its text added to the notes and its field to ``noted``."""
    text: dict[str, str] = {}
    for name, value in values.items():
        cell = clean_display(_text(value))
        text[name] = cell.text.strip()
        if cell.removed:
            removed[name] = describe_removed(cell.removed)
    gender = _gender(text.get("gender", ""), problems)
    birthday, unread = _birthday(values.get("birthday"), dates)
    notes = [text.get("notes", "")]
    if unread:
        notes.append(ORIGINAL_NOTE.format(header=dates.header, text=text["birthday"]))
        noted.append("birthday")
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
        notes="\n".join(note for note in notes if note),
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


def _birthday(value: Cell, dates: DateColumn) -> tuple[Birthday | None, bool]:
    """The cell's birthday (date_reading), and whether the cell held something that is not one
    a customer can have (not a date, a year and month only, a day after today or before 1900),
    which then goes to the notes."""
    read = read_date(value, today=dates.today, order=dates.order, date_1904=dates.date_1904)
    if read.reading is Reading.EMPTY:
        return None, False
    if read.birthday is None or birthday_problem(read.birthday, dates.today) is not None:
        return None, True
    return read.birthday, False


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

    def read(self, path: Path, sheet: str | None = None) -> Table:
        with cycle_collector_paused():
            return read_table(path, sheet)

    def guess(self, headers: Sequence[str]) -> dict[str, int]:
        return guess_mapping(headers)

    def ambiguous_date(
        self, table: Table, mapping: dict[str, int], date_order: DateOrder | None = None
    ) -> str | None:
        """A birthday the clerk must give the day/month order for (see ambiguous_date)."""
        return ambiguous_date(table, mapping, date_order, shop_clock.today())

    def check(
        self, table: Table, mapping: dict[str, int], date_order: DateOrder | None = None
    ) -> list[RowResult]:
        with cycle_collector_paused():
            return preview(table, mapping, self._customers, date_order)

    def run(
        self,
        rows: Sequence[RowResult],
        on_duplicate: OnDuplicate,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ImportReport:
        self._before_import()
        with cycle_collector_paused():
            return import_rows(self._db, self._customers, rows, on_duplicate, progress=progress)
