"""A small shop whose every record falls on the first or last second of a day, a month, a year,
or around a leap day: the records where a range that loses its last day, a month bucket one day
off, or a UTC/local mix-up changes a figure.

Times are stored as the shop's local wall-clock time (orm.py), UTC+8 in the suite: 00:30 on
1 February is still 31 January in UTC, and 07:59:59 / 08:00:00 straddle UTC's midnight.

Per moment, one customer is created, one visit logged and one complaint received. The figures
each report should give are written out by hand in the tests that use this shop.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.storage.migrate import upgrade_database

T = dt.datetime
NOW = T(2027, 1, 15, 12, 0)  # when the clerk entered all of it


@dataclass(frozen=True)
class Moment:
    name: str  # the customer created at that moment
    at: dt.datetime
    visit_kind: str
    satisfaction: int | None
    resolved_at: dt.datetime | None  # the complaint received at that moment; None: still open
    referral: str | None = None  # its status, when the customer was referred (on that day)
    spent: str | None = None  # a purchase that day, in yuan


MOMENTS = [
    Moment("一月末", T(2026, 1, 31, 23, 59, 59), "store", 1, T(2026, 2, 1, 0, 0, 0),
           referral="converted", spent="0.29"),
    Moment("二月初", T(2026, 2, 1, 0, 0, 0), "call", 2, T(2026, 2, 1, 7, 59, 59)),
    # 00:30 local is 16:30 on 31 January in UTC; resolved at 08:00, UTC's next day
    Moment("二月初半夜", T(2026, 2, 1, 0, 30, 0), "message", None, T(2026, 2, 1, 8, 0, 0),
           referral="lead"),
    # mid-month: the last second before a period that starts on the 15th
    Moment("二月中", T(2026, 2, 14, 23, 59, 59), "home", 3, T(2026, 2, 15, 0, 0, 0)),
    Moment("二月末", T(2026, 2, 28, 23, 59, 59), "store", 5, T(2026, 3, 1, 0, 0, 0),
           referral="converted", spent="19.99"),
    Moment("三月初", T(2026, 3, 1, 0, 0, 0), "call", 4, T(2026, 3, 1, 23, 59, 59)),
    Moment("年末", T(2026, 12, 31, 23, 59, 59), "home", 2, None),
    Moment("新年", T(2027, 1, 1, 0, 0, 0), "greeting", 3, T(2027, 1, 1, 0, 0, 1), referral="lost"),
    Moment("闰日", T(2024, 2, 29, 23, 59, 59), "store", 4, T(2024, 3, 1, 0, 0, 0),
           referral="converted"),
    Moment("闰日后", T(2024, 3, 1, 0, 0, 0), "call", 5, T(2024, 3, 1, 9, 0, 0)),
]  # fmt: skip
AT = {moment.name: moment.at for moment in MOMENTS}
REFERRER = "老客"  # brought every referred customer in; created long before any period asked


def fill(db: Database) -> dict[str, int]:
    """The shop above, entered through the services; returns each customer's id by name."""
    ids = {REFERRER: create(db, REFERRER, T(2023, 12, 1, 10))}
    visits = VisitService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    referrals = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for m in MOMENTS:
        cid = ids[m.name] = create(db, m.name, m.at)
        visits.log(
            cid, VisitDraft(occurred_at=m.at, kind=m.visit_kind, satisfaction=m.satisfaction)
        )
        complaint = complaints.record(cid, ComplaintDraft(m.at, "phone", f"{m.name}的投诉"))
        if m.resolved_at is not None:
            complaints.resolve(complaint.id, "处理好了", resolved_at=m.resolved_at)
        if m.referral is not None:
            referrals.set_referrer(cid, ids[REFERRER], referred_on=m.at.date(), status=m.referral)
        if m.spent is not None:
            purchases.record(cid, PurchaseDraft(m.at.date(), "茶叶", m.spent))
    return ids


def create(db: Database, name: str, at: dt.datetime) -> int:
    return (
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: at)
        .create(CustomerDraft(name=name))
        .id
    )


def open_filled(path: Path) -> Database:
    """A new shop file at ``path`` holding the boundary records (``fill``), open; close it after."""
    upgrade_database(path)
    db = Database.open(path)
    fill(db)
    return db
