"""Amounts, note lengths and record dates at their exact bounds (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.errors import FieldProblem, ValidationError
from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import MAX_NOTES, PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.rewards import RewardService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 16, 0)
TODAY = NOW.date()
LATEST = dt.date(2036, 11, 22)
EARLIEST = dt.date(1900, 1, 1)
TOO_EARLY = dt.date(1899, 12, 31)


@pytest.fixture
def customer_id(db: Database) -> int:
    return (
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
        .create(CustomerDraft(name="张三"))
        .id
    )


def _problems(action: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as refused:
        action()  # type: ignore[operator]
    return refused.value.field_errors


# -- amounts -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("0.29", 29),
        ("19.99", 1999),
        ("1,234.56", 123456),
        ("1，234.56", 123456),
        ("￥１，２３４．５６", 123456),
        ("¥ 0.1", 10),
        ("1299", 129900),
    ],
)
def test_amounts_are_stored_exactly_in_fen(
    db: Database, customer_id: int, typed: str, fen: int
) -> None:
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases.record(customer_id, PurchaseDraft(TODAY, "手镯", typed))
    assert [p.amount_cents for p in purchases.purchases_of(customer_id)] == [fen]


@pytest.mark.parametrize(
    "typed",
    ["1e26", "1E2", "1e2", "1_000", "NaN", "nan", "Infinity", "-Infinity", "sNaN", "0x10",
     "1.234", "12,34", "1,2345", "-5", "+5", "1 000", "١٢٣", "", "¥", "1..2"],
)  # fmt: skip
def test_what_is_not_an_amount_is_a_field_error(db: Database, customer_id: int, typed: str) -> None:
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    draft = PurchaseDraft(TODAY, "手镯", typed)
    assert _problems(lambda: purchases.record(customer_id, draft)) == {
        "amount": FieldProblem.INVALID_AMOUNT
    }
    referral = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW).set_referrer(
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
        .create(CustomerDraft(name="李四"))
        .id,
        customer_id,
    )
    rewards = RewardService(db, clock=lambda: NOW)
    if typed.strip():
        assert _problems(lambda: rewards.add(referral.id, "cash", typed)) == {
            "value": FieldProblem.INVALID_AMOUNT
        }


def test_a_huge_amount_is_out_of_range_not_a_crash(db: Database, customer_id: int) -> None:
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    draft = PurchaseDraft(TODAY, "手镯", "9" * 40)
    assert _problems(lambda: purchases.record(customer_id, draft)) == {
        "amount": FieldProblem.OUT_OF_RANGE
    }


def test_a_free_gift_is_recorded_as_a_purchase_of_zero_fen(db: Database, customer_id: int) -> None:
    # A gift handed over still makes the prospect a customer; only negative amounts are refused.
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW).record(
        customer_id, PurchaseDraft(TODAY, "赠品", "0.00")
    )
    record = CustomerService(db, stage_rules=stage_rules_in).get(customer_id)
    assert (record.purchase_count, record.total_spent_cents, record.stage) == (1, 0, "new")


def test_a_purchase_is_of_1_to_10000_pieces(db: Database, customer_id: int) -> None:
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases.record(customer_id, PurchaseDraft(TODAY, "纽扣", "0.29", quantity=10_000))
    too_many = PurchaseDraft(TODAY, "纽扣", "0.29", quantity=10_001)
    assert _problems(lambda: purchases.record(customer_id, too_many)) == {
        "quantity": FieldProblem.OUT_OF_RANGE
    }
    assert [p.quantity for p in purchases.purchases_of(customer_id)] == [10_000]


# -- lengths -------------------------------------------------------------------------------
def test_purchase_notes_are_at_most_1000_characters(db: Database, customer_id: int) -> None:
    assert MAX_NOTES == 1000
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases.record(customer_id, PurchaseDraft(TODAY, "手镯", "1", notes="注" * 1000))
    too_long = PurchaseDraft(TODAY, "手镯", "1", notes="注" * 1001)
    assert _problems(lambda: purchases.record(customer_id, too_long)) == {
        "notes": FieldProblem.TOO_LONG
    }
    # counted after cleaning: invisible characters that are removed do not count
    purchases.record(customer_id, PurchaseDraft(TODAY, "手镯", "1", notes="注" * 1000 + "\x0b"))


def test_purchase_items_are_at_most_200_characters(db: Database, customer_id: int) -> None:
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases.record(customer_id, PurchaseDraft(TODAY, "镯" * 200, "1"))
    too_long = PurchaseDraft(TODAY, "镯" * 201, "1")
    assert _problems(lambda: purchases.record(customer_id, too_long)) == {
        "item": FieldProblem.TOO_LONG
    }
    assert [len(p.item) for p in purchases.purchases_of(customer_id)] == [200]


# -- dates ---------------------------------------------------------------------------------
def test_purchase_dates(db: Database, customer_id: int) -> None:
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases.record(customer_id, PurchaseDraft(EARLIEST, "手镯", "1"))
    purchases.record(customer_id, PurchaseDraft(TODAY, "手镯", "1"))
    for day, problem in [
        (TOO_EARLY, FieldProblem.TOO_OLD),
        (dt.date(1, 1, 1), FieldProblem.TOO_OLD),
        (TODAY + dt.timedelta(days=1), FieldProblem.FUTURE_DATE),  # the stricter rule stays
        (dt.date(9999, 12, 31), FieldProblem.FUTURE_DATE),
    ]:
        draft = PurchaseDraft(day, "手镯", "1")
        assert _problems(lambda d=draft: purchases.record(customer_id, d)) == {  # type: ignore[misc]
            "purchased_on": problem
        }


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10))


def test_visit_dates(db: Database, customer_id: int) -> None:
    visits = VisitService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    visits.log(customer_id, VisitDraft(_at(EARLIEST)))
    visits.log(customer_id, VisitDraft(NOW), next_contact_on=LATEST)
    assert _problems(lambda: visits.log(customer_id, VisitDraft(_at(TOO_EARLY)))) == {
        "occurred_at": FieldProblem.TOO_OLD
    }
    late = LATEST + dt.timedelta(days=1)
    assert _problems(lambda: visits.log(customer_id, VisitDraft(NOW), next_contact_on=late)) == {
        "next_contact_on": FieldProblem.TOO_FAR_AHEAD
    }


def test_complaint_dates(db: Database, customer_id: int) -> None:
    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    complaints.record(customer_id, ComplaintDraft(_at(EARLIEST), "phone", "坏了"))
    old = ComplaintDraft(_at(TOO_EARLY), "phone", "坏了")
    assert _problems(lambda: complaints.record(customer_id, old)) == {
        "received_at": FieldProblem.TOO_OLD
    }


def test_follow_up_due_dates(db: Database, customer_id: int) -> None:
    follow_ups = FollowUpService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    follow_ups.schedule(customer_id, TODAY)
    planned = follow_ups.schedule(customer_id, LATEST)
    late = LATEST + dt.timedelta(days=1)
    assert _problems(lambda: follow_ups.schedule(customer_id, late)) == {
        "due_on": FieldProblem.TOO_FAR_AHEAD
    }
    assert _problems(lambda: follow_ups.snooze(planned.id, dt.date(9999, 12, 31))) == {
        "due_on": FieldProblem.TOO_FAR_AHEAD
    }
    yesterday = TODAY - dt.timedelta(days=1)
    assert _problems(lambda: follow_ups.schedule(customer_id, yesterday)) == {
        "due_on": FieldProblem.PAST_DATE
    }
