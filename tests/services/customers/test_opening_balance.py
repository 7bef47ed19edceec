"""The opening balance from an old list stays part of the customer's total spent through every
service that rebuilds the figures (a visit, the nightly stage run, a merge and its undo), and
never moves a stage."""

from __future__ import annotations

import datetime as dt

from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.aggregates import recompute_stages
from custdesk.services.customers.customer_rows import load_customer
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.opening_balance import offer_balance_in
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft, CustomerRecord
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 12, 0)
VIP_SPEND = 2_000_000  # the default rules' 20,000 yuan


def customer_with_balance(db: Database, name: str, cents: int) -> int:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    customer_id = customers.create(CustomerDraft(name=name)).id
    with db.writing() as session:
        assert offer_balance_in(session, load_customer(session, customer_id), cents) is None
    return customer_id


def record(db: Database, customer_id: int) -> CustomerRecord:
    return CustomerService(db, stage_rules=stage_rules_in).get(customer_id)


def test_a_visit_rebuilds_the_figures_and_keeps_the_balance(db: Database) -> None:
    customer_id = customer_with_balance(db, "张伟", 1999)
    VisitService(db, stage_rules=stage_rules_in, clock=lambda: NOW).log(
        customer_id, VisitDraft(occurred_at=NOW - dt.timedelta(hours=1))
    )
    after = record(db, customer_id)
    assert (after.total_spent_cents, after.opening_balance_cents) == (1999, 1999)
    assert after.purchase_count == 0 and after.stage == "prospect"


def test_the_nightly_stage_run_leaves_the_balance_out_of_vip_spend(db: Database) -> None:
    customer_id = customer_with_balance(db, "张伟", VIP_SPEND)
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases.record(customer_id, PurchaseDraft(NOW.date(), "围巾", "0.29"))
    assert record(db, customer_id).stage == "new"
    with db.writing() as session:
        assert recompute_stages(session, NOW.date(), stage_rules_in(session)) == 0
    assert record(db, customer_id).stage == "new"


def test_a_merge_adds_both_balances_and_its_undo_parts_them_again(db: Database) -> None:
    keep = customer_with_balance(db, "张伟", 128050)
    absorb = customer_with_balance(db, "张韦", 29)
    merges = MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    result = merges.merge(keep, absorb)
    kept = record(db, keep)
    assert (kept.opening_balance_cents, kept.total_spent_cents) == (128079, 128079)
    merges.unmerge(result)
    assert record(db, keep).opening_balance_cents == 128050
    back = record(db, absorb)
    assert (back.opening_balance_cents, back.total_spent_cents) == (29, 29)
    assert record(db, keep).total_spent_cents == 128050
