"""What the complaint figures count, decided once (issue 20): the same-day rate and the hours to
resolve, as the Complaints page, the Reports page, the complaints sheet and the monthly summary
all show them.

Resolved the same day: resolved with a fix (status resolved) on the shop's local day it came in.
Closing a complaint without a fix is not resolving it, and a complaint taken at 23:59 and
resolved at 00:01 was resolved the next day. Moments are stored as the shop's local time
(storage.orm), so the local day is a moment's date.

The same-day rate: of the complaints received in a period (customers in the Trash left out, as
everywhere: customers.counted), the share resolved the same day. Every one received counts in
the total, whatever became of it: still open, closed without a fix, resolved later.

Hours to resolve: from received to resolved or closed; for one still open, to the end of the
report (the end of its last day, or now when that is earlier). In hours to one decimal, a half
rounded up (0.25 h is 0.3 h), so that 2 h 30 is 2.5 and 3 h 30 is 3.5 everywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from custdesk.periods import day_bounds, moments_within
from custdesk.services.customers.counted import record_counted
from custdesk.services.customers.records import ComplaintStatus
from custdesk.storage import orm
from custdesk.storage.dialect import local_day
from custdesk.words import N_

# What each figure counts, shown beside it (tooltips) in the window; the README says the same.
FIGURE_WORDS = "complaint figures"  # their catalogue context
SAME_DAY_DEFINITION = N_(
    "complaint figures",
    "Resolved the same day: resolved with a fix on the shop's day the complaint came in, out "
    "of every complaint received in the period. Still open, closed without a fix or resolved "
    "on a later day (taken at 23:59, resolved at 00:01) is not the same day.",
)
HOURS_DEFINITION = N_(
    "complaint figures",
    "Hours from receiving the complaint to resolving or closing it, to one decimal (2 h 30 min "
    "is 2.5); for one still open, until now, or until the end of the report's last day when "
    "that is earlier.",
)


def resolved_same_day(complaint: Any = orm.Complaint) -> ColumnElement[bool]:
    """The SQL condition on a complaints row (``orm.Complaint`` or an alias already in the
    query) that it was resolved the same day (module docstring)."""
    return and_(
        complaint.status == ComplaintStatus.RESOLVED,
        local_day(complaint.resolved_at) == local_day(complaint.received_at),
    )


def was_resolved_same_day(
    status: str, received_at: dt.datetime, resolved_at: dt.datetime | None
) -> bool:
    """``resolved_same_day`` for one complaint already read."""
    return (
        status == ComplaintStatus.RESOLVED
        and resolved_at is not None
        and resolved_at.date() == received_at.date()
    )


@dataclass(frozen=True)
class SameDayRate:
    received: int  # complaints received in the period
    resolved_same_day: int  # of those

    @property
    def rate(self) -> float | None:
        """resolved_same_day / received, None when none was received."""
        return self.resolved_same_day / self.received if self.received else None


def same_day_rate(session: Session, since: dt.date | None, until: dt.date | None) -> SameDayRate:
    """The same-day rate of the complaints received on the local days since..until (both
    included; None leaves that end open)."""
    k = orm.Complaint
    received, quick = session.execute(
        select(func.count(k.id), func.sum(case((resolved_same_day(k), 1), else_=0))).where(
            *moments_within(k.received_at, since, until), record_counted(k.customer_id)
        )
    ).one()
    return SameDayRate(int(received), int(quick or 0))


def report_end(until: dt.date | None, now: dt.datetime) -> dt.datetime:
    """Until when a report times a complaint still open: the end of its last local day, or
    ``now`` when that is earlier (or when the report has no last day)."""
    _start, end = day_bounds(None, until)
    return now if end is None else min(end, now)


def hours_to_resolve(
    received_at: dt.datetime, resolved_at: dt.datetime | None, until: dt.datetime
) -> float:
    """Hours from ``received_at`` to ``resolved_at`` (or ``until`` for one still open), to one
    decimal, a half rounded up (module docstring); never below 0."""
    seconds = max(0, int(((resolved_at or until) - received_at).total_seconds()))
    tenths = (seconds * 10 + 1800) // 3600  # whole tenths, a half up: integers, no float ties
    return tenths / 10
