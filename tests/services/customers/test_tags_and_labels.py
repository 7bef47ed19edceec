"""What a tag and a phone's label may hold: never the characters that separate tags, numbers or a
label from its number, whichever way the customer is saved, so an export reads back the same."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.customers.tags import split_tags
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database


@pytest.fixture
def customers(db: Database) -> CustomerService:
    return CustomerService(db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22))


def test_a_tag_holding_a_separator_is_stored_as_the_tags_it_names(
    customers: CustomerService,
) -> None:
    saved = customers.create(
        CustomerDraft(
            name="张伟", tags=("团购/老客户", "送礼；节日", "A|B", "VIP、价格敏感", "vip")
        )
    )
    assert customers.get(saved.id).draft.tags == (
        "A", "B", "VIP", "价格敏感", "团购", "老客户", "节日", "送礼",
    )  # fmt: skip


def test_split_tags_reads_every_separator_a_clerk_types_and_drops_repeats() -> None:
    assert split_tags(" 老客户, 团购，VIP;送礼；学生、社区/家庭装|新品 , ,vip") == (
        "老客户", "团购", "VIP", "送礼", "学生", "社区", "家庭装", "新品",
    )  # fmt: skip


def test_a_phone_label_never_holds_what_separates_numbers_or_a_label(
    customers: CustomerService,
) -> None:
    saved = customers.create(
        CustomerDraft(
            name="王芳",
            phones=("13800138000", "0755 8888 6666", "13900139000"),
            phone_labels=("手机/电话：主要", "住宅（座机）", "x" * 40),
        )
    )
    assert customers.get(saved.id).draft.phone_labels == ("手机 电话 主要", "住宅 座机", "x" * 32)
