"""Purchases (成交记录) per customer; totals and stage are updated in the same transaction."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, ValidationError
from custdesk.services.customers.aggregates import StageRulesIn, refresh_aggregates
from custdesk.services.customers.calendar import check_record_date
from custdesk.services.customers.customer_rows import load_customer, load_row
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.text_cleaning import display_text, key_text

MAX_AMOUNT_CENTS = 100_000_000_00  # one hundred million yuan: anything above is a typing slip
MAX_QUANTITY = 10_000


@dataclass(frozen=True)
class PurchaseDraft:
    purchased_on: dt.date
    item: str
    amount: str  # as typed, in yuan: "1299", "1,299.50"
    quantity: int = 1
    notes: str = ""


@dataclass(frozen=True)
class PurchaseRecord:
    id: int
    customer_id: int
    purchased_on: dt.date
    item: str
    amount_cents: int
    quantity: int
    notes: str


# Yuan as a clerk writes them: digits, thousands grouped by commas (or not at all), at most two
# decimals. Nothing else: no exponent (1e26), no underscores (1_000), no NaN or Infinity, which
# Decimal() would all accept. Read after NFKC, so full-width ￥１，２３４．５ is ¥1,234.5.
_AMOUNT = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{0,2})?|\.\d{1,2}", re.ASCII)
MAX_NOTES = 1000
MAX_ITEM = 200


def parse_amount(text: str) -> int:
    """Yuan as typed ("¥1,299.5", "１２９９", "1，299") to fen; ValueError when it is not an
    amount written that way (an exponent, underscores, NaN, more than two decimals…)."""
    cleaned = key_text(text).strip().removeprefix("¥").strip()  # NFKC: ￥ is ¥, ， is ,
    if not _AMOUNT.fullmatch(cleaned):
        raise ValueError(text)
    return int(Decimal(cleaned.replace(",", "")) * 100)


class PurchaseService:
    def __init__(
        self,
        db: Database,
        *,
        stage_rules: StageRulesIn,
        clock: Callable[[], dt.datetime] = shop_clock.now,
    ) -> None:
        self._db = db
        self._stage_rules = stage_rules  # the shop's, for each customer's stage (aggregates)
        self._clock = clock

    def purchases_of(self, customer_id: int) -> list[PurchaseRecord]:
        """Newest first."""
        with self._db.reading() as session:
            rows = session.scalars(
                select(orm.Purchase)
                .where(orm.Purchase.customer_id == customer_id)
                .order_by(orm.Purchase.purchased_on.desc(), orm.Purchase.id.desc())
            ).all()
            return [purchase_record(row) for row in rows]

    def opening_balance_of(self, customer_id: int) -> int:
        """Fen the customer spent before CustDesk, as an imported list said (0 for none): part
        of total spent, but no purchase (customers.opening_balance)."""
        with self._db.reading() as session:
            return load_customer(session, customer_id).opening_balance_cents

    def record(self, customer_id: int, draft: PurchaseDraft) -> PurchaseRecord:
        """Save a purchase; its text cleaned (text_cleaning), the amount read as yuan; or
        ValidationError naming every bad field (check_purchase)."""
        now = self._clock()
        draft, amount_cents = check_purchase(draft, now.date())
        with self._db.writing() as session:
            customer = load_customer(session, customer_id)
            purchase = add_purchase(session, customer_id, draft, amount_cents, now)
            refresh_aggregates(session, customer, now.date(), self._stage_rules(session))
            return purchase_record(purchase)

    def check(self, draft: PurchaseDraft) -> tuple[PurchaseDraft, int]:
        """The draft cleaned and its amount in fen, as ``record`` would save them, saving
        nothing (the customer form keeps purchases until its Save); ValidationError naming
        every bad field (check_purchase), against the shop's today."""
        return check_purchase(draft, self._clock().date())

    def remove(self, purchase_id: int) -> None:
        """Delete one purchase; NotFoundError when it is gone. The customer's figures follow."""
        with self._db.writing() as session:
            purchase = load_row(session, orm.Purchase, purchase_id, "purchase")
            customer_id = purchase.customer_id
            remove_purchase_in(session, purchase)
            customer = load_customer(session, customer_id)
            refresh_aggregates(session, customer, self._clock().date(), self._stage_rules(session))


