from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from custdesk.errors import FieldProblem, NotFoundError, ValidationError
from custdesk.services.customers.aggregates import refresh_aggregates
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customer_rows import load_customer
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database
from tests.mutation_run import examples

NOW = dt.datetime(2026, 11, 22, 12, 0)


def add_people(db: Database, count: int) -> list[int]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    return [customers.create(CustomerDraft(name=f"客户{i}")).id for i in range(count)]


def link(db: Database, referrer: int, referred: int) -> None:
    with db.writing() as session:
        session.add(
            orm.Referral(referrer_id=referrer, referred_id=referred, referred_on=NOW.date())
        )
        session.flush()
        refresh_aggregates(
            session, load_customer(session, referrer), NOW.date(), stage_rules_in(session)
        )


def links(db: Database) -> set[tuple[int, int]]:
    with db.reading() as session:
        rows = session.execute(select(orm.Referral.referrer_id, orm.Referral.referred_id))
        return {(referrer, referred) for referrer, referred in rows}


def has_cycle(edges: set[tuple[int, int]]) -> bool:
    parent = {child: referrer for referrer, child in edges}
    for start in parent:
        seen, node = set(), start
        while node in parent:
            if node in seen:
                return True
            seen.add(node)
            node = parent[node]
    return False


def test_the_kept_file_gains_everything_and_the_other_goes_to_the_trash(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    keep = customers.create(CustomerDraft(name="张三", phones=("13800138000",), tags=("团购",)))
    other = customers.create(
        CustomerDraft(
            name="张三 (旧)",
            phones=("13800138000", "13900139000"),
            birthday=Birthday(1, 2, 1980),
            tags=("送礼",),
            notes="喜欢茶",
        ),
        allow_shared_phone=True,
    )
    purchases.record(keep.id, PurchaseDraft(dt.date(2026, 10, 1), "大衣", "1000"))
    purchases.record(other.id, PurchaseDraft(dt.date(2026, 10, 15), "围巾", "200"))
    purchases.record(other.id, PurchaseDraft(dt.date(2026, 11, 1), "茶叶", "300"))

    result = MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW).merge(
        keep.id, other.id
    )

    merged = customers.get(keep.id)
    assert result.moved_records >= 2
    assert merged.total_spent_cents == 150000
    assert merged.purchase_count == 3
    assert merged.stage == "regular"
    assert merged.draft.phones == ("+8613800138000", "+8613900139000")
    assert merged.draft.tags == ("团购", "送礼")
    assert merged.draft.birthday == Birthday(1, 2, 1980)  # blank filled from the other file
    assert merged.draft.notes == "喜欢茶"
    gone = customers.get(other.id)
    assert gone.in_trash
    assert gone.total_spent_cents == 0
    with db.reading() as session:
        assert session.get(orm.Customer, other.id).merged_into_id == keep.id  # type: ignore[union-attr]


def test_referral_chains_stay_consistent(db: Database) -> None:
    a, b, c, d, e = add_people(db, 5)
    # a -> b -> c -> d, and b also referred e.  Merge b into d (d is b's descendant).
    for referrer, referred in ((a, b), (b, c), (c, d), (b, e)):
        link(db, referrer, referred)
    result = MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW).merge(d, b)
    edges = links(db)
    assert not has_cycle(edges)
    assert all(referrer != referred for referrer, referred in edges)
    assert (d, e) in edges  # b's other referral now belongs to d
    assert (c, d) in edges  # d keeps its own referrer
    assert result.dropped_referrals >= 1  # b->c would have closed a loop c->d->c


def test_merging_with_itself_or_a_trashed_file_is_refused(db: Database) -> None:
    a, b = add_people(db, 2)
    merge = MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    # The code picks the sentence the clerk reads (ui.common.messages); str(exc) only goes to logs.
    with pytest.raises(ValidationError) as same:
        merge.merge(a, a)
    assert same.value.field_errors == {"merge": FieldProblem.SAME_CUSTOMER}
    CustomerService(db, stage_rules=stage_rules_in).trash(b)
    for keep, absorb in ((a, b), (b, a)):  # the Trash refuses either side
        with pytest.raises(ValidationError) as trashed:
            merge.merge(keep, absorb)
        assert trashed.value.field_errors == {"merge": FieldProblem.IN_TRASH}


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    parents=st.lists(st.integers(min_value=0, max_value=30), min_size=2, max_size=12),
    pick=st.tuples(st.integers(min_value=0, max_value=11), st.integers(min_value=0, max_value=11)),
)
def test_any_merge_in_any_forest_leaves_no_cycle_and_loses_no_one(
    new_shop_file: Callable[[Path], Path],
    tmp_path_factory: pytest.TempPathFactory,
    parents: list[int],
    pick: tuple[int, int],
) -> None:
    db = Database.open(new_shop_file(tmp_path_factory.mktemp("merge") / "m.db"))
    try:
        ids = add_people(db, len(parents))
        for index in range(1, len(ids)):
            parent = parents[index] % (index + 1)  # only earlier customers: a forest
            if parent < index:
                link(db, ids[parent], ids[index])
        keep, absorb = ids[pick[0] % len(ids)], ids[pick[1] % len(ids)]
        if keep == absorb:
            return
        MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW).merge(keep, absorb)
        edges = links(db)
        assert not has_cycle(edges)
        assert all(absorb not in edge for edge in edges)
        assert all(referrer != referred for referrer, referred in edges)
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(orm.Customer)) == len(ids)
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
            made = session.scalar(
                select(orm.Customer.referrals_made).where(orm.Customer.id == keep)
            )
        assert made == sum(1 for referrer, _ in edges if referrer == keep)
    finally:
        db.close()


