"""The demo database looks like a real shop and is internally consistent."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from custdesk.errors import ValidationError
from custdesk.services.customers.aggregates import refresh_aggregates
from custdesk.services.customers.phones import normalise_phone
from custdesk.services.customers.search_keys import name_search_keys
from custdesk.services.shop.demo import generate_demo
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database
from tests.conftest import DEMO_TODAY
from tests.mutation_run import shared_scope

DEPTHS = text(
    """
    WITH RECURSIVE chain(id, depth) AS (
        SELECT id, 0 FROM customers
        WHERE id NOT IN (SELECT referred_id FROM referrals)
        UNION ALL
        SELECT r.referred_id, chain.depth + 1
        FROM referrals r JOIN chain ON r.referrer_id = chain.id
    )
    SELECT count(*), max(depth) FROM chain
    """
)


@pytest.fixture(scope=shared_scope)
def shop(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from custdesk.storage.migrate import upgrade_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    upgrade_database(path)
    db = Database.open(path)
    summary = generate_demo(db, 3000, seed=11, today=DEMO_TODAY)
    assert summary.customers == 3000
    return db


def test_volumes_match_a_real_shop(shop: Database) -> None:
    with shop.reading() as s:
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        customers = count(orm.Customer)
        assert customers == 3000
        assert 2.5 <= count(orm.Visit) / customers <= 3.5
        assert 0.25 <= count(orm.Referral) / customers <= 0.35
        assert 0 < count(orm.Complaint) < customers * 0.06
        assert count(orm.FollowUp) > 0 and count(orm.ReferralReward) > 0
        names = s.scalars(select(orm.Customer.name)).all()
        assert any(name.isascii() for name in names) and any(not n.isascii() for n in names)


def test_referral_chains_are_deep_acyclic_and_never_self(shop: Database) -> None:
    with shop.reading() as s:
        reached, deepest = s.execute(DEPTHS).one()
        total = s.scalar(select(func.count()).select_from(orm.Customer))
        self_refs = s.scalar(
            select(func.count()).where(orm.Referral.referrer_id == orm.Referral.referred_id)
        )
    assert reached == total  # every customer hangs off a root: no cycles
    assert deepest >= 8
    assert self_refs == 0


def test_stored_aggregates_equal_what_the_services_compute(shop: Database) -> None:
    """Totals, last contact (visits and purchases), next follow-up, referrals and stage."""
    figures = (
        "total_spent_cents", "purchase_count", "last_purchase_on", "last_contact_at",
        "next_follow_up_on", "referrals_made", "stage",
    )  # fmt: skip
    wrong = []
    with shop.reading() as session, session.no_autoflush:
        for customer in session.scalars(select(orm.Customer)):
            stored = [getattr(customer, name) for name in figures]
            refresh_aggregates(session, customer, DEMO_TODAY, stage_rules_in(session))
            if [getattr(customer, name) for name in figures] != stored:
                wrong.append(customer.id)
        session.rollback()
    assert wrong == []


def test_search_keys_and_phones_are_what_the_services_would_store(shop: Database) -> None:
    with shop.reading() as s:
        rows = s.execute(
            select(orm.Customer.name, orm.Customer.name_pinyin, orm.Customer.name_initials).limit(
                300
            )
        ).all()
        numbers = s.scalars(select(orm.CustomerPhone.number).limit(300)).all()
    for name, pinyin, initials in rows:
        keys = name_search_keys(name)
        assert (pinyin, initials) == (keys.pinyin, keys.initials)
    for number in numbers:
        assert normalise_phone(number) == number


def test_demo_refuses_nonsense_counts(db: Database) -> None:
    with pytest.raises(ValidationError):
        generate_demo(db, 0)


def test_demo_records_use_the_apps_codes_and_never_happen_after_now(shop: Database) -> None:
    from custdesk.services.complaints.complaints import Channel, ComplaintStatus
    from custdesk.services.contacts.visits import VisitKind

    now = dt.datetime.combine(DEMO_TODAY, dt.time(18, 0))
    with shop.reading() as s:
        kinds = set(s.scalars(select(orm.Visit.kind).distinct()))
        channels = set(s.scalars(select(orm.Complaint.channel).distinct()))
        statuses = set(s.scalars(select(orm.Complaint.status).distinct()))
        last_visit = s.scalar(select(func.max(orm.Visit.occurred_at)))
        backwards = s.scalar(
            select(func.count()).where(orm.Complaint.resolved_at < orm.Complaint.received_at)
        )
        late_complaint = s.scalar(select(func.max(orm.Complaint.received_at)))
    assert kinds == set(VisitKind)
    assert channels <= set(Channel)
    assert statuses <= set(ComplaintStatus)
    assert last_visit is not None and last_visit <= now
    assert late_complaint is not None and late_complaint <= now
    assert backwards == 0


def test_a_demo_made_in_the_morning_has_nothing_after_the_clock(db: Database) -> None:
    from custdesk import clock as shop_clock

    morning = dt.datetime(2026, 11, 30, 10, 15)
    with shop_clock.frozen_at(morning):
        generate_demo(db, 300, seed=3)
    with db.reading() as s:
        latest = [
            s.scalar(select(func.max(orm.Visit.occurred_at))),
            s.scalar(select(func.max(orm.Complaint.received_at))),
            s.scalar(select(func.max(orm.Complaint.resolved_at))),
            s.scalar(select(func.max(orm.Customer.created_at))),
        ]
        last_purchase = s.scalar(select(func.max(orm.Purchase.purchased_on)))
    assert all(moment is not None and moment <= morning for moment in latest), latest
    assert last_purchase is not None and last_purchase <= morning.date()
