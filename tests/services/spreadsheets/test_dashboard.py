"""The dashboard's monthly figures, checked against a small shop counted by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.dashboard import DashboardService, MonthFigures
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 18, 0)


def born(db: Database, name: str, created: dt.datetime) -> int:
    return (
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: created)
        .create(CustomerDraft(name=name))
        .id
    )


@pytest.fixture
def shop(db: Database) -> Database:
    """Sept: 2 new (1 referred, converted). Oct: nothing. Nov: 1 new, referred, converted."""
    a = born(db, "张三", dt.datetime(2026, 9, 3, 10))
    b = born(db, "李四", dt.datetime(2026, 9, 20, 10))
    c = born(db, "王五", dt.datetime(2026, 11, 2, 10))
    referrals = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    referrals.set_referrer(b, a, referred_on=dt.date(2026, 9, 20), status="converted")
    referrals.set_referrer(c, a, referred_on=dt.date(2026, 11, 2), status="converted")
    visits = VisitService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for when, kind, score in [
        (dt.datetime(2026, 9, 5, 11), "store", 5),
        (dt.datetime(2026, 9, 25, 11), "call", 3),
        (dt.datetime(2026, 11, 3, 11), "call", None),
        (dt.datetime(2026, 11, 4, 11), "call", 4),
    ]:
        visits.log(a, VisitDraft(occurred_at=when, kind=kind, satisfaction=score))
    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    quick = complaints.record(a, ComplaintDraft(dt.datetime(2026, 11, 5, 9), "phone", "坏了"))
    complaints.resolve(quick.id, "换新", resolved_at=dt.datetime(2026, 11, 5, 17))
    slow = complaints.record(b, ComplaintDraft(dt.datetime(2026, 11, 6, 9), "in_store", "慢"))
    complaints.resolve(slow.id, "道歉", resolved_at=dt.datetime(2026, 11, 7, 9))
    complaints.record(c, ComplaintDraft(dt.datetime(2026, 11, 8, 9), "in_store", "未处理"))
    return db


def test_each_month_in_the_period_is_counted_empty_months_too(shop: Database) -> None:
    service = DashboardService(shop, ReferralReports(shop))
    board = service.dashboard(dt.date(2026, 9, 1), dt.date(2026, 11, 22))
    sept, october, november = board.months
    assert [m.month for m in board.months] == ["2026-09", "2026-10", "2026-11"]
    assert (sept.new_customers, sept.by_referral, sept.referral_share) == (2, 1, 0.5)
    assert (october.new_customers, october.visits, october.referral_share) == (0, 0, None)
    assert (november.new_customers, november.by_referral) == (1, 1)
    assert dict(sept.visits_by_kind) == {"store": 1, "call": 1}
    assert sept.average_satisfaction == 4.0
    assert dict(november.visits_by_kind) == {"call": 2}
    assert november.average_satisfaction == 4.0  # the unrated call does not count as a zero
    assert (november.complaints, november.resolved_same_day) == (3, 1)
    assert november.same_day_rate == pytest.approx(1 / 3)
    assert board.visit_kinds == ["call", "store"]
    assert [(r.name, r.direct) for r in board.top_referrers] == [("张三", 2)]


def test_the_referrals_pages_shares_are_the_dashboards_new_customers(shop: Database) -> None:
    born(shop, "赵六", dt.datetime(2026, 11, 23, 0, 0))  # the day after: in neither
    reports = ReferralReports(shop)
    board = DashboardService(shop, reports).dashboard(dt.date(2026, 9, 1), dt.date(2026, 11, 22))
    shares = reports.monthly_share(3, dt.date(2026, 11, 22))
    assert [(s.month, s.new_customers, s.referred) for s in shares] == [
        (m.month, m.new_customers, m.by_referral) for m in board.months
    ]
    assert shares[-1].new_customers == 1


def test_the_period_limits_every_figure(shop: Database) -> None:
    service = DashboardService(shop, ReferralReports(shop))
    board = service.dashboard(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    (november,) = board.months
    assert november.new_customers == 1
    assert november.visits == 2
    assert [(r.name, r.direct) for r in board.top_referrers] == [("张三", 1)]


def test_the_dashboard_shows_its_period_and_only_the_ten_best_referrers(db: Database) -> None:
    referrers = [born(db, f"老客{i:02d}", dt.datetime(2026, 10, 1, 10)) for i in range(11)]
    referrals = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for i, referrer in enumerate(referrers):
        friend = born(db, f"朋友{i:02d}", dt.datetime(2026, 11, 2, 10))
        referrals.set_referrer(friend, referrer, referred_on=dt.date(2026, 11, 2))
    board = DashboardService(db, ReferralReports(db)).dashboard(
        dt.date(2026, 11, 1), dt.date(2026, 11, 22)
    )
    # The charts' caption reads the period from the dashboard itself.
    assert (board.since, board.until) == (dt.date(2026, 11, 1), dt.date(2026, 11, 22))
    # Eleven with one referral each: the chart has room for ten, the earliest customers first.
    assert [r.customer_id for r in board.top_referrers] == referrers[:10]


def test_a_record_at_midnight_after_the_last_day_belongs_to_the_next_period(db: Database) -> None:
    # Mid-month, so the record's month is one the dashboard shows for both halves.
    midnight = dt.datetime(2026, 11, 15, 0, 0, 0)
    cid = born(db, "半夜", midnight)
    VisitService(db, stage_rules=stage_rules_in, clock=lambda: NOW).log(
        cid, VisitDraft(occurred_at=midnight, kind="call", satisfaction=4)
    )
    ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: NOW).record(
        cid, ComplaintDraft(midnight, "phone", "坏了")
    )
    service = DashboardService(db, ReferralReports(db))
    first_half = service.dashboard(dt.date(2026, 11, 1), dt.date(2026, 11, 14))
    assert first_half.months == [MonthFigures("2026-11")]
    second_half = service.dashboard(dt.date(2026, 11, 15), dt.date(2026, 11, 30))
    assert second_half.months == [
        MonthFigures(
            "2026-11", new_customers=1, visits_by_kind={"call": 1},
            rated_visits=1, satisfaction_total=4, complaints=1,
        )
    ]  # fmt: skip


def test_a_customer_moved_to_the_trash_is_not_counted_as_new(db: Database) -> None:
    born(db, "留下", dt.datetime(2026, 11, 3, 10))
    gone = born(db, "删掉", dt.datetime(2026, 11, 4, 10))
    CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW).trash(gone)
    board = DashboardService(db, ReferralReports(db)).dashboard(
        dt.date(2026, 11, 1), dt.date(2026, 11, 30)
    )
    assert [(m.month, m.new_customers) for m in board.months] == [("2026-11", 1)]
