"""One row of a history file, read: which customer it names and the purchase or visit it holds
(the rules are in history_import's docstring). Nothing here writes."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from custdesk.code_words import LABELS, VISIT_KINDS
from custdesk.errors import FieldProblem, ValidationError
from custdesk.resources import load_seed
from custdesk.services.contacts.visits import VisitDraft, VisitKind, validate_visit
from custdesk.services.customers.date_reading import DateOrder, Reading, read_date
from custdesk.services.customers.purchases import MAX_QUANTITY, PurchaseDraft, check_purchase
from custdesk.services.spreadsheets.import_cells import (
    folded,
    is_empty_mark,
    read_amount_cents,
    read_phones,
)
from custdesk.services.spreadsheets.import_files import Cell
from custdesk.services.spreadsheets.import_headers import header_key
from custdesk.services.spreadsheets.import_row_rules import SkipReason
from custdesk.storage import orm
from custdesk.text_cleaning import display_text
from custdesk.words import SUPPORTED, translate

# A refusal by the purchase or visit rules names their field; the row's column is named here.
_COLUMN_OF = {"purchased_on": "date", "occurred_at": "date", "purpose": "item"}


class HistoryKind(StrEnum):
    """What a history file holds (``custdesk import-history --kind``)."""

    PURCHASES = "purchases"
    VISITS = "visits"


class MatchProblem(StrEnum):
    """Why a history row names no one customer on file."""

    NO_PHONE_OR_NAME = "no_phone_or_name"
    PHONE_NOT_ON_FILE = "phone_not_on_file"
    PHONES_OF_SEVERAL = "phones_of_several"  # the cell's numbers belong to different customers
    NAME_NOT_ON_FILE = "name_not_on_file"
    NAME_NOT_UNIQUE = "name_not_unique"


@dataclass(frozen=True)
class HistoryRow:
    """One row of a history file, checked; nothing written."""

    row_number: int  # as the spreadsheet shows it
    name: str  # the customer's when matched, else the row's name cell ("" for none)
    customer_id: int | None = None
    purchase: PurchaseDraft | None = None  # for a purchases file, when the row is good
    visit: VisitDraft | None = None  # for a visits file, when the row is good
    # column key (date, item, amount, quantity, kind, notes) -> why its cell was refused
    problems: dict[str, FieldProblem] = field(default_factory=dict)
    match: MatchProblem | None = None
    skip: SkipReason | None = None  # a header or total row
    phone: str = ""  # the row's phone cell as written, for the messages
    namesakes: int = 0  # NAME_NOT_UNIQUE: how many active customers have the name

    @property
    def ready(self) -> bool:
        """Matched to one customer and accepted by the purchase or visit rules."""
        return self.customer_id is not None and (
            self.purchase is not None or self.visit is not None
        )


@dataclass(frozen=True)
class RowRecord:
    """What a row's cells hold: a purchase or a visit that the rules accept, or problems."""

    purchase: PurchaseDraft | None = None
    visit: VisitDraft | None = None
    problems: dict[str, FieldProblem] = field(default_factory=dict)


@dataclass(frozen=True)
class CustomersOnFile:
    """Who a row can name: active customers by phone (E.164) and by name."""

    by_phone: dict[str, int]
    by_name: dict[str, list[tuple[int, str]]]
    names: dict[int, str]


def customers_on_file(session: Session) -> CustomersOnFile:
    c = orm.Customer
    phones = (
        select(orm.CustomerPhone.number, orm.CustomerPhone.customer_id)
        .join(c, c.id == orm.CustomerPhone.customer_id)
        .where(c.deleted_at.is_(None))
    )
    by_phone = {number: customer_id for number, customer_id in session.execute(phones)}  # noqa: C416
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    names = {}
    for customer_id, name in session.execute(select(c.id, c.name).where(c.deleted_at.is_(None))):
        by_name[display_text(name).strip()].append((customer_id, name))
        names[customer_id] = name
    return CustomersOnFile(by_phone, dict(by_name), names)


