"""A hand-made shop around the dormant threshold, for the gone-quiet figures of Today and
``custdesk due`` (services and window tests alike)."""

from __future__ import annotations

import datetime as dt

from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

D = dt.date
TODAY = D(2026, 11, 22)
# 90 days (the default threshold) before TODAY: a contact on this day is 90 days old.
THRESHOLD_DAY = D(2026, 8, 24)
LONG_AGO = D(2026, 8, 1)


def at(day: D, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def quiet_shop(db: Database) -> dict[str, int]:
    """Eight customers around the threshold (TODAY - 90 days = 24 August):

    ======  ===================================  ==========  ==========
    name    last contact                         listed      in total
    ======  ===================================  ==========  ==========
    甲      visit 24 Aug 23:59 (90 days)          yes         yes
    乙      visit 25 Aug 00:00 (89 days)          no          no
    丙      purchase 11 Aug (103 days, 14th day)  yes         yes
    丁      visit 10 Aug 23:59 (104 days)         no          yes
    戊      as 甲, a call planned                 no          yes
    己      as 甲, in the Trash                   no          no
    庚      a visit 20 Aug, never bought          no          no
    辛      purchase 1 Jan 2025 (lost)            no          yes
    ======  ===================================  ==========  ==========
    """
    clock = lambda: at(TODAY, 9)  # noqa: E731
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=clock)
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=clock)
    visits = VisitService(db, stage_rules=stage_rules_in, clock=clock)
    ids: dict[str, int] = {}

    def customer(name: str, bought_on: D | None, amount: str = "19.99") -> int:
        ids[name] = customers.create(CustomerDraft(name=name)).id
        if bought_on is not None:
            purchases.record(ids[name], PurchaseDraft(bought_on, "茶", amount))
        return ids[name]

    def visited(name: str, moment: dt.datetime) -> None:
        visits.log(ids[name], VisitDraft(occurred_at=moment))

    customer("甲", LONG_AGO, "19.99")
    visited("甲", at(THRESHOLD_DAY, 23, 59))
    customer("乙", LONG_AGO)
    visited("乙", at(THRESHOLD_DAY + dt.timedelta(days=1)))
    customer("丙", THRESHOLD_DAY - dt.timedelta(days=13), "0.29")
    customer("丁", LONG_AGO)
    visited("丁", at(THRESHOLD_DAY - dt.timedelta(days=14), 23, 59))
    customer("戊", LONG_AGO)
    visited("戊", at(THRESHOLD_DAY, 23, 59))
    FollowUpService(db, stage_rules=stage_rules_in, clock=clock).schedule(ids["戊"], TODAY)
    customer("己", LONG_AGO)
    visited("己", at(THRESHOLD_DAY, 23, 59))
    customers.trash(ids["己"])
    customer("庚", None)
    visited("庚", at(D(2026, 8, 20), 12))
    customer("辛", D(2025, 1, 1))
    return ids
