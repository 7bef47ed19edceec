from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custdesk.errors import ValidationError
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.referrals.rewards import RewardService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from tests.mutation_run import examples

NOW = dt.datetime(2026, 11, 22, 12, 0)
DAY = NOW.date()


def people(db: Database, *names: str) -> list[int]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    return [customers.create(CustomerDraft(name=name)).id for name in names]


def referrals(db: Database) -> ReferralService:
    return ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)


def test_a_referrer_is_set_changed_and_counted(db: Database) -> None:
    a, b, c = people(db, "张三", "李四", "王五")
    service = referrals(db)
    service.set_referrer(c, a, referred_on=dt.date(2026, 11, 1))
    customers = CustomerService(db, stage_rules=stage_rules_in)
    assert customers.get(a).referrals_made == 1
    link = service.referral_of(c)
    assert link is not None and (link.referrer_name, link.status) == ("张三", "lead")
    service.set_referrer(c, b, status="converted")  # changed: counts move with it
    assert (customers.get(a).referrals_made, customers.get(b).referrals_made) == (0, 1)
    assert [r.referred_name for r in service.referred_by(b)] == ["王五"]
    service.clear_referrer(c)
    assert service.referral_of(c) is None
    assert customers.get(b).referrals_made == 0


def test_nobody_refers_themselves_or_closes_a_loop(db: Database) -> None:
    a, b, c, d = people(db, "A", "B", "C", "D")
    service = referrals(db)
    with pytest.raises(ValidationError) as caught:
        service.set_referrer(a, a)
    assert caught.value.field_errors == {"referrer": "self_referral"}
    service.set_referrer(b, a)
    service.set_referrer(c, b)
    service.set_referrer(d, c)
    for loop_closer, name in ((b, "B"), (c, "C"), (d, "D")):  # A -> B -> C -> D: none may bring A
        with pytest.raises(ValidationError) as caught:
            service.set_referrer(a, loop_closer)
        assert caught.value.field_errors == {"referrer": "referral_loop"}
        assert str(caught.value) == (
            f"{name} was brought in (directly or not) by A; a referral chain cannot loop."
        )
    assert service.referral_of(a) is None  # nothing was half-written
    with pytest.raises(ValidationError) as caught:
        service.set_referrer(c, a, referred_on=DAY + dt.timedelta(days=1))
    assert caught.value.field_errors == {"referred_on": "future_date"}
    with pytest.raises(ValidationError) as caught:
        service.set_referrer(c, a, status="famous")
    assert caught.value.field_errors == {"status": "unknown_choice"}


@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(attempts=st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), min_size=1, max_size=30))
def test_any_sequence_of_referrer_changes_leaves_a_forest(
    new_shop_file: Callable[[Path], Path],
    tmp_path_factory: pytest.TempPathFactory,
    attempts: list[tuple[int, int]],
) -> None:
    """Whatever clerks try, in any order: accepted changes never make a loop, refused ones
    are exactly those that would have (checked against a plain walk in Python)."""
    db = Database.open(new_shop_file(tmp_path_factory.mktemp("forest") / "f.db"))
    try:
        ids = people(db, *(f"客户{i}" for i in range(8)))
        service = referrals(db)
        parent: dict[int, int] = {}
        for referred_index, referrer_index in attempts:
            referred, referrer = ids[referred_index], ids[referrer_index]
            would_loop = referred == referrer or _is_above(parent, referred, referrer)
            try:
                service.set_referrer(referred, referrer)
            except ValidationError:
                assert would_loop
            else:
                assert not would_loop
                parent[referred] = referrer
        stored = {
            link.referred_id: link.referrer_id for i in ids if (link := service.referral_of(i))
        }
        assert stored == parent
    finally:
        db.close()


def _is_above(parent: dict[int, int], upper: int, lower: int) -> bool:
    """Whether ``upper`` is ``lower`` or somewhere above it."""
    node: int | None = lower
    while node is not None:
        if node == upper:
            return True
        node = parent.get(node)
    return False


