"""Today's work list (今日待办): one list, most urgent first, that answers "what first?".

The order, and where each rule comes from:

1. Open complaints, oldest first. The sun-down rule (太阳下山原则): a complaint is resolved the
   day it comes in, so one still open is the most pressing thing at the counter; one from an
   earlier day has already missed its sun-down and comes before today's.
2. Overdue follow-ups, the oldest due first (a late check-back after a complaint among them: it
   is late like any other call).
3. Follow-ups due today.
4. Complaint check-backs due today: the call the day after a resolution (complaints.resolve).
5. Birthdays today: a greeting, the day itself.

Every part comes from the agenda's indexed queries in one read; nothing is asked per line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from custdesk.services.contacts.cadence import FollowUpSource
from custdesk.services.customers.counted import customer_counted
from custdesk.services.customers.customer_list import first_phone
from custdesk.services.customers.records import OPEN_STATUSES
from custdesk.storage import orm


class WorkKind(IntEnum):
    """What a line of the work list is; its value is its place in the order (smaller first)."""

    OPEN_COMPLAINT = 1
    OVERDUE = 2
    DUE_TODAY = 3
    CHECK_BACK = 4
    BIRTHDAY = 5


@dataclass(frozen=True)
class WorkItem:
    kind: WorkKind
    customer_id: int
    customer_name: str
    phone: str
    # The day it was due: a follow-up's due date, a complaint's day received (due by its
    # sun-down), a birthday's day (today).
    due_on: dt.date
    about: str  # the follow-up's purpose, the complaint's description; "" for a birthday
    follow_up_id: int | None = None
    complaint_id: int | None = None
    source: str = ""  # a follow-up's FollowUpSource: who planned it
    turning: int | None = None  # a birthday's age, when the year of birth is known

    @property
    def from_complaint(self) -> bool:
        """A follow-up planned by resolving a complaint: the check-back call."""
        return self.source == FollowUpSource.COMPLAINT

    def days_late(self, today: dt.date) -> int:
        return max((today - self.due_on).days, 0)


@dataclass(frozen=True)
class FollowUpItem:
    """A pending follow-up due on or before the day asked (the agenda reads them once)."""

    follow_up_id: int
    customer_id: int
    customer_name: str
    phone: str
    due_on: dt.date
    purpose: str
    source: str


@dataclass(frozen=True)
class BirthdayItem:
    """A birthday kept in the coming days, on its day this year."""

    customer_id: int
    customer_name: str
    phone: str
    on: dt.date
    turning: int | None  # None: the year of birth is not known


def open_complaints(session: Session) -> list[WorkItem]:
    """Open and in-progress complaints of customers not in the Trash, oldest received first
    (one query on ix_complaints_status_received_at)."""
    c, customer = orm.Complaint, orm.Customer
    rows = session.execute(
        select(c.id, customer.id, customer.name, first_phone(), c.received_at, c.description)
        .select_from(c)
        .join(customer, customer.id == c.customer_id)
        .where(c.status.in_(OPEN_STATUSES), customer_counted(customer))
        .order_by(c.received_at, c.id)
    )
    return [
        WorkItem(
            WorkKind.OPEN_COMPLAINT,
            customer_id,
            name,
            phone,
            received_at.date(),
            description,
            complaint_id=complaint_id,
        )
        for complaint_id, customer_id, name, phone, received_at, description in rows
    ]


def ordered_work(
    today: dt.date,
    complaints: Sequence[WorkItem],
    follow_ups: Iterable[FollowUpItem],
    birthdays: Iterable[BirthdayItem],
) -> list[WorkItem]:
    """The work list in the order of the module's docstring. ``follow_ups`` are the pending
    ones due on or before ``today``; ``birthdays`` may run past today (only today's are kept).
    Within a kind the given order stands (sort is stable): the queries give oldest first and
    then by name."""
    items = list(complaints)
    for f in follow_ups:
        if f.due_on < today:
            kind = WorkKind.OVERDUE
        elif f.source == FollowUpSource.COMPLAINT:
            kind = WorkKind.CHECK_BACK
        else:
            kind = WorkKind.DUE_TODAY
        items.append(
            WorkItem(
                kind,
                f.customer_id,
                f.customer_name,
                f.phone,
                f.due_on,
                f.purpose,
                follow_up_id=f.follow_up_id,
                source=f.source,
            )
        )
    items.extend(
        WorkItem(
            WorkKind.BIRTHDAY, b.customer_id, b.customer_name, b.phone, b.on, "", turning=b.turning
        )
        for b in birthdays
        if b.on == today
    )
    return sorted(items, key=lambda item: (item.kind, item.due_on))
