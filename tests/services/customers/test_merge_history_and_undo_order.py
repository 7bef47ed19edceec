"""What a merge and its undo leave in the files' history, and what an undo may take back."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.errors import NotFoundError
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

MERGED = dt.datetime(2026, 11, 22, 10, 0)
UNDONE = dt.datetime(2026, 11, 22, 10, 5)


def test_both_histories_name_the_clerk_and_the_other_file(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: MERGED)
    keep = customers.create(CustomerDraft(name="张三")).id
    absorb = customers.create(CustomerDraft(name="张三 (旧)")).id
    result = MergeService(db, stage_rules=stage_rules_in, clock=lambda: MERGED, actor="小李").merge(
        keep, absorb
    )
    MergeService(db, stage_rules=stage_rules_in, clock=lambda: UNDONE, actor="阿芳").unmerge(result)

    def merges(customer_id: int) -> list[tuple[dt.datetime, str, str, str, str | None]]:
        return [
            (entry.changed_at, entry.actor, entry.action, entry.field, entry.old_value)
            for entry in customers.history(customer_id)
            if entry.action in {"merge", "unmerge"}
        ]

    # A merge changes the whole file, so its entry names no one field.
    assert merges(keep) == [
        (UNDONE, "阿芳", "unmerge", "", f"{absorb} 张三 (旧)"),
        (MERGED, "小李", "merge", "", f"{absorb} 张三 (旧)"),
    ]
    assert merges(absorb) == [
        (UNDONE, "阿芳", "unmerge", "", f"{keep} 张三"),
        (MERGED, "小李", "merge", "", f"{keep} 张三"),
    ]


def test_an_undo_that_cannot_be_done_names_the_customer(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: MERGED)
    keep = customers.create(CustomerDraft(name="张三")).id
    absorb = customers.create(CustomerDraft(name="王小明")).id
    merge = MergeService(db, stage_rules=stage_rules_in, clock=lambda: MERGED)
    result = merge.merge(keep, absorb)
    merge.unmerge(result)
    with pytest.raises(NotFoundError, match="王小明"):
        merge.unmerge(result)  # a second undo of the same merge


def test_undoing_an_older_merge_takes_nothing_from_the_file_that_holds_it_now(
    db: Database,
) -> None:
    """B was merged into A, then A into C: B's purchase is C's now. Undoing the first merge
    brings B back, but leaves C's records and totals as the owner last saw them."""
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: MERGED)
    a, b, c = (customers.create(CustomerDraft(name=name)).id for name in ("甲", "乙", "丙"))
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: MERGED).record(
        b, PurchaseDraft(dt.date(2026, 11, 1), "围巾", "19.99")
    )
    merge = MergeService(db, stage_rules=stage_rules_in, clock=lambda: MERGED)
    first = merge.merge(a, b)
    merge.merge(c, a)
    assert customers.get(c).total_spent_cents == 1999

    merge.unmerge(first)

    assert customers.get(c).total_spent_cents == 1999
    assert customers.get(b).total_spent_cents == 0
    assert not customers.get(b).in_trash
