"""An exported customer workbook imports back unchanged, in every column (issue 17, round trip):
a demo shop and the customers that sit on the edges (notes at the limit, 1900 and year-unknown
birthdays, labelled landlines, tags typed with separators) are exported, imported into a fresh
shop file and compared field by field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path

import pytest

from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import MAX_TEXT, CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.demo import generate_demo
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import OnDuplicate
from custdesk.services.spreadsheets.excel_export import write_workbook
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.storage.db import Database
from tests.conftest import DEMO_TODAY
from tests.services.spreadsheets.import_support import NOW, import_file, stored

# Notes at the limit: several lines, Chinese and ASCII, exactly MAX_TEXT characters.
LONG_NOTES = ("第一行：喜欢红色，周末来店\n" + "老客户 VIP, 价格敏感；" * 400)[:MAX_TEXT]
EDGES = [
    CustomerDraft(
        name="最老的客户",
        gender="female",
        birthday=Birthday(1, 1, 1900),
        phones=("0755-8888 6666", "13800138000"),
        phone_labels=("住宅（座机）", "手机/电话"),  # stored as 住宅 座机 and 手机 电话
        tags=("团购/老客户", "VIP"),  # typed with a separator: two tags, and VIP
        notes=LONG_NOTES,
        follow_up_cadence_days=366,
        decision_maker="她女儿",
        wechat_id="13800138000",  # a WeChat id that looks like a number stays text
        address="北京市朝阳区建国路1号, 3单元",
        is_important=True,
        temperament="picky",
    ),
    CustomerDraft(name="二月底", birthday=Birthday(2, 28, 1900), follow_up_cadence_days=1),
    CustomerDraft(name="三月初", birthday=Birthday(3, 1, 1900), gender="male"),
    CustomerDraft(
        name="黄勇",
        birthday=Birthday(5, 3),  # the year not known: exported as --05-03
        phones=("+1 415 555 0123",),
        phone_labels=("Work: US",),
        tags=("送礼；节日",),
    ),
    CustomerDraft(
        name="闰日", birthday=Birthday(2, 29), hobbies="钓鱼、瑜伽", income_band="1万以上"
    ),
    CustomerDraft(name="=张三", notes="=SUM(A1:A2)", family_situation="已婚，两个孩子"),
]


def shop_with_edges(db: Database) -> Database:
    generate_demo(db, 300, seed=5, today=DEMO_TODAY)
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for draft in EDGES:
        customers.create(draft, allow_shared_phone=True)
    return db


def every_draft(db: Database) -> list[CustomerDraft]:
    """Every customer as the form would show them (phones with labels, tags, rhythm...), in an
    order that does not depend on ids: the same people sort the same way in both shops."""
    return sorted((record.draft for record in stored_all(db)), key=repr)


def stored_all(db: Database) -> list:  # type: ignore[type-arg]
    from custdesk.services.customers.customer_list import CustomerListService

    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    return [customers.get(i) for i in CustomerListService(db).ids()]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_an_exported_shop_imports_back_unchanged_field_by_field(
    tmp_path: Path,
    db: Database,
    other_shop: Callable[[], Database],
    language: str,
) -> None:
    before = every_draft(shop_with_edges(db))
    exported = tmp_path / "customers.xlsx"
    write_workbook(exported, [ReportBuilder(db, language, now=NOW).customers()])
    fresh = other_shop()
    _rows, report = import_file(fresh, exported, OnDuplicate.NEW)  # the demo shares a phone
    assert (report.imported, report.skipped, report.noted, report.listed) == (306, [], [], [])
    after = every_draft(fresh)
    assert len(after) == len(before) == 306
    if language == "zh_CN":  # the kinds of phone CustDesk writes come back as the sheet says
        before = [replace(d, phone_labels=chinese_kinds(d.phone_labels)) for d in before]
        before.sort(key=repr)
    for field in fields(CustomerDraft):
        assert [getattr(d, field.name) for d in after] == [
            getattr(d, field.name) for d in before
        ], field.name


def test_under_the_default_skip_people_who_share_a_phone_come_back_as_two_customers(
    tmp_path: Path, db: Database, other_shop: Callable[[], Database]
) -> None:
    """The demo shop, like a real one, has people who share a phone (a family's landline). Its
    own export, imported as a clerk would (skip: the default), gives every customer back; the
    rows sharing an earlier row's phone are listed, never folded into another person."""
    before = every_draft(shop_with_edges(db))
    exported = tmp_path / "customers.xlsx"
    write_workbook(exported, [ReportBuilder(db, "zh_CN", now=NOW).customers()])
    fresh = other_shop()
    _rows, report = import_file(fresh, exported, OnDuplicate.SKIP)
    assert (report.imported, report.skipped, report.folded) == (306, [], {})
    assert report.shared and report.listed == sorted(report.shared)
    after = every_draft(fresh)
    assert [d.name for d in after] == [d.name for d in before]
    assert [d.phones for d in after] == [d.phones for d in before]


def test_the_edges_are_stored_as_the_rules_say_before_any_export(db: Database) -> None:
    """What the round trip compares is what the rules keep: separators split a typed tag, and a
    label never holds what separates numbers or labels in a cell."""
    shop_with_edges(db)
    oldest = stored(db)["最老的客户"].draft
    assert oldest.tags == ("VIP", "团购", "老客户")
    assert oldest.phone_labels == ("住宅 座机", "手机 电话")
    assert len(oldest.notes) == MAX_TEXT
    assert stored(db)["黄勇"].draft.tags == ("节日", "送礼")
    assert stored(db)["黄勇"].draft.phone_labels == ("Work US",)


def test_the_demo_shops_rhythms_and_labels_are_there_to_be_lost(db: Database) -> None:
    """The round trip above proves something only if the demo has rhythms and labelled phones."""
    drafts = every_draft(shop_with_edges(db))
    assert sum(d.follow_up_cadence_days is not None for d in drafts) > 100
    assert sum(len(d.phones) > 1 for d in drafts) > 20
    assert {label for d in drafts for label in d.phone_labels} >= {"mobile", "home"}
    assert sum(len(d.tags) > 1 for d in drafts) > 20


# The demo's labels, as a Chinese customers sheet writes them (a clerk's own words stay).
CHINESE_KINDS = {"mobile": "手机", "home": "住宅"}


def chinese_kinds(labels: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(CHINESE_KINDS.get(label, label) for label in labels)


@pytest.fixture
def other_shop(tmp_path: Path, new_shop_file: Callable[[Path], Path]) -> Callable[[], Database]:
    opened: list[Database] = []

    def make() -> Database:
        database = Database.open(new_shop_file(tmp_path / "fresh" / "custdesk.db"))
        opened.append(database)
        return database

    yield make  # type: ignore[misc]
    for database in opened:
        database.close()


def test_the_rhythm_is_a_column_of_whole_days_under_its_own_header(
    tmp_path: Path, db: Database
) -> None:
    import openpyxl

    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    customers.create(CustomerDraft(name="张伟", follow_up_cadence_days=30))
    customers.create(CustomerDraft(name="李娜"))
    exported = tmp_path / "customers.xlsx"
    write_workbook(exported, [ReportBuilder(db, "zh_CN", now=NOW).customers()])
    sheet = openpyxl.load_workbook(exported).active
    headers = [cell.value for cell in sheet[3]]
    at = headers.index("回访周期（天）")
    assert [(row[0].value, row[at].value) for row in sheet.iter_rows(min_row=4)] == [
        ("李娜", None),  # no regular follow-up: an empty cell, not 0
        ("张伟", 30),
    ]
