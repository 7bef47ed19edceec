"""The leaderboard sums what was spent only for the referrers who can still make the top N; a
tie on referral counts at the last place shown is still decided by that spending, counted in the
period and without the Trash, as for every other place."""

from __future__ import annotations

import datetime as dt

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 30, 12, 0)
NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def person(db: Database, name: str) -> int:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    return customers.create(CustomerDraft(name=name)).id


def brings(db: Database, referrer: int, friend: str, spent: str, on: dt.date) -> int:
    friend_id = person(db, friend)
    ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW).set_referrer(
        friend_id, referrer, referred_on=on, status="converted"
    )
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW).record(
        friend_id, PurchaseDraft(NOW.date(), "茶叶", spent)
    )
    return friend_id


def test_a_tie_at_the_last_place_shown_goes_to_who_brought_the_most_spending(
    db: Database,
) -> None:
    two, small, big = person(db, "两位"), person(db, "小"), person(db, "大")
    brings(db, two, "甲", "0.29", NOVEMBER[0])
    brings(db, two, "乙", "0.29", NOVEMBER[1])
    brings(db, small, "丙", "19.99", NOVEMBER[0])
    brings(db, big, "丁", "0.29", NOVEMBER[1])
    # Outside the period, and in the Trash: neither may lift 大 past 小 at the second place.
    brings(db, big, "去年", "999", dt.date(2026, 10, 31))
    gone = brings(db, big, "删除", "999", NOVEMBER[0])
    CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW).trash(gone)

    board = ReferralReports(db).leaderboard(*NOVEMBER, limit=2)
    assert [(r.name, r.direct, r.spent_since_referral_cents) for r in board] == [
        ("两位", 2, 58),
        ("小", 1, 1999),
    ]
