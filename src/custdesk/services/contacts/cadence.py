"""Follow-up states and the cadence rule, shared by visits and follow-ups (no import cycle)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import select
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
    due = by_cadence(customer, after)
    if due is None or first_pending(session, customer.id) is not None:
        return None
    follow_up = orm.FollowUp(
        customer_id=customer.id,
        due_on=due,
        purpose="",
        source=FollowUpSource.CADENCE,
        created_at=now,
    )
    session.add(follow_up)
    session.flush()
    return follow_up


def by_cadence(customer: orm.Customer, after: dt.date) -> dt.date | None:
    """The day the customer's cadence puts the next contact after a contact on ``after`` (a
    local date), None for a customer without one."""
    days = customer.follow_up_cadence_days
    return after + dt.timedelta(days=days) if days else None


def first_pending(
    session: Session, customer_id: int, excluding: int | None = None
) -> dt.date | None:
    """The due date of the customer's earliest planned contact (not ``excluding``, a follow-up
    being completed), None when none is planned."""
    query = select(orm.FollowUp.due_on).where(
        orm.FollowUp.customer_id == customer_id,
        orm.FollowUp.status == FollowUpStatus.PENDING,
    )
    if excluding is not None:
        query = query.where(orm.FollowUp.id != excluding)
    return session.scalar(query.order_by(orm.FollowUp.due_on).limit(1))
