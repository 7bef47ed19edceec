"""Follow-up states and the cadence rule, shared by visits and follow-ups (no import cycle)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from custdesk.storage import orm


class FollowUpStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    CANCELLED = "cancelled"


class FollowUpSource(StrEnum):
    MANUAL = "manual"
    VISIT = "visit"
    CADENCE = "cadence"
    COMPLAINT = "complaint"


def schedule_by_cadence(
    session: Session, customer: orm.Customer, after: dt.date, now: dt.datetime
) -> orm.FollowUp | None:
    """The next contact by the customer's cadence, unless one is already planned."""
    if not customer.follow_up_cadence_days:
        return None
    pending = session.scalar(
        select(func.count()).where(
            orm.FollowUp.customer_id == customer.id,
            orm.FollowUp.status == FollowUpStatus.PENDING,
        )
    )
    if pending:
        return None
    follow_up = orm.FollowUp(
        customer_id=customer.id,
        due_on=after + dt.timedelta(days=customer.follow_up_cadence_days),
        purpose="",
        source=FollowUpSource.CADENCE,
        created_at=now,
    )
    session.add(follow_up)
    session.flush()
    return follow_up
