"""The two referral spending figures, against hand sums on a three-generation chain: the
leaderboard's "spent since referred" (direct referrals who converted) and the tree's "spent by
the whole chain" (everyone below, any depth). Neither counts what someone spent before they
were referred: that is never the referrer's credit (issue 20; a clerk saw ¥16,854 and ¥52,294
for one referrer and could not tell why)."""

from __future__ import annotations

import datetime as dt

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 30, 18, 0)


def test_each_figure_counts_spending_since_the_referral_only(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    links = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    ids = {name: customers.create(CustomerDraft(name=name)).id for name in ("甲", "乙", "丙", "丁")}
    bought = {
        "乙": [(dt.date(2026, 5, 31), "100.00"), (dt.date(2026, 6, 1), "19.99"),
              (dt.date(2026, 9, 1), "0.29")],  # the day before her referral does not count
        "丙": [(dt.date(2026, 6, 15), "50.00"), (dt.date(2026, 7, 1), "30.00")],
        "丁": [(dt.date(2026, 8, 2), "10.00")],
    }  # fmt: skip
    for name, rows in bought.items():
        for day, amount in rows:
            purchases.record(ids[name], PurchaseDraft(day, "围巾", amount))
    for referred, referrer, day in (
        ("乙", "甲", dt.date(2026, 6, 1)),
        ("丙", "乙", dt.date(2026, 7, 1)),
        ("丁", "丙", dt.date(2026, 8, 1)),
    ):
        links.set_referrer(ids[referred], ids[referrer], referred_on=day, status="converted")
    reports = ReferralReports(db)
    board = {row.name: row.spent_since_referral_cents for row in reports.leaderboard()}
    assert board == {"甲": 1999 + 29, "乙": 3000, "丙": 1000}  # each one's direct friend
    chain = reports.chain(ids["甲"])
    assert {node.name: node.spent_cents for node in chain.nodes} == {
        "乙": 1999 + 29,
        "丙": 3000,
        "丁": 1000,
    }
    assert chain.revenue_cents == 1999 + 29 + 3000 + 1000  # 60.28: the whole chain
    assert chain.below()[ids["乙"]] == (2, 3000 + 1000)  # 丙 and 丁 below 乙


def test_a_referral_noted_just_after_midnight_counts_from_that_shop_day(db: Database) -> None:
    """Noted at 00:05 shop time (16:05 the day before in UTC), without a date: the referral is
    of the shop's 1 June, so 19.99 spent on 31 May is not the referrer's, 0.29 on 1 June is."""
    just_after_midnight = dt.datetime(2026, 6, 1, 0, 5)
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    referrer, friend = (customers.create(CustomerDraft(name=name)).id for name in ("甲", "乙"))
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases.record(friend, PurchaseDraft(dt.date(2026, 5, 31), "围巾", "19.99"))
    purchases.record(friend, PurchaseDraft(dt.date(2026, 6, 1), "围巾", "0.29"))
    ReferralService(db, stage_rules=stage_rules_in, clock=lambda: just_after_midnight).set_referrer(
        friend, referrer, status="converted"
    )
    reports = ReferralReports(db)
    assert [row.spent_since_referral_cents for row in reports.leaderboard()] == [29]
    assert reports.chain(referrer).revenue_cents == 29
