"""What each row of the exported reports says and where it stands: the owner reads the sheets
in the clerk's words (not stored codes) and finds people where the phone book would put them."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 15, 30)


def clock() -> dt.datetime:
    return NOW


@pytest.fixture
def customers(db: Database) -> CustomerService:
    return CustomerService(db, stage_rules=stage_rules_in, clock=clock)


def test_the_customers_sheet_is_in_phone_book_order_with_blanks_not_none(
    db: Database, customers: CustomerService
) -> None:
    """Entered out of order, and two customers of the same name: by pinyin, then as entered.
    Nothing unknown is written as a word ("None"): a customer with no phone or no tag has an
    empty cell, an ordinary customer an empty "Important"."""
    customers.create(CustomerDraft(name="赵六", phones=("13800138000",), is_important=True))
    customers.create(CustomerDraft(name="安娜"))  # no phone, no tag
    customers.create(CustomerDraft(name="陈静", tags=("老客", "VIP")))
    customers.create(CustomerDraft(name="安娜", phones=("0755 8888 1234",)))
    rows = list(ReportBuilder(db, "en", now=NOW).customers().rows)
    # name, phones, important, tags
    assert [(row[0], row[1], row[11], row[14]) for row in rows] == [
        ("安娜", "", "", ""),
        ("安娜", "0755 8888 1234", "", ""),
        ("陈静", "", "", "VIP, 老客"),
        ("赵六", "138 0013 8000", "Yes", ""),
    ]


def test_a_visit_logged_late_stands_by_when_it_happened(
    db: Database, customers: CustomerService
) -> None:
    """A clerk logs on the 20th a call made on the 18th: the sheet is newest first by the day
    of the visit, not by when it was typed in."""
    zhang = customers.create(CustomerDraft(name="张三")).id
    visits = VisitService(db, stage_rules=stage_rules_in, clock=clock)
    visits.log(zhang, VisitDraft(dt.datetime(2026, 11, 20, 10, 0), kind="store", purpose="试穿"))
    visits.log(zhang, VisitDraft(dt.datetime(2026, 11, 18, 16, 0), kind="call", purpose="补录"))
    rows = list(ReportBuilder(db, "en", now=NOW).visits(None, None).rows)
    assert [(row[0], row[4]) for row in rows] == [
        (dt.datetime(2026, 11, 20, 10, 0), "试穿"),
        (dt.datetime(2026, 11, 18, 16, 0), "补录"),
    ]


def test_the_complaints_sheet_names_channel_and_severity_in_words(
    db: Database, customers: CustomerService
) -> None:
    li = customers.create(CustomerDraft(name="李娜")).id
    ComplaintService(db, stage_rules=stage_rules_in, clock=clock).record(
        li, ComplaintDraft(dt.datetime(2026, 11, 21, 10, 0), "phone", "起球", severity="high")
    )
    (row,) = ReportBuilder(db, "en", now=NOW).complaints(None, None).rows
    assert (row[1], row[2], row[4]) == ("李娜", "Phone", "High")


def test_the_referral_sheets_say_the_referrer_type_and_order_chains_by_referrer(
    db: Database, customers: CustomerService
) -> None:
    """Chains: by referrer in phone-book order, each referrer's friends by the day they came."""
    referrals = ReferralService(db, stage_rules=stage_rules_in, clock=clock)
    zhao = customers.create(CustomerDraft(name="赵六")).id
    an = customers.create(CustomerDraft(name="安娜")).id
    friends = {name: customers.create(CustomerDraft(name=name)).id for name in ("甲", "乙", "丙")}
    referrals.set_referrer(friends["甲"], zhao, referred_on=dt.date(2026, 11, 1))
    referrals.set_referrer(friends["乙"], an, referred_on=dt.date(2026, 11, 5))
    referrals.set_referrer(friends["丙"], an, referred_on=dt.date(2026, 11, 2))
    referrals.set_referrer_kind(an, "honour")
    leaderboard, chains = ReportBuilder(db, "en", now=NOW).referrals(None, None)
    kinds = {row[0]: row[1] for row in leaderboard.rows}
    assert kinds == {"安娜": "Honour-seeking", "赵六": ""}
    assert [(row[0], row[1], row[2]) for row in chains.rows] == [
        ("安娜", "丙", dt.date(2026, 11, 2)),
        ("安娜", "乙", dt.date(2026, 11, 5)),
        ("赵六", "甲", dt.date(2026, 11, 1)),
    ]


def test_the_leaderboard_sheet_lists_every_referrer(
    db: Database, customers: CustomerService
) -> None:
    """Not the page's top twenty, nor a top hundred cut off without a word (issue 20): 101
    referrers give 101 rows."""
    referrals = ReferralService(db, stage_rules=stage_rules_in, clock=clock)
    for number in range(101):
        referrer = customers.create(CustomerDraft(name=f"推荐人{number:03}")).id
        friend = customers.create(CustomerDraft(name=f"朋友{number:03}")).id
        referrals.set_referrer(friend, referrer, referred_on=dt.date(2026, 11, 1))
    leaderboard, _chains = ReportBuilder(db, "en", now=NOW).referrals(None, None)
    assert len(list(leaderboard.rows)) == 101
