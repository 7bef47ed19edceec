"""Issue 19: what a clerk types finds the customers it belongs to, and only those.

Each query here found nothing (or the wrong customers) before: parts of a name under three
characters, several words, pinyin inside a syllable, full-width input from a Chinese input method.
"""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.customers.customer_list import CustomerFilter, CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

CUSTOMERS = (
    ("王小明", ("13800138000",), ()),
    ("李明华", ("13912345678",), ()),
    ("张三丰", ("13700001111",), ()),
    ("张三", ("13688008000",), ("团购客",)),
    ("安娜", ("15900002222",), ()),
    ("张伟", ("18600003333",), ()),
    ("Zoë Smith", ("13511112222",), ()),
    ("Amy Lee", ("13522223333",), ()),
    ("单雄信", (), ()),
    ("明", ("17700004444",), ()),
)


@pytest.fixture
def search(db: Database) -> CustomerListService:
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22, 10, 0)
    )
    for name, phones, tags in CUSTOMERS:
        customers.create(CustomerDraft(name=name, phones=phones, tags=tags))
    return CustomerListService(db)


def found(search: CustomerListService, typed: str) -> list[str]:
    return sorted(row.name for row in search.rows(search.ids(CustomerFilter(text=typed))))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Any part of a name, one character or more.
        pytest.param("明", ["王小明", "明", "李明华"], id="one-character-inside"),
        pytest.param("小明", ["王小明"], id="two-characters-at-the-end"),
        pytest.param("明华", ["李明华"], id="two-characters-in-the-middle"),
        pytest.param("三丰", ["张三丰"], id="given-name-only"),
        # Several words: each a condition, all must hold.
        pytest.param("明 138", ["王小明"], id="name-and-phone"),
        pytest.param("明 139", ["李明华"], id="name-and-another-phone"),
        pytest.param("明 186", [], id="no-customer-has-both"),
        pytest.param("zhang san feng", ["张三丰"], id="syllables-as-words"),
        pytest.param("张 三", ["张三", "张三丰"], id="characters-as-words"),
        pytest.param("zoe smith", ["Zoë Smith"], id="latin-words"),
        pytest.param("zoesmith", ["Zoë Smith"], id="latin-run-together"),
        pytest.param("Zoë", ["Zoë Smith"], id="with-the-accent"),
        pytest.param("张 团购", ["张三"], id="name-and-tag"),
        # Pinyin at syllable starts only: an is 安, not the an inside zh-an-g.
        pytest.param("an", ["安娜"], id="pinyin-syllable-start"),
        pytest.param("anna", ["安娜"], id="pinyin-whole-name"),
        pytest.param("sanf", ["张三丰"], id="pinyin-across-syllables"),
        pytest.param("angs", [], id="pinyin-inside-a-syllable"),
        pytest.param("shan", ["单雄信"], id="surname-reading"),
        # Full-width input: NFKC, then case.
        pytest.param("８０００", ["张三", "王小明"], id="full-width-digits"),
        pytest.param("１３８", ["王小明"], id="full-width-phone-start"),
        pytest.param("ｚｈａｎｇｓａｎ", ["张三", "张三丰"], id="full-width-pinyin"),
        pytest.param("Ａｍｙ", ["Amy Lee"], id="full-width-latin"),
        pytest.param("ＡＭＹ ｌｅｅ", ["Amy Lee"], id="full-width-capitals-two-words"),
        pytest.param("ＬＥ", ["Amy Lee"], id="full-width-capitals-short"),
    ],
)
def test_a_typed_search_finds_exactly_its_customers(
    search: CustomerListService, typed: str, expected: list[str]
) -> None:
    assert found(search, typed) == sorted(expected)
