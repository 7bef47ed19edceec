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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from custdesk import clock as shop_clock
from custdesk.services.customers.customer_rows import load_customer
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.date_reading import DateOrder
from custdesk.services.customers.opening_balance import (
    BalanceDifference,
    offer_balance_in,
    set_new_balances_in,
)
from custdesk.services.shop.bulk_work import cycle_collector_paused
from custdesk.services.spreadsheets.import_check import OnDuplicate, RowResult, preview
from custdesk.services.spreadsheets.import_dates import (
    ambiguous_date,
)
from custdesk.services.spreadsheets.import_duplicates import (
    PROGRESS_EVERY,
    Conflict,
    Decisions,
    Holder,
    Placement,
    Target,
    conflicts,
    place_rows,
    planned,
    told_progress,
)
from custdesk.services.spreadsheets.import_files import Table, read_table
from custdesk.services.spreadsheets.import_headers import (
    FIELDS,
    HEADER_WORDS,
    guess_mapping,
    with_the_rest_in_notes,
)
from custdesk.services.spreadsheets.import_phone_book import phone_book
from custdesk.storage.db import Database
from custdesk.storage.search_index import refresh_search_rows

# The dictionary and the checked rows, as callers knew them here.
__all__ = ["FIELDS", "HEADER_WORDS", "OnDuplicate", "RowResult", "guess_mapping", "preview"]

# The language of the words an import adds to notes (另一写法：…) when the caller names none:
# the shop's, as the notes kept from cells not understood (生日（原表）：…) are written.
NOTES_LANGUAGE = "zh_CN"


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0  # customers on file a row matched that it had nothing new for
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    # (row, "name: U+000B; notes: U+FFFF"): imported rows whose cells lost invisible characters
    cleaned: list[tuple[int, str]] = field(default_factory=list)
    # rows that went in and ask the clerk to look: named from the phone, with a note, folded
    # into an earlier row, or with notes continued past the limit
    listed: list[int] = field(default_factory=list)
    # (row, "birthday"): imported with a note, the fields whose cells went to the notes
    noted: list[tuple[int, str]] = field(default_factory=list)
    folded: dict[int, Holder] = field(default_factory=dict)  # row -> the earlier row it joined
    # row -> the earlier row whose phone it shares under another name: imported as its own
    shared: dict[int, Holder] = field(default_factory=dict)
    # rows not imported for whom their phones belong to (TWO_OWNERS, IN_TRASH)
    held_by: dict[int, tuple[Holder, ...]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)  # each with what was decided
    continued: list[int] = field(default_factory=list)  # rows whose notes ran past the limit
    # row -> an opening balance on file that the row's differs from: the one on file was kept
    # (customers.opening_balance); these rows are listed too
    balance_differences: dict[int, BalanceDifference] = field(default_factory=dict)


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
        report.listed = sorted(
            listed | set(placed.folded) | set(placed.shared) | set(placed.continued)
        )
        report.skipped = placed.skipped
        report.folded, report.held_by = placed.folded, placed.held_by
        report.shared = placed.shared
        report.conflicts, report.continued = placed.conflicts, placed.continued
        touched: list[int] = []
        # The writing counts again from 0: customers updated, then created, of all it writes.
        writing = len(placed.updates) + len(placed.new)
        for done, (customer_id, target) in enumerate(placed.updates.items()):
            told_progress(progress, done, writing, step=PROGRESS_EVERY)
            assert target.before is not None  # a customer on file
            customer = load_customer(session, customer_id)
            balance_before = customer.opening_balance_cents
            changed = target.changes_file
            if changed:
                customers.update_in(session, customer, target.before, target.draft, moment)
                touched.append(customer_id)
            for row in target.rows:
                cents = by_row[row].opening_balance_cents or 0
                difference = offer_balance_in(session, customer, cents)
                if difference is not None:
                    report.balance_differences[row] = difference
            if not changed and customer.opening_balance_cents == balance_before:
                report.unchanged += 1
        report.updated = len(placed.updates) - report.unchanged
        new = [target.draft for target in placed.new]
        report.noted = [
            (row, ", ".join(sorted(by_row[row].problems)))
            for row in placed.went_in
            if by_row[row].noted
        ]
        created = customers.create_many_in(
            session,
            new,
            moment,
            lambda made: told_progress(progress, len(placed.updates) + made, writing, step=1),
        )
        firsts = _new_balances(placed.new, created, by_row, report)
        set_new_balances_in(session, firsts)
        report.imported = len(new)
        report.listed = sorted(set(report.listed) | set(report.balance_differences))
        refresh_search_rows(session, touched)  # the updated; create_many_in indexed the new
        told_progress(progress, len(rows), len(rows), step=1)
    return report


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


def _removed_note(removed: Mapping[str, str]) -> str:
    return "; ".join(f"{name}: {chars}" for name, chars in removed.items())


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
