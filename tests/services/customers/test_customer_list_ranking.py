"""A typed search is ranked (issue 19): the exact name or phone first, then those starting with
it, then the rest, and within each of these the phone-book order of the list itself."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.customers import customer_list
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


def listed_names(service: CustomerListService, ids: list[int]) -> list[str]:
    return [row.name for row in service.rows(ids)]


@pytest.fixture
def four_zhang(db: Database, monkeypatch: pytest.MonkeyPatch) -> CustomerListService:
    """Four customers holding 张, and the list's cap lowered from 10,000 to 3: a shop where
    typing 张 finds "more than the cap" without writing ten thousand customers."""
    add(db, "李张", "张伟", "阿张", "张")
    monkeypatch.setattr(customer_list, "COUNT_EXACT_UP_TO", 3)
    return CustomerListService(db)


def test_above_the_cap_every_match_is_still_ranked(
    four_zhang: CustomerListService, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cap of 2: the count stops at its third match, before 张, the last one filed.
    monkeypatch.setattr(customer_list, "COUNT_EXACT_UP_TO", 2)
    where = CustomerFilter(text="张")
    ids, count = four_zhang.first_page(where, SortKey.RELEVANCE, limit=500)
    # 张 is the name typed, 张伟 starts with it, then the phone book: a·zhang, li·zhang. The
    # first three found (the counted ones) are not the only ones ranked.
    assert listed_names(four_zhang, ids) == ["张", "张伟", "阿张", "李张"]
    assert count == 3  # the list says "2+" here, as it says "10,000+" in a big shop
    assert four_zhang.page(where, SortKey.RELEVANCE) == ids
    assert four_zhang.ids(where, SortKey.RELEVANCE) == ids
    for second_page_from in (1, 2):  # the next pages start where the last left off
        assert (
            four_zhang.page(where, SortKey.RELEVANCE, offset=second_page_from, limit=2)
            == (ids[second_page_from : second_page_from + 2])
        )
    for row, customer_id in enumerate(ids):
        assert four_zhang.position(where, SortKey.RELEVANCE, False, customer_id) == row


def test_at_the_cap_the_search_is_still_ranked(
    four_zhang: CustomerListService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(customer_list, "COUNT_EXACT_UP_TO", 4)  # four found: not above it
    where = CustomerFilter(text="张")
    ids, count = four_zhang.first_page(where, SortKey.RELEVANCE, limit=500)
    assert listed_names(four_zhang, ids) == ["张", "张伟", "阿张", "李张"]
    assert count == 4
    assert four_zhang.page(where, SortKey.RELEVANCE) == ids
    assert four_zhang.ids(where, SortKey.RELEVANCE) == ids
