"""Searches a clerk types that are neither a plain name nor a plain phone number."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.customers.customer_list import CustomerFilter, CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database


@pytest.fixture
def search(db: Database) -> CustomerListService:
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22, 10, 0)
    )
    for name, phones in (
        ("王888", ()),
        ("李四", ("13888880000",)),
        ('Joe "JJ" Lee', ()),
        ("Xavier", ()),
        ("夏雨", ()),
        ("Zoë", ()),
        ("张三", ("13800138000",)),
    ):
        customers.create(CustomerDraft(name=name, phones=phones))
    return CustomerListService(db)


def found(search: CustomerListService, typed: str) -> list[str]:
    return sorted(row.name for row in search.rows(search.ids(CustomerFilter(text=typed))))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Letters around the digits: a name search, not a phone search for 888.
        pytest.param("王888", ["王888"], id="name-with-digits"),
        pytest.param("888", ["李四"], id="digits-are-a-phone-search"),
        # Double quotes are FTS syntax; typed, they are part of the name.
        pytest.param('"JJ"', ['Joe "JJ" Lee'], id="quotes-in-the-name"),
        pytest.param('e "J', ['Joe "JJ" Lee'], id="one-quote"),
        # One capital letter: names starting with it, and pinyin starting with x; not every
        # name that sorts after X (Zoë, 张三).
        pytest.param("X", ["Xavier", "夏雨"], id="one-capital-letter"),
    ],
)
def test_search_finds_exactly_the_customers_the_text_belongs_to(
    search: CustomerListService, typed: str, expected: list[str]
) -> None:
    assert found(search, typed) == expected