def test_chain_counts_generations_and_revenue(db: Database) -> None:
    root, a, b, a1, a2, a11 = people(db, "根", "甲", "乙", "甲一", "甲二", "甲一一")
    service = referrals(db)
    for child, parent_id in ((a, root), (b, root), (a1, a), (a2, a), (a11, a1)):
        service.set_referrer(child, parent_id, status="converted")
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for customer_id, amount in ((a, "100"), (a1, "50"), (a11, "25.5")):
        purchases.record(customer_id, PurchaseDraft(DAY, "茶", amount))
    chain = ReferralReports(db).chain(root)
    assert (chain.direct, chain.total, chain.generations) == (2, 5, 3)
    assert chain.revenue_cents == 17550
    assert sorted(n.name for n in chain.children(a)) == ["甲一", "甲二"]
    below = chain.below()
    assert below[a] == (3, 7550)  # 甲一, 甲二, 甲一一 and what they spent
    assert below[a11] == (0, 0)
    assert ReferralReports(db).chain(a11).upline == [(a1, "甲一"), (a, "甲"), (root, "根")]


def test_leaderboard_maths_over_a_period(db: Database) -> None:
    star, steady, new1, new2, new3, old = people(db, "明星", "稳定", "新一", "新二", "新三", "老")
    service = referrals(db)
    service.set_referrer(new1, star, referred_on=dt.date(2026, 11, 2), status="converted")
    service.set_referrer(new2, star, referred_on=dt.date(2026, 11, 5), status="lead")
    service.set_referrer(new3, steady, referred_on=dt.date(2026, 11, 9), status="converted")
    service.set_referrer(old, steady, referred_on=dt.date(2026, 9, 1), status="converted")
    service.set_referrer(steady, star, referred_on=dt.date(2026, 8, 1), status="converted")
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases.record(new1, PurchaseDraft(DAY, "大衣", "300"))
    purchases.record(new2, PurchaseDraft(DAY, "围巾", "999"))  # a lead: not converted revenue
    purchases.record(new3, PurchaseDraft(DAY, "茶叶", "80"))
    reports = ReferralReports(db)
    november = reports.leaderboard(since=dt.date(2026, 11, 1), until=dt.date(2026, 11, 30))
    assert [(r.name, r.direct, r.converted, r.spent_since_referral_cents) for r in november] == [
        ("明星", 2, 1, 30000),
        ("稳定", 1, 1, 8000),
    ]
    assert [r.chain_size for r in november] == [5, 2]  # all time, the whole chain below
    all_time = reports.leaderboard()
    assert [(r.name, r.direct) for r in all_time] == [("明星", 3), ("稳定", 2)]
    figures = reports.figures(since=dt.date(2026, 11, 1), until=dt.date(2026, 11, 30))
    assert (figures.referrals, figures.converted) == (3, 2)
    assert figures.conversion_rate == pytest.approx(2 / 3)


def test_share_of_new_customers_who_came_by_referral_per_month(db: Database) -> None:
    october = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 10, 15, 10)
    )
    november = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 3, 10)
    )
    referrer = october.create(CustomerDraft(name="老客")).id
    october.create(CustomerDraft(name="十月自来"))
    brought = [november.create(CustomerDraft(name=f"十一月{i}")).id for i in range(3)]
    november.create(CustomerDraft(name="十一月自来"))
    for customer_id, status in zip(brought, ("converted", "converted", "lead"), strict=True):
        referrals(db).set_referrer(customer_id, referrer, status=status)
    shares = ReferralReports(db).monthly_share(3, DAY)
    # Came by referral: converted ones only; the lead is shown apart (issue 20).
    assert [(s.month, s.new_customers, s.referred, s.referral_leads) for s in shares] == [
        ("2026-09", 0, 0, 0),
        ("2026-10", 2, 0, 0),
        ("2026-11", 4, 2, 1),
    ]
    assert shares[-1].share == pytest.approx(0.5)
    assert shares[0].share is None


def test_a_trashed_referrer_keeps_its_chain_and_emptying_the_trash_closes_it_up(
    db: Database,
) -> None:
    top, middle, child1, child2 = people(db, "上", "中", "下一", "下二")
    service = referrals(db)
    service.set_referrer(middle, top)
    service.set_referrer(child1, middle)
    service.set_referrer(child2, middle)
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    customers.trash(middle)
    chain = ReferralReports(db).chain(top)
    assert [(n.name, n.in_trash) for n in chain.nodes][:1] == [("中", True)]
    # The children are still there, below her; she, in the Trash, is counted nowhere.
    assert chain.total == 2
    customers.empty_trash()
    chain = ReferralReports(db).chain(top)
    assert sorted(n.name for n in chain.nodes) == ["下一", "下二"]
    assert {n.generation for n in chain.nodes} == {1}
    assert customers.get(top).referrals_made == 2


