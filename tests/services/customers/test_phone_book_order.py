"""The customer list opens in phone-book order: by the surname's syllable first, then the given
name, as a clerk looks a name up in a paper address book."""

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


def listed(db: Database, *names: str, where: CustomerFilter | None = None) -> list[str]:
    """Create the customers in the order given, then read the list's default order back."""
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for name in names:
        customers.create(CustomerDraft(name=name))
    service = CustomerListService(db)
    return [row.name for row in service.rows(service.ids(where or CustomerFilter()))]


def test_every_chen_comes_before_any_cheng(db: Database) -> None:
    # Joined pinyin interleaves them: chenfang < chenggang < chenhua. By surname first:
    # chen·fang, chen·hua, then cheng·gang.
    assert listed(db, "陈华", "程刚", "陈芳") == ["陈芳", "陈华", "程刚"]


def test_clicking_the_name_header_again_reverses_the_phone_book(db: Database) -> None:
    listed(db, "陈华", "程刚", "陈芳")
    service = CustomerListService(db)
    ids = service.ids(CustomerFilter(), SortKey.NAME, descending=True)
    assert [row.name for row in service.rows(ids)] == ["程刚", "陈华", "陈芳"]


def test_shan_the_surname_is_filed_under_s_between_sha_and_shang(db: Database) -> None:
    # pypinyin reads 单 dan (its everyday reading): it would stand after 戴 dai. As a surname it
    # is shan: sha < shan < shang.
    assert listed(db, "尚明", "单明", "戴明", "沙明") == ["戴明", "沙明", "单明", "尚明"]


def test_surnames_of_one_syllable_keep_their_own_people_together(db: Database) -> None:
    # 张 and 章 are both zhang: zhang·an (章安) would come between 张斌 and 张伟 by pinyin alone.
    assert listed(db, "张伟", "章安", "张斌") == ["张斌", "张伟", "章安"]


def test_the_given_name_is_compared_syllable_by_syllable(db: Database) -> None:
    # 陈西安 is chen·xi·an and 陈先 chen·xian: xi comes before xian. Run together, both read
    # chenxian and the one entered first would stand first.
    assert listed(db, "陈先", "陈西安") == ["陈西安", "陈先"]


def test_latin_names_sort_by_their_folded_spelling_among_the_pinyin(db: Database) -> None:
    # emile < emily < emma < zack < zhang < zoe: case and accents do not count.
    assert listed(db, "zoe", "张三", "Zack", "Emma", "emily", "Émile") == [
        "Émile",
        "emily",
        "Emma",
        "Zack",
        "张三",
        "zoe",
    ]


def test_a_quick_filter_keeps_the_phone_book_order(db: Database) -> None:
    where = CustomerFilter(stage="prospect")
    assert listed(db, "陈华", "程刚", "单明", "陈芳", where=where) == [
        "陈芳",
        "陈华",
        "程刚",
        "单明",
    ]
