"""Purchases (成交记录) per customer; totals and stage are updated in the same transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from custdesk.errors import ValidationError
from custdesk.services.aggregates import refresh_aggregates
from custdesk.services.customer_records import FieldProblem
from custdesk.services.customers import load_customer, load_row
from custdesk.storage import orm
from custdesk.storage.db import Database

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


def parse_amount(text: str) -> int:
    """Yuan as typed ("¥1,299.5") to fen; ValueError when it is not an amount."""
    cleaned = text.strip().lstrip("¥￥").replace(",", "").replace("，", "").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite() or value != value.quantize(Decimal("0.01")):
        raise ValueError(text)
    return int(value * 100)


class PurchaseService:
    def __init__(self, db: Database, *, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._db = db
        self._clock = clock

    def purchases_of(self, customer_id: int) -> list[PurchaseRecord]:
        """Newest first."""
        with self._db.reading() as session:
            rows = session.scalars(
                select(orm.Purchase)
                .where(orm.Purchase.customer_id == customer_id)
                .order_by(orm.Purchase.purchased_on.desc(), orm.Purchase.id.desc())
            ).all()
            return [_record(row) for row in rows]

    def record(self, customer_id: int, draft: PurchaseDraft) -> PurchaseRecord:
        amount_cents = self._validate(draft)
        with self._db.writing() as session:
            customer = load_customer(session, customer_id)
            purchase = orm.Purchase(
                customer_id=customer_id,
                purchased_on=draft.purchased_on,
                item=draft.item.strip(),
                amount_cents=amount_cents,
                quantity=draft.quantity,
                notes=draft.notes.strip(),
                created_at=self._clock(),
            )
            session.add(purchase)
            session.flush()
            refresh_aggregates(session, customer, self._clock().date())
            return _record(purchase)

    def remove(self, purchase_id: int) -> None:
        with self._db.writing() as session:
            purchase = load_row(session, orm.Purchase, purchase_id, "purchase")
            customer = load_customer(session, purchase.customer_id)
            session.delete(purchase)
            session.flush()
            refresh_aggregates(session, customer, self._clock().date())

    def _validate(self, draft: PurchaseDraft) -> int:
        problems: dict[str, str] = {}
        if not draft.item.strip():
            problems["item"] = FieldProblem.REQUIRED
        elif len(draft.item.strip()) > 200:
            problems["item"] = FieldProblem.TOO_LONG
        if draft.purchased_on > self._clock().date():
            problems["purchased_on"] = FieldProblem.FUTURE_DATE
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
        return amount_cents


def _record(row: orm.Purchase) -> PurchaseRecord:
    return PurchaseRecord(
        id=row.id,
        customer_id=row.customer_id,
        purchased_on=row.purchased_on,
        item=row.item,
        amount_cents=row.amount_cents,
        quantity=row.quantity,
        notes=row.notes,
    )