def test_merging_keeps_the_chain_and_rewards(db: Database) -> None:
    top, twin_a, twin_b, child = people(db, "上", "张三", "张三(重复)", "下")
    service = referrals(db)
    service.set_referrer(twin_a, top)
    link = service.set_referrer(child, twin_b, status="converted")
    RewardService(db, clock=lambda: NOW).add(link.id, "voucher", "50")
    MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW).merge(twin_a, twin_b)
    chain = ReferralReports(db).chain(top)
    assert [(n.name, n.generation) for n in chain.nodes] == [("张三", 1), ("下", 2)]
    owed = RewardService(db).owed()
    assert [(r.referrer_name, r.referred_name, r.value_cents) for r in owed] == [
        ("张三", "下", 5000)
    ]


def test_rewards_are_owed_until_given(db: Database) -> None:
    a, b = people(db, "张三", "李四")
    link = referrals(db).set_referrer(b, a, status="converted")
    rewards = RewardService(db, clock=lambda: NOW)
    with pytest.raises(ValidationError) as caught:
        rewards.add(link.id, "yacht", "abc")
    assert set(caught.value.field_errors) == {"kind", "value"}
    voucher = rewards.add(link.id, "voucher", "¥100", "下次消费抵扣")
    thanks = rewards.add(link.id, "honour")
    assert [(r.kind, r.value_cents) for r in rewards.owed()] == [
        ("voucher", 10000),
        ("honour", None),
    ]
    given = rewards.mark_given(voucher.id)
    assert (given.status, given.given_on) == ("given", DAY)
    assert [r.id for r in rewards.owed()] == [thanks.id]
    with pytest.raises(ValidationError):
        rewards.mark_given(voucher.id)


def test_a_referrers_kind_is_kept_changed_and_cleared(db: Database) -> None:
    (a,) = people(db, "张三")
    later = NOW + dt.timedelta(hours=3)
    ReferralService(db, stage_rules=stage_rules_in, clock=lambda: later).set_referrer_kind(
        a, "honour"
    )
    customers = CustomerService(db, stage_rules=stage_rules_in)
    assert customers.referrer_kind(a) == "honour"
    assert customers.get(a).updated_at == later
    referrals(db).set_referrer_kind(a, "friendship")
    assert customers.referrer_kind(a) == "friendship"
    referrals(db).set_referrer_kind(a, None)  # "not sure" in the panel
    assert customers.referrer_kind(a) is None
    with pytest.raises(ValidationError) as caught:
        referrals(db).set_referrer_kind(a, "famous")
    assert caught.value.field_errors == {"referrer_kind": "unknown_choice"}
    assert customers.referrer_kind(a) is None


def test_the_people_someone_brought_are_listed_newest_first(db: Database) -> None:
    star, early, same_day_first, same_day_second = people(db, "明星", "早", "同日一", "同日二")
    service = referrals(db)
    service.set_referrer(same_day_first, star, referred_on=dt.date(2026, 11, 5))
    service.set_referrer(early, star, referred_on=dt.date(2026, 11, 1))
    service.set_referrer(same_day_second, star, referred_on=dt.date(2026, 11, 5))
    # On the same day, the one recorded last is the newest.
    assert [r.referred_name for r in service.referred_by(star)] == ["同日二", "同日一", "早"]


def test_clearing_a_referral_recounts_a_referrer_who_has_bought(db: Database) -> None:
    referrer, friend = people(db, "老客", "朋友")
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW).record(
        referrer, PurchaseDraft(DAY, "茶", "0.29")
    )
    service = referrals(db)
    service.set_referrer(friend, referrer)
    service.clear_referrer(friend)
    record = CustomerService(db, stage_rules=stage_rules_in).get(referrer)
    assert (record.referrals_made, record.stage) == (0, "new")
