"""The second kind of import (issue 17, "Old purchases come along"): a shop's purchase or visit
history, one row each (phone, date, item or kind, amount, notes), added to customers on file.

A file is read as the customer import reads one (import_files.read_table: the header row found,
or named), its columns matched by the words of ``resources/seeds/history_headers.json`` (the
customer and phone words are the customer import's own), and each row checked before anything
is written:
- The customer: by the row's phone when it has one (the numbers on file must all be one
  customer's), else by its name when exactly one active customer has that name. A row that
  matches nobody, or more than one customer, is listed with why; it is never guessed.
- The date: a full date (date_reading.read_date); a month and day alone, a year and month, or
  something else is a problem for the row, and so is a day after today (the shop's day).
- Purchases are checked by the purchase rules (purchases.check_purchase: an item is required,
  the amount in yuan, at most two decimals); visits by the visit rules (visits.validate_visit),
  their kind read from the words clerks write (到店, 电话, 短信, 上门, 问候…; blank: a store
  visit), the item column as the visit's purpose. A visit dated by day only is kept at the
  start of that day.
- Header and total rows are skipped as in the customer import (import_row_rules.skip_reason).

Every good row goes in one transaction (Cancel rolls all back); each customer's figures are then
rebuilt as for purchases and visits typed in (total spent, last purchase and contact, stage), and
a customer with a follow-up rhythm gets the next contact after the latest visit imported, as
logging a visit would schedule it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from custdesk import clock as shop_clock
from custdesk.errors import CancelledError
from custdesk.resources import load_seed
from custdesk.services.contacts.cadence import schedule_by_cadence
from custdesk.services.contacts.visits import add_visit, validate_visit
from custdesk.services.customers.aggregates import StageRulesIn, refresh_aggregates
from custdesk.services.customers.customer_rows import load_customer
from custdesk.services.customers.date_reading import DateOrder, Reading, order_in, read_date
from custdesk.services.customers.purchases import add_purchase, check_purchase
from custdesk.services.shop.bulk_work import cycle_collector_paused
from custdesk.services.spreadsheets.history_rows import (
    HistoryKind,
    HistoryRow,
    MatchProblem,
    cell_text,
    customers_on_file,
    match_customer,
    read_record,
    visit_kind_words,
)
from custdesk.services.spreadsheets.import_files import Table, read_table
from custdesk.services.spreadsheets.import_headers import HEADER_WORDS, header_key
from custdesk.services.spreadsheets.import_row_rules import SkipReason, skip_reason
from custdesk.storage.db import Database

__all__ = ["HistoryKind", "HistoryRow", "MatchProblem"]  # callers find them here

PROGRESS_EVERY = 500


# Column key -> header words (compared by header_key). The customer columns use the customer
# import's words, so a history file and a customer list name them alike.
HISTORY_WORDS: dict[str, list[str]] = {
    "phone": HEADER_WORDS["phones"],
    "name": HEADER_WORDS["name"],
    **load_seed("history_headers"),
}
HISTORY_FIELDS = tuple(HISTORY_WORDS)  # phone, name, date, item, amount, quantity, kind, notes
_KEY_OF = {
    header_key(word): key for key, words in reversed(HISTORY_WORDS.items()) for word in words
}


@dataclass
class HistoryReport:
    kind: HistoryKind
    imported: int = 0  # purchases or visits added
    customers: int = 0  # how many customers they were added to
    skipped: list[int] = field(default_factory=list)  # rows not imported (each row says why)


def guess_history_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Column key -> column index for every header the history words know; the first column
    of each key wins (a second phone column is left out)."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = _KEY_OF.get(header_key(header))
        if key is not None and key not in mapping:
            mapping[key] = index
    return mapping


def guess_kind(mapping: dict[str, int]) -> HistoryKind:
    """Purchases when the file has an amount column, or an item column and no kind column;
    else visits. The clerk can say otherwise (the wizard's choice, ``--kind``)."""
    if "amount" in mapping or ("item" in mapping and "kind" not in mapping):
        return HistoryKind.PURCHASES
    return HistoryKind.VISITS


def can_match(mapping: dict[str, int]) -> bool:
    """True when the columns can name a customer (a phone or a name) and give a date."""
    return "date" in mapping and ("phone" in mapping or "name" in mapping)


def _date_order(table: Table, mapping: dict[str, int], order: DateOrder | None) -> DateOrder | None:
    index = mapping.get("date")
    if order is not None or index is None:
        return order
    return order_in(row[index] for row in table.rows if index < len(row))


def ambiguous_history_date(
    table: Table, mapping: dict[str, int], order: DateOrder | None, today: dt.date
) -> str | None:
    """The first date cell that reads as day-month or month-day alike (5/3/2024) once the
    column's own evidence is used, or None: the wizard and ``custdesk import-history`` then
    ask for the order (dmy, mdy, ymd) before checking the rows."""
    index = mapping.get("date")
    if index is None:
        return None
    found = _date_order(table, mapping, order)
    for row in table.rows:
        value = row[index] if index < len(row) else None
        read = read_date(value, today=today, order=found, date_1904=table.date_system_1904)
        if read.reading is Reading.AMBIGUOUS:
            return cell_text(value)
    return None


def check_history(
    db: Database,
    table: Table,
    mapping: dict[str, int],
    kind: HistoryKind,
    date_order: DateOrder | None = None,
    now: dt.datetime | None = None,
) -> list[HistoryRow]:
    """Every row matched to a customer and checked by the purchase or visit rules, as of
    ``now`` (default: the shop's clock); nothing is written. See the module docstring."""
    moment = now or shop_clock.now()
    order = _date_order(table, mapping, date_order)
    kinds = visit_kind_words()
    with db.reading() as session:
        on_file = customers_on_file(session)
    results = []
    for row_number, row in zip(table.row_numbers, table.rows, strict=True):
        values = {key: row[index] for key, index in mapping.items() if index < len(row)}
        skip = skip_reason(row, table.headers)
        if skip is not None:
            shown = "" if skip is SkipReason.HEADER_ROW else cell_text(values.get("name"))
            results.append(HistoryRow(row_number, shown, skip=skip))
            continue
        matched = match_customer(row_number, values, on_file)
        read = read_record(values, kind, kinds, order, table.date_system_1904, moment)
        results.append(
            replace(matched, purchase=read.purchase, visit=read.visit, problems=read.problems)
        )
    return results


def import_history(
    db: Database,
    rows: Sequence[HistoryRow],
    kind: HistoryKind,
    stage_rules: StageRulesIn,
    *,
    progress: Callable[[int, int], bool] | None = None,
    now: dt.datetime | None = None,
) -> HistoryReport:
    """Every ready row (HistoryRow.ready) added in one transaction, each checked again by the
    purchase or visit rules as of ``now``; then each customer's figures rebuilt as for records
    typed in. CancelledError, with nothing written, when ``progress`` says stop."""
    moment = now or shop_clock.now()
    report = HistoryReport(kind)
    latest_visit: dict[int, dt.date] = {}
    with db.writing() as session:
        for done, row in enumerate(rows, start=1):
            due = done % PROGRESS_EVERY == 0
            if due and progress is not None and not progress(done, len(rows)):
                raise CancelledError("Import cancelled; nothing was imported.")
            if not row.ready or row.customer_id is None:
                report.skipped.append(row.row_number)
            elif row.purchase is not None:
                draft, cents = check_purchase(row.purchase, moment.date())
                add_purchase(session, row.customer_id, draft, cents, moment)
                report.imported += 1
            elif row.visit is not None:
                visit = validate_visit(row.visit, moment)
                add_visit(session, row.customer_id, visit, moment)
                day = visit.occurred_at.date()
                latest_visit[row.customer_id] = max(day, latest_visit.get(row.customer_id, day))
                report.imported += 1
        touched = sorted({row.customer_id for row in rows if row.ready and row.customer_id})
        rules = stage_rules(session)
        for customer_id in touched:
            customer = load_customer(session, customer_id)
            if customer_id in latest_visit:
                schedule_by_cadence(session, customer, latest_visit[customer_id], moment)
            refresh_aggregates(session, customer, moment.date(), rules)
        report.customers = len(touched)
        if progress is not None and not progress(len(rows), len(rows)):
            raise CancelledError("Import cancelled; nothing was imported.")
    return report


class HistoryImportService:
    """The history import's steps as the wizard and ``custdesk import-history`` use them."""

    def __init__(
        self,
        db: Database,
        *,
        stage_rules: StageRulesIn,
        before_import: Callable[[], object] = lambda: None,
        clock: Callable[[], dt.datetime] = shop_clock.now,
    ) -> None:
        self._db = db
        self._stage_rules = stage_rules  # the shop's, for each customer's stage (aggregates)
        self._before_import = before_import  # the app makes a backup here
        self._clock = clock

    def read(self, path: Path, sheet: str | None = None, header_row: int | None = None) -> Table:
        """The file as a Table, as the customer import reads it (import_files.read_table)."""
        with cycle_collector_paused():
            return read_table(path, sheet, header_row)

    def guess(self, headers: Sequence[str]) -> dict[str, int]:
        return guess_history_mapping(headers)

    def ambiguous_date(
        self, table: Table, mapping: dict[str, int], date_order: DateOrder | None = None
    ) -> str | None:
        """A date the clerk must give the day/month order for (ambiguous_history_date)."""
        return ambiguous_history_date(table, mapping, date_order, self._clock().date())

    def check(
        self,
        table: Table,
        mapping: dict[str, int],
        kind: HistoryKind,
        date_order: DateOrder | None = None,
    ) -> list[HistoryRow]:
        with cycle_collector_paused():
            return check_history(self._db, table, mapping, kind, date_order, self._clock())

    def run(
        self,
        rows: Sequence[HistoryRow],
        kind: HistoryKind,
        progress: Callable[[int, int], bool] | None = None,
    ) -> HistoryReport:
        """The import (import_history), after the backup the app makes first."""
        self._before_import()
        with cycle_collector_paused():
            return import_history(
                self._db, rows, kind, self._stage_rules, progress=progress, now=self._clock()
            )