def check_purchase(draft: PurchaseDraft, today: dt.date) -> tuple[PurchaseDraft, int]:
    """The draft with its text cleaned (text_cleaning) and trimmed, and its amount in fen; or
    ValidationError naming every bad field: an item is required (up to MAX_ITEM characters),
    the day may not be after ``today`` nor before 1900, the quantity is 1 to MAX_QUANTITY and
    the amount yuan as parse_amount reads them, at most MAX_AMOUNT_CENTS. The form and the
    history import (spreadsheets.history_import) check purchases by these rules."""
    draft = replace(
        draft, item=display_text(draft.item).strip(), notes=display_text(draft.notes).strip()
    )
    problems: dict[str, FieldProblem] = {}
    if not draft.item:
        problems["item"] = FieldProblem.REQUIRED
    elif len(draft.item) > MAX_ITEM:
        problems["item"] = FieldProblem.TOO_LONG
    if len(draft.notes) > MAX_NOTES:
        problems["notes"] = FieldProblem.TOO_LONG
    if draft.purchased_on > today:
        problems["purchased_on"] = FieldProblem.FUTURE_DATE
    elif (date_problem := check_record_date(draft.purchased_on, today)) is not None:
        problems["purchased_on"] = date_problem
    if not 1 <= draft.quantity <= MAX_QUANTITY:
        problems["quantity"] = FieldProblem.OUT_OF_RANGE
    amount_cents = 0
    try:
        amount_cents = parse_amount(draft.amount)
    except ValueError:
        problems["amount"] = FieldProblem.INVALID_AMOUNT
    else:
        if not 0 <= amount_cents <= MAX_AMOUNT_CENTS:
            problems["amount"] = FieldProblem.OUT_OF_RANGE
    if problems:
        raise ValidationError.for_fields(problems)
    return draft, amount_cents


def add_purchase(
    session: Session,
    customer_id: int,
    draft: PurchaseDraft,
    amount_cents: int,
    now: dt.datetime,
) -> orm.Purchase:
    """Insert one purchase checked by check_purchase, inside the caller's transaction; the
    caller refreshes the customer's figures (aggregates.refresh_aggregates)."""
    purchase = orm.Purchase(
        customer_id=customer_id,
        purchased_on=draft.purchased_on,
        item=draft.item,
        amount_cents=amount_cents,
        quantity=draft.quantity,
        notes=draft.notes,
        created_at=now,
    )
    session.add(purchase)
    session.flush()
    return purchase


def remove_purchase_in(session: Session, purchase: orm.Purchase) -> PurchaseRecord:
    """Delete ``purchase`` inside the caller's transaction and return what it was; the caller
    refreshes the customer's figures."""
    record = purchase_record(purchase)
    session.delete(purchase)
    session.flush()
    return record


def purchase_record(row: orm.Purchase) -> PurchaseRecord:
    """The purchase row as the plain record the UI gets."""
    return PurchaseRecord(
        id=row.id,
        customer_id=row.customer_id,
        purchased_on=row.purchased_on,
        item=row.item,
        amount_cents=row.amount_cents,
        quantity=row.quantity,
        notes=row.notes,
    )


def yuan(cents: int) -> str:
    """Fen as a clerk reads an amount: ¥1,280.50 (integer arithmetic, no float rounding)."""
    return f"¥{cents // 100:,}.{cents % 100:02d}"


def purchase_line(record: PurchaseRecord) -> str:
    """One purchase in a line of the customer's history: 2026-12-01 面霜 ×1 ¥19.99."""
    day, amount = record.purchased_on.isoformat(), yuan(record.amount_cents)
    return f"{day} {record.item} ×{record.quantity} {amount}"


def purchase_draft(record: PurchaseRecord) -> PurchaseDraft:
    """A saved purchase as the draft that records it again (its amount written in yuan, to the
    fen): what an undo puts back."""
    return PurchaseDraft(
        purchased_on=record.purchased_on,
        item=record.item,
        amount=str(Decimal(record.amount_cents) / 100),
        quantity=record.quantity,
        notes=record.notes,
    )
