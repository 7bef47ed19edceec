from __future__ import annotations

import datetime as dt

import pytest

from custdesk.errors import FieldProblem, NotFoundError, ValidationError
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService, parse_amount
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 16, 0)
TODAY = NOW.date()


@pytest.fixture
def setup(db: Database) -> tuple[CustomerService, PurchaseService, int]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    customer = customers.create(CustomerDraft(name="张三"))
    return (
        customers,
        PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW),
        customer.id,
    )


@pytest.mark.parametrize(
    ("typed", "fen"),
    [("1299", 129900), ("1,299.50", 129950), ("¥ 88.8", 8880), ("￥0", 0), ("12，000", 1200000)],
)
def test_amounts_are_read_as_typed(typed: str, fen: int) -> None:
    assert parse_amount(typed) == fen


@pytest.mark.parametrize("typed", ["", "abc", "1.234", "NaN", "Infinity", "1e3x"])
def test_non_amounts_are_refused(typed: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message is the input itself
        parse_amount(typed)


def test_purchases_update_totals_last_purchase_and_stage(
    setup: tuple[CustomerService, PurchaseService, int],
) -> None:
    customers, purchases, customer_id = setup
    assert customers.get(customer_id).stage == "prospect"
    first = purchases.record(customer_id, PurchaseDraft(dt.date(2026, 10, 1), "羊毛大衣", "1299"))
    assert customers.get(customer_id).stage == "new"
    purchases.record(customer_id, PurchaseDraft(dt.date(2026, 11, 2), "围巾", "199.5", quantity=2))
    purchases.record(customer_id, PurchaseDraft(dt.date(2026, 9, 9), "保温杯", "59"))
    record = customers.get(customer_id)
    assert record.total_spent_cents == 129900 + 19950 + 5900
    assert record.purchase_count == 3
    assert record.last_purchase_on == dt.date(2026, 11, 2)
    assert record.stage == "regular"
    assert [p.item for p in purchases.purchases_of(customer_id)] == ["围巾", "羊毛大衣", "保温杯"]

    purchases.remove(first.id)
    record = customers.get(customer_id)
    assert record.total_spent_cents == 19950 + 5900
    assert record.stage == "new"


def test_bad_purchases_are_refused_and_nothing_changes(
    setup: tuple[CustomerService, PurchaseService, int],
) -> None:
    customers, purchases, customer_id = setup
    with pytest.raises(ValidationError) as caught:
        purchases.record(
            customer_id, PurchaseDraft(TODAY + dt.timedelta(days=1), " ", "12.345", quantity=0)
        )
    assert caught.value.field_errors == {
        "item": FieldProblem.REQUIRED,
        "purchased_on": FieldProblem.FUTURE_DATE,
        "amount": FieldProblem.INVALID_AMOUNT,
        "quantity": FieldProblem.OUT_OF_RANGE,
    }
    assert purchases.purchases_of(customer_id) == []
    assert customers.get(customer_id).total_spent_cents == 0
    with pytest.raises(NotFoundError):
        purchases.record(424242, PurchaseDraft(TODAY, "x", "1"))
    with pytest.raises(NotFoundError):
        purchases.remove(424242)


def test_purchases_of_one_day_list_the_last_one_entered_first(
    setup: tuple[CustomerService, PurchaseService, int],
) -> None:
    # The panel lists newest first; on a busy day the clerk expects the sale just typed at the
    # top, not somewhere among that day's earlier ones.
    _customers, purchases, customer_id = setup
    day = dt.date(2026, 11, 20)
    for item in ("围巾", "手套", "帽子"):
        purchases.record(customer_id, PurchaseDraft(day, item, "19.99"))
    purchases.record(customer_id, PurchaseDraft(dt.date(2026, 11, 21), "大衣", "0.29"))
    listed = [p.item for p in purchases.purchases_of(customer_id)]
    assert listed == ["大衣", "帽子", "手套", "围巾"]


def test_removing_a_purchase_already_gone_names_the_purchase(
    setup: tuple[CustomerService, PurchaseService, int],
) -> None:
    # Two windows on one file: the second "Remove" finds nothing; the log must say which record
    # was missing, not a customer or a blank.
    _customers, purchases, customer_id = setup
    sale = purchases.record(customer_id, PurchaseDraft(TODAY, "围巾", "19.99"))
    purchases.remove(sale.id)
    with pytest.raises(NotFoundError, match=rf"^There is no purchase {sale.id}\.$"):
        purchases.remove(sale.id)


def test_a_purchase_keeps_its_notes_trimmed_and_the_moment_it_was_entered(
    setup: tuple[CustomerService, PurchaseService, int], db: Database
) -> None:
    _customers, purchases, customer_id = setup
    draft = PurchaseDraft(dt.date(2026, 11, 20), "围巾", "19.99", notes="  周六送货上门 ")
    saved = purchases.record(customer_id, draft)
    assert [p.notes for p in purchases.purchases_of(customer_id)] == ["周六送货上门"]
    # entered two days after the sale: the file keeps both dates, by the shop's clock
    with db.reading() as session:
        stored = session.get(orm.Purchase, saved.id)
        assert stored is not None
        assert (stored.purchased_on, stored.created_at) == (dt.date(2026, 11, 20), NOW)
