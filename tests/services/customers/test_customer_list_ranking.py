"""A typed search is ranked (issue 19): the exact name or phone first, then those starting with
it, then the rest, and within each of these the phone-book order of the list itself; past the
5,000 matches (PHONE_BOOK_RANKING_UP_TO), each rank in filing order."""

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


@pytest.mark.parametrize("limit", [1, 2, 3, 500])
def test_past_the_phone_book_ranking_the_ranks_stay_each_in_filing_order(
    four_zhang: CustomerListService, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    # The phone book ranks up to 3 matches here (5,000 in a shop) and the count stops at 3 + 1
    # ("3+"). Past it the ranks stay (张 is the name typed, 张伟 starts with it), and the rest
    # come in the order they were filed: li·zhang before a·zhang, where the phone book would
    # put a·zhang first. The first page stops at its limit within any rank and is the start of
    # the same list the next pages, the positions and an export read.
    monkeypatch.setattr(customer_list, "PHONE_BOOK_RANKING_UP_TO", 3)
    where = CustomerFilter(text="张")
    ids, count = four_zhang.first_page(where, SortKey.RELEVANCE, limit=limit)
    whole = four_zhang.ids(where, SortKey.RELEVANCE)
    assert listed_names(four_zhang, whole) == ["张", "张伟", "李张", "阿张"]
    assert ids == whole[:limit]
    assert count == 4  # the count stops at 3 + 1: the list says "3+", as "10,000+" in a shop
    assert four_zhang.page(where, SortKey.RELEVANCE, limit=limit) == ids
    for second_page_from in (1, 2):  # the next pages start where the last left off
        assert (
            four_zhang.page(where, SortKey.RELEVANCE, offset=second_page_from, limit=2)
            == (whole[second_page_from : second_page_from + 2])
        )
    for row, customer_id in enumerate(whole):
        assert four_zhang.position(where, SortKey.RELEVANCE, False, customer_id) == row


@pytest.mark.parametrize(
    ("ranked_up_to", "listed"),
    [(4, ["张", "张伟", "阿张", "李张"]), (3, ["张", "张伟", "李张", "阿张"])],
)
@pytest.mark.parametrize("count_up_to", [10_000, 2])  # 2: the count stops before the limit
def test_the_phone_book_ranks_up_to_its_limit_and_filing_order_starts_past_it(
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    ranked_up_to: int,
    listed: list[str],
    count_up_to: int,
) -> None:
    add(db, "李张", "张伟", "阿张", "张")  # four matches: at the limit, then one past it
    monkeypatch.setattr(customer_list, "PHONE_BOOK_RANKING_UP_TO", ranked_up_to)
    monkeypatch.setattr(customer_list, "COUNT_EXACT_UP_TO", count_up_to)
    service = CustomerListService(db)
    where = CustomerFilter(text="张")
    ids, count = service.first_page(where, SortKey.RELEVANCE)
    assert listed_names(service, ids) == listed and count == min(4, count_up_to + 1)
    assert service.page(where, SortKey.RELEVANCE) == ids == service.ids(where, SortKey.RELEVANCE)


def test_in_filing_order_the_trash_and_the_filters_still_hold(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(db, "张", "张伟", "张三", "李张", "阿张")
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    service = CustomerListService(db)
    by_name = {row.name: row.id for row in service.rows(service.ids())}
    customers.trash(by_name["张伟"])  # in the Trash: never listed, in no rank
    customers.trash(by_name["李张"])
    monkeypatch.setattr(customer_list, "PHONE_BOOK_RANKING_UP_TO", 1)
    where = CustomerFilter(text="张")
    ids, count = service.first_page(where, SortKey.RELEVANCE, limit=500)
    assert listed_names(service, ids) == ["张", "张三", "阿张"]
    assert count == 3
    ids, _count = service.first_page(where, SortKey.RELEVANCE, limit=2)
    assert listed_names(service, ids) == ["张", "张三"]
    in_trash = CustomerFilter(text="张", in_trash=True)
    ids, count = service.first_page(in_trash, SortKey.RELEVANCE, limit=500)
    assert listed_names(service, ids) == ["张伟", "李张"] and count == 2


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


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("张", 2),  # grams: 张三 holds 张 in the name and in a tag, and is counted once
        ("zhang", 2),  # the trigram index
        ("张 三", 1),  # two words, both must hold
        ("139", 1),  # a phone, its holder in the Trash left out
    ],
)
def test_a_typed_search_counts_each_customer_outside_the_trash_once(
    db: Database, typed: str, found: int
) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    customers.create(CustomerDraft(name="张三", tags=("张家老客",), phones=("13900001111",)))
    customers.create(CustomerDraft(name="张", phones=("13800002222",)))
    trashed = customers.create(CustomerDraft(name="张伟", phones=("13900003333",)))
    customers.trash(trashed.id)
    service = CustomerListService(db)
    for sort in (SortKey.RELEVANCE, SortKey.NAME):
        ids, count = service.first_page(CustomerFilter(text=typed), sort)
        assert count == found == len(ids)
        assert trashed.id not in ids
    ids, count = service.first_page(CustomerFilter(text=typed, in_trash=True), SortKey.RELEVANCE)
    assert ids == ([] if typed == "张 三" else [trashed.id]) and count == len(ids)
