"""New files and first-time buyers side by side, and referrals converted apart from leads
(issue 20: "New customers" counted new files, 41% of whom had never bought, and "came by
referral" counted leads that never converted). Hand sums on a small shop in UTC+8, with records
on the first and last minute of November, the Trash and a merge; the referrals page's months,
the dashboard and the summary sheet give the same figures."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.dashboard import DashboardService
from custdesk.services.spreadsheets.export_summary import monthly_rows
from custdesk.storage.db import Database

T, D = dt.datetime, dt.date
NOW = T(2026, 12, 1, 10, 0)

# name: (filed at, purchases, (referrer, status) or None)
SHOP = {
    "庚": (T(2026, 9, 1, 9), [], None),  # a referrer, put in the Trash
    "辛": (T(2026, 9, 5, 9), [(D(2026, 9, 5), "5.00")], None),
    "甲": (T(2026, 10, 31, 23, 59), [(D(2026, 11, 1), "0.29")], None),  # buys on 1 November
    "乙": (T(2026, 11, 1, 0, 0), [(D(2026, 12, 1), "1.00")], None),  # first buys in December
    "丙": (T(2026, 11, 30, 23, 59), [(D(2026, 11, 30), "19.99")], ("甲", "converted")),
    "丁": (T(2026, 11, 15, 9), [(D(2026, 10, 31), "3.00"), (D(2026, 11, 20), "4.00")],
           ("甲", "lead")),  # her first purchase, from her history, was in October
    "戊": (T(2026, 11, 10, 9), [(D(2026, 11, 10), "2.00")], ("甲", "visited")),  # Trash
    "己": (T(2026, 11, 12, 9), [(D(2026, 11, 12), "6.00")], ("庚", "converted")),
    "辛二": (T(2026, 11, 5, 9), [(D(2026, 11, 6), "7.00")], None),  # merged into 辛
    "壬": (T(2026, 11, 20, 9), [], ("甲", "lost")),
}  # fmt: skip


@pytest.fixture
def shop(db: Database) -> Database:
    ids = {}
    for name, (filed, _bought, _referral) in SHOP.items():
        customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda at=filed: at)
        ids[name] = customers.create(CustomerDraft(name=name)).id
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    links = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for name, (filed, bought, referral) in SHOP.items():
        for day, amount in bought:
            purchases.record(ids[name], PurchaseDraft(day, "茶", amount))
        if referral is not None:
            referrer, status = referral
            links.set_referrer(ids[name], ids[referrer], referred_on=filed.date(), status=status)
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    customers.trash(ids["戊"])
    customers.trash(ids["庚"])
    MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW).merge(ids["辛"], ids["辛二"])
    return db


def test_each_month_shows_new_files_first_buyers_and_referrals_converted_or_not(
    shop: Database,
) -> None:
    shares = ReferralReports(shop).monthly_share(4, NOW.date())
    # month, new files, first-time buyers, came by a converted referral, referral leads
    assert [
        (s.month, s.new_customers, s.first_buyers, s.referred, s.referral_leads) for s in shares
    ] == [
        ("2026-09", 1, 1, 0, 0),  # 辛 (庚 is in the Trash)
        ("2026-10", 1, 1, 0, 0),  # filed: 甲 at 23:59 on the 31st; first bought: 丁
        # filed: 乙 (00:00 on the 1st), 丙 (23:59 on the 30th), 丁, 己, 壬 (戊 and 辛二 are
        # in the Trash); first bought: 甲 (the 1st), 丙 (the 30th), 己; by a converted
        # referral: 丙 (己's referrer is in the Trash); leads: 丁 (lead), 壬 (lost)
        ("2026-11", 5, 3, 1, 2),
        ("2026-12", 0, 1, 0, 0),  # 乙, on its first day
    ]
    assert shares[2].share == pytest.approx(1 / 5)


def test_the_dashboard_and_the_summary_sheet_count_the_same(shop: Database) -> None:
    board = DashboardService(shop, ReferralReports(shop)).dashboard(D(2026, 10, 1), D(2026, 11, 30))
    assert [
        (m.month, m.new_customers, m.first_time_buyers, m.by_referral, m.referral_leads)
        for m in board.months
    ] == [("2026-10", 1, 1, 0, 0), ("2026-11", 5, 3, 1, 2)]
    _columns, rows = monthly_rows(shop, D(2026, 10, 1), D(2026, 11, 30))
    assert [row[:6] for row in rows] == [
        ("2026-10", 1, 1, 0, 0, 0.0),
        ("2026-11", 5, 3, 1, 2, 0.2),
    ]


def test_a_period_without_the_months_first_and_last_days_leaves_their_newcomers_out(
    shop: Database,
) -> None:
    """2 to 29 November: 乙 (filed at 00:00 on the 1st), 丙 (23:59 on the 30th) and 甲 (first
    bought on the 1st) fall out."""
    board = DashboardService(shop, ReferralReports(shop)).dashboard(D(2026, 11, 2), D(2026, 11, 29))
    (november,) = board.months
    assert (november.new_customers, november.first_time_buyers) == (3, 1)  # 丁, 己, 壬; 己
    assert (november.by_referral, november.referral_leads) == (0, 2)