def match_customer(
    row_number: int, values: dict[str, Cell], on_file: CustomersOnFile
) -> HistoryRow:
    """The row with its customer (customer_id, their name), or with why it names none."""
    name = display_text(cell_text(values.get("name"))).strip()
    name = "" if is_empty_mark(name) else name
    phone = cell_text(values.get("phone"))
    numbers = read_phones(phone).numbers if phone else ()
    if numbers:
        owners = {on_file.by_phone.get(number) for number in numbers}
        if None in owners and len(owners) == 1:
            return HistoryRow(row_number, name, match=MatchProblem.PHONE_NOT_ON_FILE, phone=phone)
        found = {owner for owner in owners if owner is not None}
        if len(found) > 1:
            return HistoryRow(row_number, name, match=MatchProblem.PHONES_OF_SEVERAL, phone=phone)
        (customer_id,) = found
        return HistoryRow(row_number, on_file.names[customer_id], customer_id, phone=phone)
    if not name:
        return HistoryRow(row_number, "", match=MatchProblem.NO_PHONE_OR_NAME, phone=phone)
    namesakes = on_file.by_name.get(name, [])
    if not namesakes:
        return HistoryRow(row_number, name, match=MatchProblem.NAME_NOT_ON_FILE, phone=phone)
    if len(namesakes) > 1:
        problem = MatchProblem.NAME_NOT_UNIQUE
        return HistoryRow(row_number, name, match=problem, phone=phone, namesakes=len(namesakes))
    customer_id, stored_name = namesakes[0]
    return HistoryRow(row_number, stored_name, customer_id, phone=phone)


def read_record(
    values: dict[str, Cell],
    kind: HistoryKind,
    kind_words: dict[str, str],
    order: DateOrder | None,
    date_1904: bool,
    now: dt.datetime,
) -> RowRecord:
    """The row's purchase or visit, checked by the rules of the records typed in as of ``now``,
    or the problems of its cells (by column key)."""
    problems: dict[str, FieldProblem] = {}
    text = {key: cell_text(value) for key, value in values.items()}
    text = {key: "" if is_empty_mark(value) else value for key, value in text.items()}
    day = None
    read = read_date(values.get("date"), today=now.date(), order=order, date_1904=date_1904)
    if read.reading is Reading.EMPTY:
        problems["date"] = FieldProblem.REQUIRED
    elif read.reading is not Reading.DATE or read.date is None:  # 5月3日 names no year
        problems["date"] = FieldProblem.INVALID_DATE
    else:
        day = read.date
    try:
        if kind is HistoryKind.PURCHASES:
            draft = _purchase(values, text, day, problems)
            if problems or draft is None:
                return RowRecord(problems=problems)
            return RowRecord(purchase=check_purchase(draft, now.date())[0])
        visit = _visit(text, kind_words, day, problems)
        if problems or visit is None:
            return RowRecord(problems=problems)
        return RowRecord(visit=validate_visit(visit, now))
    except ValidationError as exc:
        for name, problem in exc.field_errors.items():
            problems.setdefault(_COLUMN_OF.get(name, name), problem)
        return RowRecord(problems=problems)


def _purchase(
    values: dict[str, Cell],
    text: dict[str, str],
    day: dt.date | None,
    problems: dict[str, FieldProblem],
) -> PurchaseDraft | None:
    cents = None
    try:
        cents = read_amount_cents(values.get("amount"))
    except ValueError:
        problems["amount"] = FieldProblem.INVALID_AMOUNT
    else:
        if cents is None:
            problems["amount"] = FieldProblem.REQUIRED
        elif cents < 0:
            problems["amount"] = FieldProblem.OUT_OF_RANGE
    quantity = 1
    if text.get("quantity"):
        try:
            quantity = int(folded(text["quantity"]).removesuffix(".0"))
        except ValueError:
            problems["quantity"] = FieldProblem.OUT_OF_RANGE
        else:
            if not 1 <= quantity <= MAX_QUANTITY:  # the purchase rules', said with the others
                problems["quantity"] = FieldProblem.OUT_OF_RANGE
    if day is None or cents is None or cents < 0:
        return None
    amount = f"{cents // 100}.{cents % 100:02d}"  # yuan, as the purchase rules read them
    notes = text.get("notes", "")
    return PurchaseDraft(day, text.get("item", ""), amount, quantity, notes)


def _visit(
    text: dict[str, str],
    kind_words: dict[str, str],
    day: dt.date | None,
    problems: dict[str, FieldProblem],
) -> VisitDraft | None:
    kind = VisitKind.STORE.value  # the form's own default
    if text.get("kind"):
        found = kind_words.get(header_key(folded(text["kind"])))
        if found is None:
            problems["kind"] = FieldProblem.UNKNOWN_CHOICE
        else:
            kind = found
    if day is None or "kind" in problems:
        return None
    moment = dt.datetime.combine(day, dt.time())  # a day only: the start of the shop's day
    return VisitDraft(moment, kind, purpose=text.get("item", ""), notes=text.get("notes", ""))


def visit_kind_words() -> dict[str, str]:
    """Word (the clerks', our own labels in every language, or the code) -> visit kind."""
    words: dict[str, str] = {}
    for code, source in VISIT_KINDS.items():
        for language in SUPPORTED:
            words[header_key(folded(translate(LABELS, source, language)))] = code
        words[header_key(code)] = code
    for code, written in load_seed("visit_kind_words").items():
        words.update({header_key(folded(word)): code for word in written})
    return words


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 13800138000.0 from a number-formatted phone column
    return str(value).strip()
