"""The demo shop the independent check reads (issue 20): 300 demo customers on DEMO_TODAY, then
customers moved to the Trash and two pairs merged through the services, chosen so that every
figure has records of the Trash and of merged-away files to leave out."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from custdesk import clock as shop_clock
from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.shop.demo import generate_demo
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from tests.conftest import DEMO_TODAY

# The moment every figure is read at: the demo's day, after its last record (18:00).
NOW = dt.datetime.combine(DEMO_TODAY, dt.time(19, 30))
# The Reports page's default period on DEMO_TODAY (the last 12 months, this one included).
SINCE, UNTIL = dt.date(2025, 12, 1), DEMO_TODAY
WEEK_END = DEMO_TODAY + dt.timedelta(days=6)

# Who is chosen, each a question about the demo as generated (the first fitting customer not
# chosen already): what of theirs each figure would count if it forgot the Trash.
TRASH_QUESTIONS = {
    "the busiest referrer of the period": (
        "SELECT referrer_id FROM referrals WHERE referred_on >= :since "
        "GROUP BY referrer_id ORDER BY count(*) DESC, referrer_id"
    ),
    "a referred customer who converted, filed in the period": (
        "SELECT referred_id FROM referrals JOIN customers c ON c.id = referred_id "
        "WHERE status = 'converted' AND c.created_at >= :since ORDER BY referred_id"
    ),
    "one with a complaint of the period": (
        "SELECT customer_id FROM complaints WHERE received_at >= :since ORDER BY customer_id"
    ),
    "one with a follow-up due": (
        "SELECT customer_id FROM follow_ups WHERE status = 'pending' AND due_on <= :today "
        "ORDER BY due_on, customer_id"
    ),
    "one with a birthday this week": (
        "SELECT id FROM customers WHERE birth_month = 11 AND birth_day BETWEEN 22 AND 28 "
        "AND birth_calendar = 'solar' ORDER BY id"
    ),
    "one gone quiet": (
        "SELECT id FROM customers WHERE purchase_count > 0 "
        "AND last_contact_at < :quiet ORDER BY last_contact_at DESC, id"
    ),
    "a referrer with a reward owed": (
        "SELECT r.referrer_id FROM referral_rewards w JOIN referrals r ON r.id = w.referral_id "
        "WHERE w.status = 'owed' ORDER BY w.id"
    ),
    "a referred customer with a reward owed for them": (
        "SELECT r.referred_id FROM referral_rewards w JOIN referrals r ON r.id = w.referral_id "
        "WHERE w.status = 'owed' ORDER BY w.id DESC"
    ),
    "a first-time buyer of the period": (
        "SELECT customer_id FROM purchases GROUP BY customer_id "
        "HAVING min(purchased_on) >= :since ORDER BY customer_id"
    ),
}
# Merged away into another file, their records moving with them: each absorbed file has visits
# and referrals of the period (and complaints: COMPLAINT_CASES), to count once, under the kept one.
MERGE_QUESTIONS = {
    "a referrer with visits in the period": (
        "SELECT referrer_id FROM referrals WHERE "
        "referrer_id IN (SELECT customer_id FROM visits WHERE occurred_at >= :since) "
        "GROUP BY referrer_id ORDER BY count(*) DESC, referrer_id"
    ),
    "a referred buyer with visits in the period": (
        "SELECT referred_id FROM referrals WHERE status = 'converted' AND referred_id IN "
        "(SELECT customer_id FROM visits WHERE occurred_at >= :since) ORDER BY referred_id DESC"
    ),
}
KEEP_QUESTION = (  # a kept file: a buyer with nobody referring them and a birthday unknown
    "SELECT id FROM customers WHERE purchase_count > 0 AND id NOT IN "
    "(SELECT referred_id FROM referrals) AND id NOT IN (SELECT referrer_id FROM referrals) "
    "ORDER BY id"
)


T = dt.datetime
# The demo has few complaints and none open: a clerk's week of them, each case a figure counts
# apart (open, in progress, resolved that day, resolved after midnight, closed without a fix).
COMPLAINT_CASES = ("open", "in_progress", "same_day", "after_midnight", "closed")


def _complaint(complaints: ComplaintService, customer_id: int, case: str) -> None:
    received = {
        "open": T(2026, 11, 21, 20, 0),
        "in_progress": T(2026, 11, 22, 8, 3),  # 11 h 27 min to NOW: 11.45 h, shown 11.5
        "same_day": T(2026, 11, 19, 9, 0),
        "after_midnight": T(2026, 11, 17, 23, 59),
        "closed": T(2026, 11, 22, 10, 0),  # closed at NOW, the same day, without a fix
    }[case]
    done = complaints.record(customer_id, ComplaintDraft(received, "phone", f"{case} case"))
    if case == "in_progress":
        complaints.start(done.id)
    elif case == "same_day":
        complaints.resolve(done.id, "refunded", resolved_at=T(2026, 11, 19, 11, 30))
    elif case == "after_midnight":
        complaints.resolve(done.id, "replaced", resolved_at=T(2026, 11, 18, 0, 1))
    elif case == "closed":
        complaints.close(done.id, "no fault found")


@dataclass(frozen=True)
class DemoShop:
    path: Path
    trashed: dict[str, int]  # why -> customer id
    merged: list[tuple[int, int]]  # (kept, absorbed)


def _first_free(con: sqlite3.Connection, question: str, taken: set[int]) -> int:
    values = {
        "since": SINCE.isoformat(),
        "today": DEMO_TODAY.isoformat(),
        "quiet": (DEMO_TODAY - dt.timedelta(days=90)).isoformat(),
    }
    for (customer_id,) in con.execute(question, values):
        if customer_id not in taken:
            return int(customer_id)
    raise AssertionError(f"the demo has nobody for: {question}")


def build_demo_shop(template: Path, folder: Path) -> DemoShop:
    """The demo shop at ``folder``/custdesk.db: generated, then customers trashed and merged by
    the services a clerk's clicks call, at NOW."""
    path = folder / "custdesk.db"
    shutil.copyfile(template, path)
    db = Database.open(path)
    try:
        generate_demo(db, 300, seed=3, today=DEMO_TODAY)
        con = sqlite3.connect(path)
        taken: set[int] = set()
        trashed = {}
        for why, question in TRASH_QUESTIONS.items():
            trashed[why] = _first_free(con, question, taken)
            taken.add(trashed[why])
        absorbed = [_first_free(con, q, taken) for q in MERGE_QUESTIONS.values()]
        taken.update(absorbed)
        kept = []
        for _ in absorbed:
            kept.append(_first_free(con, KEEP_QUESTION, taken))
            taken.add(kept[-1])
        con.close()
        with shop_clock.frozen_at(NOW):
            complaints = ComplaintService(db, stage_rules=stage_rules_in)
            leaving = [*trashed.values(), *absorbed]
            for place, customer_id in enumerate(leaving):
                for case in (place, place + 1):
                    _complaint(complaints, customer_id, COMPLAINT_CASES[case % 5])
            for customer_id in kept:
                for case in COMPLAINT_CASES:
                    _complaint(complaints, customer_id, case)
            customers = CustomerService(db, stage_rules=stage_rules_in)
            for customer_id in trashed.values():
                customers.trash(customer_id)
            merges = MergeService(db, stage_rules=stage_rules_in)
            for keep, absorb in zip(kept, absorbed, strict=True):
                merges.merge(keep, absorb)
    finally:
        db.close()
    return DemoShop(path, trashed, list(zip(kept, absorbed, strict=True)))
