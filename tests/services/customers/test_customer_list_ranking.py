"""A typed search is ranked (issue 19): the exact name or phone first, then those starting with
it, then the rest, and within each of these the phone-book order of the list itself."""

from __future__ import annotations

import datetime as dt

from custdesk.services.customers.customer_list import (
    CustomerFilter,
    CustomerListService,
    SortKey,
)
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 10, 0)


def add(db: Database, *names: str) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for name in names:
        customers.create(CustomerDraft(name=name))


def ranked(db: Database, typed: str) -> list[str]:
    service = CustomerListService(db)
    ids = service.page(CustomerFilter(text=typed), SortKey.RELEVANCE)
    return [row.name for row in service.rows(ids)]


def test_names_starting_alike_keep_every_chen_before_any_cheng(db: Database) -> None:
    # All three start with chen; joined pinyin would interleave them (chenfang < chenggang <
    # chenhua), the phone book reads the surname first: chen·fang, chen·hua, then cheng·gang.
    add(db, "陈华", "程刚", "陈芳")
    assert ranked(db, "chen") == ["陈芳", "陈华", "程刚"]
