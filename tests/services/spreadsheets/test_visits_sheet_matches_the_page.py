"""The Visits page's Export button writes the visits the page lists: same filter, same order.

The page (VisitService.visits) and its export (ReportBuilder.visits) are two queries; an owner
who narrows the log to one clerk's calls and exports it must get exactly those rows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.contacts.visits import VisitDraft, VisitFilter, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 15, 30)
SAME_MINUTE = dt.datetime(2026, 11, 20, 10, 0)


def clock() -> dt.datetime:
    return NOW


@pytest.fixture
def visits(db: Database) -> VisitService:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=clock)
    zhang = customers.create(CustomerDraft(name="张三", phones=["0755 8888 1234"])).id
    li = customers.create(CustomerDraft(name="李四", phones=["13800138000", "13900139000"])).id
    wang = customers.create(CustomerDraft(name="王五")).id  # no phone
    service = VisitService(db, stage_rules=stage_rules_in, clock=clock)
    log = [
        (zhang, "call", "小李", dt.datetime(2026, 11, 1, 0, 0), "回访", "满意", 5),
        (li, "store", "小李", dt.datetime(2026, 11, 2, 14, 0), "试穿", "买了", 4),
        (wang, "call", "阿芳", dt.datetime(2026, 11, 3, 9, 15), "生日问候", "", None),
        # Three visits entered in the same minute: the tie is where two orders can differ.
        (li, "call", "阿芳", SAME_MINUTE, "第一通", "", 3),
        (zhang, "call", "阿芳", SAME_MINUTE, "第二通", "", 4),
        (wang, "store", "小李", SAME_MINUTE, "第三次", "", 5),
    ]
    for customer_id, kind, clerk, when, purpose, outcome, satisfaction in log:
        draft = VisitDraft(
            occurred_at=when,
            kind=kind,
            purpose=purpose,
            outcome=outcome,
            satisfaction=satisfaction,
            served_by=clerk,
        )
        service.log(customer_id, draft)
    return service


def sheet_rows(db: Database, where: VisitFilter) -> list[tuple[object, ...]]:
    builder = ReportBuilder(db, "en", now=NOW)
    sheet = builder.visits(where.since, where.until, where.kind, where.served_by)
    return [tuple(row) for row in sheet.rows]


@pytest.mark.parametrize(
    "where",
    [
        VisitFilter(),
        VisitFilter(kind="call"),
        VisitFilter(kind="store"),
        VisitFilter(served_by="小李"),
        VisitFilter(served_by="阿芳"),
        VisitFilter(kind="call", served_by="阿芳"),
        VisitFilter(kind="store", served_by="阿芳"),  # nothing: an empty sheet, not all visits
        VisitFilter(since=dt.date(2026, 11, 2), until=dt.date(2026, 11, 3), kind="call"),
    ],
    ids=["all", "calls", "store", "xiaoli", "afang", "afang-calls", "afang-store", "calls-2-3-nov"],
)
def test_the_export_lists_what_the_page_lists_in_the_same_order(
    db: Database, visits: VisitService, where: VisitFilter
) -> None:
    listed = [
        (v.occurred_at, v.customer_name, v.purpose, v.served_by) for v in visits.visits(where)
    ]
    exported = [(row[0], row[1], row[4], row[7]) for row in sheet_rows(db, where)]
    assert exported == listed
    if where.kind:
        word = ReportBuilder(db, "en").words.code("visit", where.kind)
        assert {row[3] for row in sheet_rows(db, where)} <= {word}


def test_each_visit_row_reads_as_the_clerk_logged_it(db: Database, visits: VisitService) -> None:
    rows = sheet_rows(db, VisitFilter(kind="call", served_by="阿芳"))
    assert rows == [
        # same minute: the last one entered first, as on the page
        (SAME_MINUTE, "张三", "0755 8888 1234", "Phone call-back", "第二通", "", 4, "阿芳", ""),
        (SAME_MINUTE, "李四", "138 0013 8000", "Phone call-back", "第一通", "", 3, "阿芳", ""),
        (
            dt.datetime(2026, 11, 3, 9, 15),
            "王五",
            "",
            "Phone call-back",
            "生日问候",
            "",
            None,
            "阿芳",
            "",
        ),
    ]
