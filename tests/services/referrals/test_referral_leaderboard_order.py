"""Who the referrals leaderboard shows, and in which order when referral counts tie."""

from __future__ import annotations

import datetime as dt

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 12, 0)
REFERRED_ON = dt.date(2026, 11, 2)


def person(db: Database, name: str) -> int:
    return (
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
        .create(CustomerDraft(name=name))
        .id
    )


def brings(db: Database, referrer: int, friend: str, status: str, spent: str | None) -> None:
    friend_id = person(db, friend)
    ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW).set_referrer(
        friend_id, referrer, referred_on=REFERRED_ON, status=status
    )
    if spent is not None:
        PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW).record(
            friend_id, PurchaseDraft(NOW.date(), "茶叶", spent)
        )


def test_equal_referral_counts_are_ranked_by_what_converted_friends_spent(db: Database) -> None:
    small, big, only_lead, spent_nothing = (person(db, n) for n in ("小", "大", "线索", "零"))
    brings(db, small, "小的朋友", "converted", "100")
    brings(db, big, "大的朋友", "converted", "300")
    brings(db, only_lead, "线索的朋友", "lead", "999")  # a lead's spending is not counted
    brings(db, spent_nothing, "零的朋友", "converted", None)
    board = ReferralReports(db).leaderboard()
    # The last two both brought 0.00 yuan: phone-book order, 零 ling before 线索 xian.
    assert [(r.name, r.direct, r.converted, r.spent_since_referral_cents) for r in board] == [
        ("大", 1, 1, 30000),
        ("小", 1, 1, 10000),
        ("零", 1, 1, 0),
        ("线索", 1, 0, 0),
    ]


def test_a_full_tie_is_broken_in_phone_book_order_even_at_the_cut(db: Database) -> None:
    """程刚 became a customer first, but 陈芳 (chen) stands before 程刚 (cheng) in the phone
    book; with room for one, she is the one shown. 王五 brought two: ahead of both."""
    cheng, chen, wang = person(db, "程刚"), person(db, "陈芳"), person(db, "王五")
    brings(db, cheng, "程的朋友", "converted", "19.99")
    brings(db, chen, "陈的朋友", "converted", "19.99")
    brings(db, wang, "王的朋友一", "lead", None)
    brings(db, wang, "王的朋友二", "lead", None)
    board = ReferralReports(db).leaderboard()
    assert [(r.name, r.direct, r.spent_since_referral_cents) for r in board] == [
        ("王五", 2, 0),
        ("陈芳", 1, 1999),
        ("程刚", 1, 1999),
    ]
    assert [r.name for r in ReferralReports(db).leaderboard(limit=2)] == ["王五", "陈芳"]


def test_a_referrer_in_the_trash_is_not_on_the_leaderboard(db: Database) -> None:
    kept, trashed = person(db, "留下"), person(db, "删除")
    brings(db, kept, "朋友一", "converted", None)
    brings(db, trashed, "朋友二", "converted", None)
    brings(db, trashed, "朋友三", "converted", None)
    CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW).trash(trashed)
    assert [r.name for r in ReferralReports(db).leaderboard()] == ["留下"]


def test_the_referrals_page_shows_the_twenty_best_referrers(db: Database) -> None:
    referrers = [person(db, f"老客{i:02d}") for i in range(21)]
    for i, referrer in enumerate(referrers):
        brings(db, referrer, f"朋友{i:02d}", "lead", None)
    assert [r.customer_id for r in ReferralReports(db).leaderboard()] == referrers[:20]
