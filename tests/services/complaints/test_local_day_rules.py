"""Day rules judged by the shop's calendar, for records typed at 00:30 and 23:30.

Times are stored as the clerk's local wall-clock time. In UTC+8, 00:30 is still the day before
in UTC; west of UTC, 23:30 is already the next day. A rule that slips into UTC anywhere (a
timestamp, SQLite's 'utc' modifier) gives another answer in those zones, while a run in UTC
sees nothing wrong: so every rule here is checked in each of these zones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from custdesk.services.complaints.complaints import (
    ComplaintDraft,
    ComplaintRecord,
    ComplaintService,
)
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.dashboard import DashboardService
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.storage.db import Database

ZONES = ["Asia/Shanghai", "UTC", "America/New_York", "Pacific/Honolulu"]

T = dt.datetime
LATER = T(2027, 1, 5, 10, 0)  # when the records are typed in: after all of them


@pytest.fixture(params=ZONES, autouse=True)
def zone(request: pytest.FixtureRequest, use_zone: Callable[[str], None]) -> str:
    use_zone(request.param)
    return str(request.param)


@pytest.fixture
def customer_id(db: Database) -> int:
    return (
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: LATER)
        .create(CustomerDraft(name="张三"))
        .id
    )


def complaint(
    db: Database, customer_id: int, received: T, resolved: T | None = None
) -> ComplaintRecord:
    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: LATER)
    record = complaints.record(customer_id, ComplaintDraft(received, "in_store", "尺码不对"))
    if resolved is None:
        return record
    return complaints.resolve(record.id, "换了一件", resolved_at=resolved)


def created_at(db: Database, moment: T, name: str) -> int:
    return (
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: moment)
        .create(CustomerDraft(name=name))
        .id
    )


@pytest.fixture
def two_complaints(db: Database, customer_id: int) -> tuple[ComplaintRecord, ComplaintRecord]:
    """One settled at 23:30 the day it came in at 00:30; one an hour after its 23:30 start,
    past midnight."""
    kept = complaint(db, customer_id, T(2026, 12, 1, 0, 30), T(2026, 12, 1, 23, 30))
    missed = complaint(db, customer_id, T(2026, 11, 30, 23, 30), T(2026, 12, 1, 0, 30))
    return kept, missed


def test_the_sundown_rule_goes_by_the_local_day(
    two_complaints: tuple[ComplaintRecord, ComplaintRecord],
) -> None:
    kept, missed = two_complaints
    assert not kept.missed_sundown(LATER)  # 23 hours, within one local day
    assert missed.missed_sundown(LATER)  # one hour, but past midnight


def test_an_open_complaint_misses_sundown_at_local_midnight(db: Database, customer_id: int) -> None:
    waiting = complaint(db, customer_id, T(2026, 12, 1, 23, 30))
    assert not waiting.missed_sundown(T(2026, 12, 1, 23, 59))
    assert waiting.missed_sundown(T(2026, 12, 2, 0, 30))


def test_the_check_back_is_due_the_local_day_after_settling(
    db: Database, customer_id: int, two_complaints: tuple[ComplaintRecord, ComplaintRecord]
) -> None:
    # Both were settled on 1 December, local time: at 23:30 and at 00:30.
    check_backs = FollowUpService(db, stage_rules=stage_rules_in).pending_for(customer_id)
    assert [f.due_on for f in check_backs] == [dt.date(2026, 12, 2)] * 2


def test_the_dashboard_counts_same_day_by_the_local_day(
    db: Database, two_complaints: tuple[ComplaintRecord, ComplaintRecord]
) -> None:
    board = DashboardService(db, ReferralReports(db)).dashboard(
        dt.date(2026, 11, 1), dt.date(2026, 12, 31)
    )
    figures = [(m.month, m.complaints, m.resolved_same_day) for m in board.months]
    assert figures == [("2026-11", 1, 0), ("2026-12", 1, 1)]


def test_the_complaints_export_marks_same_day_by_the_local_day(
    db: Database, two_complaints: tuple[ComplaintRecord, ComplaintRecord]
) -> None:
    sheet = ReportBuilder(db, "en", now=LATER).complaints(None, None)
    received, same_day = sheet.headers.index("Received"), sheet.headers.index("Same day")
    rows = [(row[received], row[same_day]) for row in sheet.rows]
    assert rows == [(T(2026, 12, 1, 0, 30), "Yes"), (T(2026, 11, 30, 23, 30), "No")]


def test_new_customers_and_visits_at_the_edges_of_a_month_count_in_that_month(
    db: Database,
) -> None:
    edges = [T(2026, 11, 30, 23, 30), T(2026, 12, 1, 0, 30), T(2026, 12, 31, 23, 30)]
    edges.append(T(2027, 1, 1, 0, 30))
    visits = VisitService(db, stage_rules=stage_rules_in, clock=lambda: LATER)
    for number, moment in enumerate(edges):
        customer_id = created_at(db, moment, f"客户{number}")
        visits.log(customer_id, VisitDraft(occurred_at=moment, kind="call"))
    dashboard = DashboardService(db, ReferralReports(db)).dashboard

    december = dashboard(dt.date(2026, 12, 1), dt.date(2026, 12, 31)).months
    assert [(m.month, m.new_customers, m.visits) for m in december] == [("2026-12", 2, 2)]
    around = dashboard(dt.date(2026, 11, 1), dt.date(2027, 1, 31)).months
    assert [(m.month, m.new_customers, m.visits) for m in around] == [
        ("2026-11", 1, 1),
        ("2026-12", 2, 2),
        ("2027-01", 1, 1),
    ]
