"""A small shop for November 2026 with one customer in the Trash and one merged away: the
visits and complaints every figure must count once, and those it must leave out.

Times are the shop's local wall-clock time (UTC+8). Who did what:

- 甲 keeps the merged file: 2 complaints resolved the same day (00:00 -> 02:30 and
  09:00 -> 12:30, 2 h 30 and 3 h 30), a visit at 00:00 on 1 November rated 4.
- 丙 was merged into 甲 on 1 December: a complaint resolved the same day (10:00 -> 18:00), a
  visit rated 5; both now belong to 甲 and count once, under 甲.
- 丁 stays: a complaint taken at 23:59 and resolved at 00:01 the next day (not the same day),
  one closed without a fix an hour after it came in (not resolved the same day), one still open
  since 29 November 20:00, and a visit at 23:59:59 on 30 November rated 3.
- 乙 is in the Trash: a complaint still open and one resolved the same day, a visit rated 1;
  none of it counts anywhere.

Counted in November, by hand: 6 complaints (3 resolved the same day: 50%), 1 open; 3 visits,
rated 4 + 5 + 3 = 12 (average 4.0). Counting the Trash too would give 8 complaints, 4 resolved
the same day, 2 open, 4 visits and an average of 3.25.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

T = dt.datetime
# When the clerk entered it all and merged (the morning after the period: the visit at 23:59:59
# on its last day is no future visit)
ENTERED = T(2026, 12, 1, 9, 0)
OPEN_SINCE = T(2026, 11, 29, 20, 0)  # 丁's complaint still open


@dataclass(frozen=True)
class Shop:
    kept: int  # 甲, who absorbed 丙
    merged: int  # 丙, merged away
    stays: int  # 丁
    trashed: int  # 乙


def fill(db: Database) -> Shop:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: T(2026, 10, 1, 9))
    kept, trashed, merged, stays = (
        customers.create(CustomerDraft(name=name)).id for name in ("甲", "乙", "丙", "丁")
    )
    visits = VisitService(db, stage_rules=stage_rules_in, clock=lambda: ENTERED)
    for who, at, score in [
        (kept, T(2026, 11, 1, 0, 0), 4),
        (merged, T(2026, 11, 15, 11, 0), 5),
        (stays, T(2026, 11, 30, 23, 59, 59), 3),
        (trashed, T(2026, 11, 16, 11, 0), 1),
    ]:
        visits.log(who, VisitDraft(occurred_at=at, kind="store", satisfaction=score))
    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: ENTERED)
    for who, received, resolved in [
        (kept, T(2026, 11, 1, 0, 0), T(2026, 11, 1, 2, 30)),
        (kept, T(2026, 11, 2, 9, 0), T(2026, 11, 2, 12, 30)),
        (merged, T(2026, 11, 10, 10, 0), T(2026, 11, 10, 18, 0)),
        (stays, T(2026, 11, 3, 23, 59), T(2026, 11, 4, 0, 1)),
        (stays, OPEN_SINCE, None),
        (trashed, T(2026, 11, 12, 9, 0), None),
        (trashed, T(2026, 11, 13, 9, 0), T(2026, 11, 13, 10, 0)),
    ]:
        complaint = complaints.record(who, ComplaintDraft(received, "phone", "投诉"))
        if resolved is not None:
            complaints.resolve(complaint.id, "处理好了", resolved_at=resolved)
    # Closing stamps the clock's moment: the clerk closed it an hour after it came in.
    closing = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: T(2026, 11, 5, 11))
    withdrawn = closing.record(stays, ComplaintDraft(T(2026, 11, 5, 10), "phone", "撤回"))
    closing.close(withdrawn.id, "顾客撤回")
    MergeService(db, stage_rules=stage_rules_in, clock=lambda: ENTERED).merge(kept, merged)
    CustomerService(db, stage_rules=stage_rules_in, clock=lambda: ENTERED).trash(trashed)
    return Shop(kept=kept, merged=merged, stays=stays, trashed=trashed)
