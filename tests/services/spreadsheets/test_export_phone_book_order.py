"""The exported sheets list people in the same phone-book order as the customer list: surname
syllable first (all 陈 before any 程, 单 under shan), then the given name."""

from __future__ import annotations

import datetime as dt

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 15, 30)


def create(db: Database, *names: str) -> dict[str, int]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    return {name: customers.create(CustomerDraft(name=name)).id for name in names}


def test_the_customers_sheet_files_surnames_as_the_phone_book_does(db: Database) -> None:
    # By joined pinyin: chenfang, chenggang, chenhua, danming shanming, shaming, shangming.
    create(db, "尚明", "陈华", "单明", "程刚", "沙明", "陈芳")
    rows = list(ReportBuilder(db, "en", now=NOW).customers().rows)
    assert [row[0] for row in rows] == ["陈芳", "陈华", "程刚", "沙明", "单明", "尚明"]


def test_the_referral_sheets_list_tied_referrers_in_phone_book_order(db: Database) -> None:
    ids = create(db, "程刚", "陈华", "陈芳", "朋友一", "朋友二", "朋友三")
    referrals = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for referrer, friend in (("程刚", "朋友一"), ("陈华", "朋友二"), ("陈芳", "朋友三")):
        referrals.set_referrer(ids[friend], ids[referrer], referred_on=dt.date(2026, 11, 2))
    leaderboard, links = ReportBuilder(db, "en", now=NOW).referrals(None, None)
    # One referral each and nothing spent: a full tie on the board.
    assert [row[0] for row in leaderboard.rows] == ["陈芳", "陈华", "程刚"]
    assert [(row[0], row[1]) for row in links.rows] == [
        ("陈芳", "朋友三"),
        ("陈华", "朋友二"),
        ("程刚", "朋友一"),
    ]
