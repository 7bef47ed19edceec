"""Moving in from old spreadsheets: map columns to fields, preview each row, then import every
row that holds a customer in one transaction (all or nothing; Cancel rolls back).

Headers are matched by the dictionary in import_headers; cells are read by the habits in
import_cells; which rows go in, and how a cell no habit covers is kept in the notes, is
import_row_rules. The words our own export writes (女/Female, 挑剔型/Picky, 是/Yes) are read
back, so an exported file imports unchanged. A phone already on file is skipped, updated or
imported as new, as chosen; a phone twice in the file, conflicts and notes past the limit follow
import_duplicates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from custdesk import clock as shop_clock
from custdesk.code_words import LABELS, TEMPERAMENTS
from custdesk.errors import CancelledError, FieldProblem
from custdesk.services.customers.customer_rows import load_customer
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.date_reading import DateOrder
from custdesk.services.customers.opening_balance import (
    BalanceDifference,
    balance_problem,
    offer_balance_in,
    set_new_balances_in,
)
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.bulk_work import cycle_collector_paused
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
    ambiguous_date,
    cell_text,
    century_guessed,
    date_column,
    read_birthday,
)
from custdesk.services.spreadsheets.import_duplicates import (
    Conflict,
    Decisions,
    Holder,
    Placement,
    Target,
    conflicts,
    phone_book,
    place_rows,
    planned,
)
from custdesk.services.spreadsheets.import_files import Cell, Table, read_table
from custdesk.services.spreadsheets.import_headers import (
    FIELDS,
    HEADER_WORDS,
    field_of,
    guess_mapping,
    header_key,
    with_the_rest_in_notes,
)
from custdesk.services.spreadsheets.import_row_rules import (
    LABELLED_NOTE,
    RowNotes,
    SkipReason,
    placeholder_name,
    row_phones,
    settle,
    skip_reason,
    slot_order,
)
from custdesk.storage.db import Database
from custdesk.storage.search_index import refresh_search_rows
from custdesk.text_cleaning import clean_display, describe_removed
from custdesk.words import SUPPORTED, translate

__all__ = ["FIELDS", "HEADER_WORDS", "guess_mapping"]  # the dictionary, as callers knew it here

# The language of the words an import adds to notes (另一写法：…) when the caller names none:
# the shop's, as the notes kept from cells not understood (生日（原表）：…) are written.
NOTES_LANGUAGE = "zh_CN"


class OnDuplicate(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    NEW = "new"


@dataclass(frozen=True)
class RowResult:
    row_number: int  # as the clerk sees it in the spreadsheet (header row + 1 ...)
    draft: CustomerDraft | None  # None when the row is not imported (``skip`` says why)
    # field -> why its cell was not understood; the field is left empty and the cell's text is
    # in the draft's notes ("生日（原表）：农历三月初八"): "imported, with a note"
    problems: dict[str, FieldProblem]
    # field -> the characters XML cannot hold that were removed from its cell ("U+000B"); the
    # row is imported all the same, and the report says so
    removed: dict[str, str] = field(default_factory=dict)
    skip: SkipReason | None = None
    name: str = ""  # as the messages name the row: the draft's, or the file's name cell
    named_from_phone: bool = False  # 未留名 + the phone's last four digits: the clerk names them
    # A birthday written with a two-digit year (90-05-03), its century chosen: the cell as
    # written, "" when none was guessed; the row is listed for the clerk to check.
    century_guessed: str = ""
    # The amount column (消费金额, 累计消费) in fen: the customer's opening balance "from the
    # old list" (customers.opening_balance: stored by its rule; 0 or None stores nothing).
    opening_balance_cents: int | None = None

    @property
    def noted(self) -> bool:
        """Imported, with a note: a cell was kept in the notes as written."""
        return self.draft is not None and bool(self.problems)


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    # (row, "name: U+000B; notes: U+FFFF"): imported rows whose cells lost invisible characters
    cleaned: list[tuple[int, str]] = field(default_factory=list)
    # rows that went in and ask the clerk to look: named from the phone, with a note, folded
    # into an earlier row, or with notes continued past the limit
    listed: list[int] = field(default_factory=list)
    # (row, "birthday"): imported with a note, the fields whose cells went to the notes
    noted: list[tuple[int, str]] = field(default_factory=list)
    folded: dict[int, Holder] = field(default_factory=dict)  # row -> the earlier row it joined
    # rows not imported for whom their phones belong to (TWO_OWNERS, IN_TRASH)
    held_by: dict[int, tuple[Holder, ...]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)  # each with what was decided
    continued: list[int] = field(default_factory=list)  # rows whose notes ran past the limit
    # row -> an opening balance on file that the row's differs from: the one on file was kept
    # (customers.opening_balance); these rows are listed too
    balance_differences: dict[int, BalanceDifference] = field(default_factory=dict)


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
        return RowResult(row_number, None, {}, skip=skip, name=shown)
    problems: dict[str, FieldProblem] = {}
    removed: dict[str, str] = {}
    draft = _draft(values, words, problems, removed, headers, dates)
    named_from_phone = not draft.name and bool(draft.phones)
    if named_from_phone:
        draft = replace(draft, name=placeholder_name(draft.phones[0]))
    elif not draft.name:
        return RowResult(row_number, None, {}, skip=SkipReason.NO_NAME_OR_PHONE)
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
    return RowResult(
        row_number,
        settled.draft,
        problems,
        removed,
        name=draft.name,
        named_from_phone=named_from_phone,
        century_guessed=century_guessed(values.get("birthday"), dates, problems),
        opening_balance_cents=balance,
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


def import_rows(
    db: Database,
    customers: CustomerService,
    rows: Sequence[RowResult],
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    *,
    progress: Callable[[int, int], bool] | None = None,
    now: dt.datetime | None = None,
    decisions: Decisions | None = None,
    language: str = NOTES_LANGUAGE,
) -> ImportReport:
    """All good rows in one transaction; rows with problems are reported, never half-saved.
    A phone already on file, or twice in the file, is met by the rules of import_duplicates:
    each conflict decided by ``decisions`` (default: keep what is held), the words added to
    notes in ``language``. CancelledError (nothing written) when ``progress`` says stop.
    A row's opening balance (RowResult.opening_balance_cents) is stored by the rule of
    customers.opening_balance: set on a customer who has none, else a difference listed in
    ``report.balance_differences``."""
    moment = now or shop_clock.now()
    report = ImportReport()
    with db.writing() as session:
        book = phone_book(session, customers)
        placed = place_rows(rows, on_duplicate, book, decisions or Decisions(), language, progress)
        by_row = {result.row_number: result for result in rows}
        for row_number in placed.went_in:
            result = by_row[row_number]
            if result.removed:  # only rows that go in: a skipped row is reported as skipped
                report.cleaned.append((row_number, _removed_note(result.removed)))
        listed = {
            row
            for row in placed.went_in
            if by_row[row].named_from_phone or by_row[row].noted or by_row[row].century_guessed
        }
        report.listed = sorted(listed | set(placed.folded) | set(placed.continued))
        report.skipped = placed.skipped
        report.folded, report.held_by = placed.folded, placed.held_by
        report.conflicts, report.continued = placed.conflicts, placed.continued
        touched: list[int] = []
        for customer_id, target in placed.updates.items():
            assert target.before is not None  # a customer on file
            customer = load_customer(session, customer_id)
            customers.update_in(session, customer, target.before, target.draft, moment)
            for row in target.rows:
                cents = by_row[row].opening_balance_cents or 0
                difference = offer_balance_in(session, customer, cents)
                if difference is not None:
                    report.balance_differences[row] = difference
            touched.append(customer_id)
        report.updated = len(placed.updates)
        new = [target.draft for target in placed.new]
        report.noted = [
            (row, ", ".join(sorted(by_row[row].problems)))
            for row in placed.went_in
            if by_row[row].noted
        ]
        created = customers.create_many_in(session, new, moment)
        firsts = _new_balances(placed.new, created, by_row, report)
        set_new_balances_in(session, firsts)
        touched.extend(created)
        report.imported = len(new)
        report.listed = sorted(set(report.listed) | set(report.balance_differences))
        refresh_search_rows(session, touched)
        if progress is not None and not progress(len(rows), len(rows)):
            raise CancelledError("Import cancelled; nothing was imported.")
    return report


def _code_words() -> dict[str, dict[str, str]]:
    """Word (in any language our export writes, or the code itself) -> code, for temperaments."""
    temperaments = {}
    for code, source in TEMPERAMENTS.items():
        words = {header_key(translate(LABELS, source, lang)): code for lang in SUPPORTED}
        temperaments.update(words)
        temperaments[header_key(code)] = code
    return {"temperament": temperaments}


def _new_balances(
    targets: Sequence[Target],
    created: Sequence[int],
    by_row: dict[int, RowResult],
    report: ImportReport,
) -> list[tuple[int, int]]:
    """(customer id, fen) for each new customer whose rows give an opening balance: the first
    row's amount, by the rule of customers.opening_balance; a later row of the same customer
    (the same phone) giving another amount is listed as a difference, as for one on file."""
    balances = []
    for target, customer_id in zip(targets, created, strict=True):
        held = 0
        for row in target.rows:
            cents = by_row[row].opening_balance_cents or 0
            if cents <= 0 or cents == held:
                continue
            if held:
                report.balance_differences[row] = BalanceDifference(customer_id, held, cents)
            else:
                held = cents
        if held:
            balances.append((customer_id, held))
    return balances


@lru_cache(maxsize=65_536, typed=True)  # typed: True, 1 and 1.0 are different cells
def _cell_text(value: Cell) -> tuple[str, str]:
    """A cell's text cleaned (text_cleaning), "" for an empty mark, and the characters removed
    ("U+000B", "" for none). Cached: a column of 100,000 rows holds a few hundred genders,
    occupations, dates and tags, read once each; preview clears it when done."""
    cell = clean_display(cell_text(value))
    kept = "" if is_empty_mark(cell.text) else cell.text.strip()
    return kept, describe_removed(cell.removed) if cell.removed else ""


def _removed_note(removed: dict[str, str]) -> str:
    return "; ".join(f"{name}: {chars}" for name, chars in removed.items())


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
    for key in sorted((key for key in text if key.startswith("notes#")), key=slot_order):
        if text[key]:
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
        occupation=text.get("occupation", ""),
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
        """The columns the dictionary knows, and every other filled-in header kept in the notes
        (import_headers.with_the_rest_in_notes)."""
        return with_the_rest_in_notes(headers, guess_mapping(headers))

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

    def plan(
        self, rows: Sequence[RowResult], on_duplicate: OnDuplicate, language: str = NOTES_LANGUAGE
    ) -> Placement:
        """Where each checked row would go under ``on_duplicate`` (import_duplicates.planned):
        the rows skipped, the conflicts; nothing is written."""
        with cycle_collector_paused():
            return planned(self._db, self._customers, rows, on_duplicate, language)

    def conflicts(
        self, rows: Sequence[RowResult], on_duplicate: OnDuplicate, language: str = NOTES_LANGUAGE
    ) -> list[Conflict]:
        """The checking step's conflicts under ``on_duplicate`` (import_duplicates.conflicts)."""
        with cycle_collector_paused():
            return conflicts(self._db, self._customers, rows, on_duplicate, language)

    def run(
        self,
        rows: Sequence[RowResult],
        on_duplicate: OnDuplicate,
        progress: Callable[[int, int], bool] | None = None,
        *,
        decisions: Decisions | None = None,
        language: str = NOTES_LANGUAGE,
    ) -> ImportReport:
        """The import (``import_rows``), after the backup the app makes first."""
        self._before_import()
        with cycle_collector_paused():
            return import_rows(
                self._db,
                self._customers,
                rows,
                on_duplicate,
                progress=progress,
                decisions=decisions,
                language=language,
            )