def snapshot_of_files(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Everything a merge may touch, as plain rows (audit history aside: it only grows)."""
    queries = {
        "customers": "SELECT id, name, birth_year, birth_month, birth_day, notes, is_important,"
        " deleted_at, merged_into_id, total_spent_cents, purchase_count, referrals_made, stage"
        " FROM customers",
        "phones": "SELECT customer_id, number FROM customer_phones",
        "tags": "SELECT customer_id, tag_id FROM customer_tags",
        "purchases": "SELECT id, customer_id, amount_cents FROM purchases",
        "referrals": "SELECT id, referrer_id, referred_id, status FROM referrals",
        "rewards": "SELECT id, referral_id, kind, status FROM referral_rewards",
    }
    with db.reading() as session:
        return {
            name: sorted(tuple(row) for row in session.execute(text(sql)))
            for name, sql in queries.items()
        }


def test_unmerge_puts_both_files_back_as_they_were(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    keep = customers.create(CustomerDraft(name="张三", phones=("13800138000",), tags=("团购",)))
    other = customers.create(
        CustomerDraft(name="张三 (旧)", phones=("13900139000",), tags=("送礼",), notes="喜欢茶")
    )
    referrer, friend = add_people(db, 2)
    link(db, referrer, other.id)
    link(db, other.id, friend)
    with db.writing() as session:
        referral_id = session.scalar(
            select(orm.Referral.id).where(orm.Referral.referred_id == friend)
        )
        session.add(orm.ReferralReward(referral_id=referral_id, kind="voucher", value_cents=5000))
    purchases.record(other.id, PurchaseDraft(dt.date(2026, 10, 15), "围巾", "200"))
    before = snapshot_of_files(db)
    merge = MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW)

    result = merge.merge(keep.id, other.id)
    assert snapshot_of_files(db) != before
    merge.unmerge(result)

    assert snapshot_of_files(db) == before
    restored = customers.get(other.id)
    assert not restored.in_trash
    assert restored.total_spent_cents == 20000
    assert customers.get(keep.id).draft.tags == ("团购",)


def test_an_unmerge_after_the_absorbed_file_left_the_trash_is_refused(db: Database) -> None:
    a, b = add_people(db, 2)
    merge = MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    result = merge.merge(a, b)
    CustomerService(db, stage_rules=stage_rules_in).restore(b)
    with pytest.raises(NotFoundError):
        merge.unmerge(result)


@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    parents=st.lists(st.integers(min_value=0, max_value=30), min_size=2, max_size=10),
    pick=st.tuples(st.integers(min_value=0, max_value=9), st.integers(min_value=0, max_value=9)),
    rewarded=st.sets(st.integers(min_value=1, max_value=9), max_size=4),
)
def test_merge_then_unmerge_in_any_forest_changes_nothing(
    new_shop_file: Callable[[Path], Path],
    tmp_path_factory: pytest.TempPathFactory,
    parents: list[int],
    pick: tuple[int, int],
    rewarded: set[int],
) -> None:
    db = Database.open(new_shop_file(tmp_path_factory.mktemp("unmerge") / "m.db"))
    try:
        ids = add_people(db, len(parents))
        for index in range(1, len(ids)):
            parent = parents[index] % (index + 1)
            if parent < index:
                link(db, ids[parent], ids[index])
        with db.writing() as session:
            for referral_id in session.scalars(
                select(orm.Referral.id).where(orm.Referral.id.in_(rewarded))
            ):
                session.add(orm.ReferralReward(referral_id=referral_id, kind="gift"))
        keep, absorb = ids[pick[0] % len(ids)], ids[pick[1] % len(ids)]
        if keep == absorb:
            return
        before = snapshot_of_files(db)
        merge = MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
        merge.unmerge(merge.merge(keep, absorb))
        assert snapshot_of_files(db) == before
    finally:
        db.close()
