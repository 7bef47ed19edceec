"""The stage rules are checked in one order, VIP, Prospect, Lost, Dormant, Regular, New, by the
customer form's compute_stage and by the daily recompute alike: customers who fit two rules at
once get the earlier one's stage (hand-made shop on 22 November 2026, default thresholds)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.aggregates import recompute_stages
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.customers.stages import STAGE_RULES, Stage, StageRules, compute_stage
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database

D = dt.date
TODAY = D(2026, 11, 22)
ORDER = [Stage.VIP, Stage.PROSPECT, Stage.LOST, Stage.DORMANT, Stage.REGULAR, Stage.NEW]


def days_ago(days: int) -> D:
    return TODAY - dt.timedelta(days=days)


# name: (important, [(days ago, amount)], a visit that many days ago or None, the stage)
SHOP = {
    "重要没买过": (True, [], None, Stage.VIP),  # VIP before Prospect
    "重要很久没来": (True, [(400, "10")], None, Stage.VIP),  # VIP before Lost
    "买满两万很久没来": (False, [(400, "19999.99"), (400, "0.01")], None, Stage.VIP),
    "差一分两万": (False, [(400, "19999.98"), (400, "0.01")], None, Stage.LOST),
    "只来过没买": (False, [], 400, Stage.PROSPECT),  # Prospect before Lost
    "三次一年没来": (False, [(400, "1"), (400, "1"), (365, "1")], None, Stage.LOST),
    "三次364天": (False, [(400, "1"), (400, "1"), (364, "1")], None, Stage.DORMANT),
    "三次刚好90天": (False, [(100, "1"), (95, "1"), (90, "1")], None, Stage.DORMANT),
    "三次89天": (False, [(100, "1"), (95, "1"), (89, "1")], None, Stage.REGULAR),
    "两次89天": (False, [(100, "0.29"), (89, "19.99")], None, Stage.NEW),
}


def make_shop(db: Database) -> dict[str, int]:
    clock = lambda: dt.datetime.combine(TODAY, dt.time(9))  # noqa: E731
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=clock)
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=clock)
    visits = VisitService(db, stage_rules=stage_rules_in, clock=clock)
    ids = {}
    for name, (important, bought, visited, _stage) in SHOP.items():
        ids[name] = customers.create(CustomerDraft(name=name, is_important=important)).id
        for days, amount in bought:
            purchases.record(ids[name], PurchaseDraft(days_ago(days), "茶", amount))
        if visited is not None:
            occurred = dt.datetime.combine(days_ago(visited), dt.time(12))
            visits.log(ids[name], VisitDraft(occurred_at=occurred))
    return ids


def test_the_rules_are_walked_in_the_order_the_help_shows() -> None:
    assert [rule.stage for rule in STAGE_RULES] == ORDER


def test_the_daily_recompute_gives_each_customer_the_first_rule_that_fits(db: Database) -> None:
    ids = make_shop(db)
    with db.writing() as session:  # a stage that every rule would change
        session.execute(update(orm.Customer).values(stage="unknown"))
        assert recompute_stages(session, TODAY, StageRules()) == len(SHOP)
    with db.reading() as session:
        stored = dict(session.execute(select(orm.Customer.id, orm.Customer.stage)).all())
    assert {name: stored[ids[name]] for name in SHOP} == {
        name: expected for name, (*_facts, expected) in SHOP.items()
    }


def test_compute_stage_gives_the_same_stages(db: Database) -> None:
    ids = make_shop(db)
    with db.reading() as session:
        rows = session.execute(
            select(
                orm.Customer.id,
                orm.Customer.purchase_count,
                orm.Customer.total_spent_cents,
                orm.Customer.last_contact_at,
                orm.Customer.is_important,
            )
        ).all()
    computed = {
        customer_id: compute_stage(
            purchase_count=count,
            total_spent_cents=spent,
            last_contact=last.date() if last else None,
            is_important=important,
            today=TODAY,
        )
        for customer_id, count, spent, last, important in rows
    }
    assert {name: computed[ids[name]] for name in SHOP} == {
        name: expected for name, (*_facts, expected) in SHOP.items()
    }
