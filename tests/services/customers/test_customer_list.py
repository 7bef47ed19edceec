"""The customer list as the table model will ask for it: filters, order, search, row data."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.customers.calendar import Birthday
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


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    people = {
        "张三": CustomerDraft(
            name="张三",
            birthday=Birthday(3, 9, 1980),
            phones=("13800138000",),
            tags=("团购",),
            temperament="picky",
        ),
        "张三丰": CustomerDraft(
            name="张三丰", birthday=Birthday(7, 1, 1990), phones=("13911112222",), tags=("老客户",)
        ),
        "单雄信": CustomerDraft(name="单雄信", phones=("13622223333",), tags=("团购",)),
        "Alice Wang": CustomerDraft(name="Alice Wang", birthday=Birthday(3, 30, 2001)),
        "李四": CustomerDraft(name="李四", phones=("010 6552 9988",)),
    }
    ids = {name: customers.create(draft).id for name, draft in people.items()}
    customers.trash(ids["李四"])
    return ids


def names(db: Database, ids: list[int]) -> list[str]:
    return [row.name for row in CustomerListService(db).rows(ids)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张", ["张三", "张三丰"]),  # one character: anywhere in the name
        ("zs", ["张三", "张三丰"]),  # initials
        ("zsf", ["张三丰"]),
        ("zh", ["张三", "张三丰"]),  # the start of the pinyin, which is not the initials
        ("zhangsan", ["张三", "张三丰"]),  # full pinyin, as a substring
        ("sxx", ["单雄信"]),  # the surname reading shan, not the everyday dan
        ("雄信", ["单雄信"]),  # two characters: anywhere in the name too (issue 19)
        ("Alice", ["Alice Wang"]),
        ("ce wa", ["Alice Wang"]),
        ("0013 8000", ["张三"]),  # phone digits anywhere, spaces ignored
        ("+86 139", ["张三丰"]),
        ("13 9", ["张三丰"]),  # three digits are a phone search, whatever lies between them
        ("团购", ["单雄信", "张三"]),  # two characters search tags too (issue 19)
        ("老客户", ["张三丰"]),  # three characters also search tags
        ("6552", []),  # 李四 is in the Trash
    ],
)
def test_search_finds_what_a_clerk_types(
    db: Database, shop: dict[str, int], query: str, expected: list[str]
) -> None:
    found = CustomerListService(db).ids(CustomerFilter(text=query))
    assert sorted(names(db, found)) == sorted(expected)


def test_quick_filters(db: Database, shop: dict[str, int]) -> None:
    service = CustomerListService(db)
    assert sorted(names(db, service.ids(CustomerFilter(tag="团购")))) == ["单雄信", "张三"]
    assert names(db, service.ids(CustomerFilter(temperament="picky"))) == ["张三"]
    march = service.ids(CustomerFilter(birthday_month=3), sort=SortKey.NAME)
    assert names(db, march) == ["Alice Wang", "张三"]
    assert names(db, service.ids(CustomerFilter(in_trash=True))) == ["李四"]
    assert service.count() == 4
    assert service.count(CustomerFilter(in_trash=True)) == 1


def test_sorting_by_age_puts_the_youngest_first_and_unknown_last(
    db: Database, shop: dict[str, int]
) -> None:
    service = CustomerListService(db)
    assert names(db, service.ids(sort=SortKey.AGE)) == ["Alice Wang", "张三丰", "张三", "单雄信"]
    assert names(db, service.ids(sort=SortKey.AGE, descending=True))[:3] == [
        "张三",
        "张三丰",
        "Alice Wang",
    ]


def test_rows_come_back_in_the_order_asked(db: Database, shop: dict[str, int]) -> None:
    service = CustomerListService(db)
    order = [shop["Alice Wang"], shop["张三"], 999_999]
    rows = service.rows(order)
    assert [row.name for row in rows] == ["Alice Wang", "张三"]
    assert rows[1].phone == "+8613800138000"
    assert rows[1].tags == "团购"


def test_a_row_shows_the_first_phone_every_tag_and_blanks_for_none(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    busy = customers.create(
        CustomerDraft(name="王五", phones=("13911112222", "13800138000"), tags=("团购", "老客户"))
    ).id
    bare = customers.create(CustomerDraft(name="赵六")).id
    rows = CustomerListService(db).rows([busy, bare])
    assert rows[0].phone == "+8613911112222"
    assert sorted(rows[0].tags.split(", ")) == ["团购", "老客户"]
    assert (rows[1].phone, rows[1].tags) == ("", "")


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        (1, ["元旦生", "一月底"]),
        (2, ["闰日生"]),
        (12, ["除夕生", "一百岁"]),
    ],
)
def test_birthday_month_takes_whole_months_of_any_year(
    db: Database, month: int, expected: list[str]
) -> None:
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22, 9, 0)
    )
    for name, birthday in (
        ("元旦生", dt.date(1999, 1, 1)),
        ("一月底", dt.date(2012, 1, 31)),
        ("闰日生", dt.date(2000, 2, 29)),
        ("除夕生", dt.date(1985, 12, 31)),
        ("一百岁", dt.date(1926, 12, 1)),
        ("十一月", dt.date(2025, 11, 30)),
    ):
        customers.create(CustomerDraft(name=name, birthday=Birthday.from_date(birthday)))
    found = CustomerListService(db).ids(CustomerFilter(birthday_month=month))
    assert sorted(names(db, found)) == sorted(expected)


def test_birthdays_without_a_year_are_in_their_month_and_last_by_age(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for name, birthday in (
        ("无生日", None),
        ("五月三日", Birthday(5, 3)),
        ("一九九〇年一月", Birthday(1, 1, 1990)),
        ("一九九〇年六月", Birthday(6, 1, 1990)),
        ("一九九〇年五月", Birthday(5, 31, 1990)),
    ):
        customers.create(CustomerDraft(name=name, birthday=birthday))
    service = CustomerListService(db)
    may = service.ids(CustomerFilter(birthday_month=5), sort=SortKey.AGE)
    assert names(db, may) == ["一九九〇年五月", "五月三日"]
    youngest_first = names(db, service.ids(sort=SortKey.AGE))
    oldest_first = names(db, service.ids(sort=SortKey.AGE, descending=True))
    assert youngest_first[:3] == ["一九九〇年六月", "一九九〇年五月", "一九九〇年一月"]
    assert oldest_first[:3] == ["一九九〇年一月", "一九九〇年五月", "一九九〇年六月"]
    assert sorted(youngest_first[3:]) == sorted(oldest_first[3:]) == ["五月三日", "无生日"]
