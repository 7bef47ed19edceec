from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from custdesk.services.customers.aggregates import recompute_stages
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.customers.stages import Stage, StageRules, compute_stage
from custdesk.services.shop.settings import SettingsService, stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database
from tests.mutation_run import examples

TODAY = dt.date(2024, 3, 1)  # the day after a leap day


def stage(
    purchases: int = 0, spent: int = 0, days_silent: int | None = 0, vip: bool = False
) -> Stage:
    last = None if days_silent is None else TODAY - dt.timedelta(days=days_silent)
    return compute_stage(
        purchase_count=purchases,
        total_spent_cents=spent,
        last_contact=last,
        is_important=vip,
        today=TODAY,
    )


def test_prospect_until_first_purchase() -> None:
    assert stage(purchases=0, days_silent=None) is Stage.PROSPECT
    assert stage(purchases=1) is Stage.NEW
    assert stage(purchases=StageRules().regular_purchases) is Stage.REGULAR


@pytest.mark.parametrize(
    ("days", "expected"),
    [(89, Stage.NEW), (90, Stage.DORMANT), (364, Stage.DORMANT), (365, Stage.LOST)],
)
def test_silence_makes_buyers_dormant_then_lost(days: int, expected: Stage) -> None:
    assert stage(purchases=1, days_silent=days) is expected


def test_vip_by_flag_or_spend_wins_over_silence() -> None:
    assert stage(purchases=1, days_silent=400, vip=True) is Stage.VIP
    assert stage(purchases=2, spent=StageRules().vip_spend_cents) is Stage.VIP
    assert stage(purchases=2, spent=StageRules().vip_spend_cents - 1) is Stage.NEW


def test_silence_counts_days_across_a_leap_day() -> None:
    contact = dt.date(2023, 12, 2)  # 90 days before 2024-03-01 because 2024 has 29 February
    got = compute_stage(
        purchase_count=1, total_spent_cents=0, last_contact=contact, is_important=False, today=TODAY
    )
    assert got is Stage.DORMANT


customer_figures = st.tuples(
    st.integers(min_value=0, max_value=6),  # purchases
    st.integers(min_value=0, max_value=3_000_000),  # spent, fen
    st.one_of(  # days since contact, often right at a threshold
        st.none(), st.integers(min_value=0, max_value=800), st.sampled_from([89, 90, 364, 365])
    ),
    st.integers(min_value=0, max_value=86_399),  # second of that day
    st.booleans(),  # important
)


@settings(
    max_examples=examples(30),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    people=st.lists(customer_figures, min_size=1, max_size=25),
    today=st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_the_daily_recompute_agrees_with_the_rules(
    db: Database, people: list[tuple[int, int, int | None, int, bool]], today: dt.date
) -> None:
    """The one UPDATE run each morning gives every customer the stage compute_stage gives."""
    with db.writing() as session:
        session.execute(delete(orm.Customer))
        for purchases, spent, days, second, vip in people:
            contact = None
            if days is not None:
                day = today - dt.timedelta(days=days)
                contact = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=second)
            session.add(
                orm.Customer(
                    name="客户",
                    purchase_count=purchases,
                    total_spent_cents=spent,
                    last_contact_at=contact,
                    is_important=vip,
                    stage="new",
                )
            )
    with db.writing() as session:
        recompute_stages(session, today, stage_rules_in(session))
    with db.reading() as session:
        for customer in session.scalars(select(orm.Customer)):
            expected = compute_stage(
                purchase_count=customer.purchase_count,
                total_spent_cents=customer.total_spent_cents,
                last_contact=customer.last_contact_at.date() if customer.last_contact_at else None,
                is_important=customer.is_important,
                today=today,
            )
            assert customer.stage == expected.value


def test_the_recompute_uses_the_shops_thresholds_and_writes_only_changes(db: Database) -> None:
    today = dt.date(2026, 11, 22)
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 8, 1, 9)
    )
    quiet = customers.create(CustomerDraft(name="老王"))
    PurchaseService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 8, 1, 9)
    ).record(quiet.id, PurchaseDraft(dt.date(2026, 8, 1), "茶叶", "100"))
    assert customers.get(quiet.id).stage == "new"  # as of 1 August
    with db.writing() as session:  # 113 days later, past the default 90
        assert recompute_stages(session, today, stage_rules_in(session)) == 1
    assert customers.get(quiet.id).stage == "dormant"
    with db.writing() as session:
        assert (
            recompute_stages(session, today, stage_rules_in(session)) == 0
        )  # nothing left to change
    SettingsService(db, today=lambda: today).update(dormant_after_days=120)
    assert customers.get(quiet.id).stage == "new"  # saving the new threshold applied it
    with db.writing() as session:
        assert recompute_stages(session, today, stage_rules_in(session)) == 0


# test_stage_thresholds.py builds its shops once per module; mutmut reruns only the tests that
# reach recompute_stages, and a module fixture reaches it from the first of them alone. These
# boundaries of the nightly rule are therefore also checked here, on a fresh file each time.
def buyer_on(db: Database, name: str, day: dt.date, amount: str = "100") -> int:
    """A customer whose one purchase (their only contact, from 00:00:00) was entered that day."""
    now = dt.datetime.combine(day, dt.time(18))
    customer = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: now).create(
        CustomerDraft(name=name)
    )
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: now).record(
        customer.id, PurchaseDraft(day, "茶叶", amount)
    )
    return customer.id


def test_the_nightly_run_turns_a_buyer_lost_on_the_365th_day_not_the_364th(db: Database) -> None:
    today = dt.date(2027, 1, 1)
    ids = {
        days: buyer_on(db, f"{days}天", today - dt.timedelta(days=days))
        for days in (89, 90, 364, 365)
    }
    with db.writing() as session:
        assert recompute_stages(session, today, stage_rules_in(session)) == 3
    customers = CustomerService(db, stage_rules=stage_rules_in)
    assert {days: customers.get(cid).stage for days, cid in ids.items()} == {
        89: "new",
        90: "dormant",
        364: "dormant",
        365: "lost",
    }


def test_lowering_the_vip_spend_makes_a_customer_exactly_on_it_a_vip(db: Database) -> None:
    day = dt.date(2026, 11, 20)
    on_the_line = buyer_on(db, "王芳", day, "15000.00")
    one_fen_short = buyer_on(db, "李雷", day, "14999.99")
    SettingsService(db, today=lambda: day).update(vip_spend_cents=1_500_000)
    customers = CustomerService(db, stage_rules=stage_rules_in)
    assert customers.get(on_the_line).stage == "vip"
    assert customers.get(one_fen_short).stage == "new"
