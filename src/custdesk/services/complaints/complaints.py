"""Complaints (投诉) and the sun-down rule: resolve the same day it came in.

Resolving a complaint schedules a follow-up for the next day, to check that the customer is
satisfied again; all in the transaction that records the resolution.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, ValidationError
from custdesk.periods import moments_within
from custdesk.services.complaints.figures import (
    SameDayRate,
    hours_to_resolve,
    same_day_rate,
    was_resolved_same_day,
)
from custdesk.services.contacts.cadence import FollowUpSource
from custdesk.services.customers.aggregates import StageRulesIn, refresh_aggregates
from custdesk.services.customers.calendar import check_record_date
from custdesk.services.customers.counted import customer_counted
from custdesk.services.customers.customer_rows import load_customer, load_row
from custdesk.services.customers.records import OPEN_STATUSES, ComplaintStatus
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.text_cleaning import display_text

CHECK_BACK_AFTER_DAYS = 1
MAX_DESCRIPTION = 5000
MAX_RESOLUTION = 5000


class Channel(StrEnum):
    IN_STORE = "in_store"
    PHONE = "phone"
    MESSAGE = "message"
    ONLINE = "online"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True)
class ComplaintDraft:
    received_at: dt.datetime
    channel: str
    description: str
    category: str = ""
    severity: str = Severity.MEDIUM


@dataclass(frozen=True)
class ComplaintRecord:
    id: int
    customer_id: int
    customer_name: str
    received_at: dt.datetime
    channel: str
    category: str
    description: str
    severity: str
    status: str
    resolution: str
    resolved_at: dt.datetime | None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def time_to_resolve(self, now: dt.datetime) -> dt.timedelta:
        """How long it took, or for an open complaint how long it has waited so far."""
        return (self.resolved_at or now) - self.received_at

    def hours_to_resolve(self, now: dt.datetime) -> float:
        """time_to_resolve in hours, to one decimal, a half up (figures.hours_to_resolve)."""
        return hours_to_resolve(self.received_at, self.resolved_at, now)

    @property
    def resolved_same_day(self) -> bool:
        """Resolved with a fix on the local day it came in (figures: closing is no fix)."""
        return was_resolved_same_day(self.status, self.received_at, self.resolved_at)

    def missed_sundown(self, now: dt.datetime) -> bool:
        """Not resolved on the day it came in (an open one from an earlier day, too)."""
        # resolve() and close() both stamp resolved_at: only an open complaint has none.
        settled = self.resolved_at or now
        return settled.date() > self.received_at.date()


@dataclass(frozen=True)
class ComplaintFilter:
    open_only: bool = False
    customer_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None


class ComplaintService:
    def __init__(
        self,
        db: Database,
        *,
        stage_rules: StageRulesIn,
        clock: Callable[[], dt.datetime] = shop_clock.now,
    ) -> None:
        self._db = db
        self._stage_rules = stage_rules  # the shop's, for each customer's stage (aggregates)
        self._clock = clock

    def record(self, customer_id: int, draft: ComplaintDraft) -> ComplaintRecord:
        """Save a complaint, its text cleaned (text_cleaning); or ValidationError."""
        now = self._clock()
        draft = replace(
            draft,
            description=display_text(draft.description).strip(),
            category=display_text(draft.category).strip(),
        )
        self._validate(draft, now)
        with self._db.writing() as session:
            customer = load_customer(session, customer_id)
            complaint = orm.Complaint(
                customer_id=customer_id,
                received_at=draft.received_at,
                channel=draft.channel,
                category=draft.category,
                description=draft.description,
                severity=draft.severity,
                status=ComplaintStatus.OPEN,
                created_at=now,
            )
            session.add(complaint)
            session.flush()
            return _record(complaint, customer.name)

    def start(self, complaint_id: int) -> ComplaintRecord:
        """Someone is working on it (open -> in progress)."""
        with self._db.writing() as session:
            complaint = self._open(session, complaint_id)
            complaint.status = ComplaintStatus.IN_PROGRESS
            session.flush()
            return _record(complaint, load_customer(session, complaint.customer_id).name)

    def resolve(
        self, complaint_id: int, resolution: str, *, resolved_at: dt.datetime | None = None
    ) -> ComplaintRecord:
        now = self._clock()
        moment = resolved_at or now
        resolution = display_text(resolution).strip()
        if not resolution:
            raise ValidationError.for_fields({"resolution": FieldProblem.REQUIRED})
        if len(resolution) > MAX_RESOLUTION:
            raise ValidationError.for_fields({"resolution": FieldProblem.TOO_LONG})
        with self._db.writing() as session:
            complaint = self._open(session, complaint_id)
            if moment < complaint.received_at or moment > now + dt.timedelta(minutes=5):
                raise ValidationError.for_fields({"resolved_at": FieldProblem.OUT_OF_RANGE})
            customer = load_customer(session, complaint.customer_id)
            complaint.status = ComplaintStatus.RESOLVED
            complaint.resolution = resolution
            complaint.resolved_at = moment
            session.add(
                orm.FollowUp(
                    customer_id=customer.id,
                    due_on=moment.date() + dt.timedelta(days=CHECK_BACK_AFTER_DAYS),
                    purpose=complaint.description[:200],
                    source=FollowUpSource.COMPLAINT,
                    complaint_id=complaint.id,
                    created_at=now,
                )
            )
            session.flush()
            refresh_aggregates(session, customer, now.date(), self._stage_rules(session))
            return _record(complaint, customer.name)

    def close(self, complaint_id: int, note: str = "") -> ComplaintRecord:
        """Closed without a resolution (withdrawn, not ours to fix); no check-back is planned."""
        now = self._clock()
        note = display_text(note).strip()
        if len(note) > MAX_RESOLUTION:
            raise ValidationError.for_fields({"note": FieldProblem.TOO_LONG})
        with self._db.writing() as session:
            complaint = self._open(session, complaint_id)
            complaint.status = ComplaintStatus.CLOSED
            complaint.resolution = note
            complaint.resolved_at = now
            session.flush()
            return _record(complaint, load_customer(session, complaint.customer_id).name)

    def get(self, complaint_id: int) -> ComplaintRecord:
        """One complaint (Today's work list opens it to resolve); NotFoundError when gone."""
        with self._db.reading() as session:
            complaint = load_row(session, orm.Complaint, complaint_id, "complaint")
            return _record(complaint, load_customer(session, complaint.customer_id).name)

    def complaints(self, where: ComplaintFilter = ComplaintFilter()) -> list[ComplaintRecord]:
        """Open ones first, then newest first; those of customers in the Trash (merged-away
        files among them) are left out, as every figure leaves them out (counted)."""
        c = orm.Complaint
        query = select(c, orm.Customer.name).join(orm.Customer).where(customer_counted())
        if where.open_only:
            query = query.where(c.status.in_(OPEN_STATUSES))
        if where.customer_id is not None:
            query = query.where(c.customer_id == where.customer_id)
        query = query.where(*moments_within(c.received_at, where.since, where.until))
        query = query.order_by(c.status.not_in(OPEN_STATUSES), c.received_at.desc(), c.id.desc())
        with self._db.reading() as session:
            return [_record(row, name) for row, name in session.execute(query)]

    def same_day_rate(self, since: dt.date | None, until: dt.date | None) -> SameDayRate:
        """Of the complaints received on the local days since..until, how many were resolved
        the same day: the one rate every page and sheet shows (figures)."""
        with self._db.reading() as session:
            return same_day_rate(session, since, until)

    @staticmethod
    def _open(session: Session, complaint_id: int) -> orm.Complaint:
        complaint = load_row(session, orm.Complaint, complaint_id, "complaint")
        if complaint.status not in OPEN_STATUSES:
            raise ValidationError.for_fields({"status": FieldProblem.ALREADY_CLOSED})
        return complaint

    @staticmethod
    def _validate(draft: ComplaintDraft, now: dt.datetime) -> None:
        problems: dict[str, FieldProblem] = {}
        if not draft.description:
            problems["description"] = FieldProblem.REQUIRED
        elif len(draft.description) > MAX_DESCRIPTION:
            problems["description"] = FieldProblem.TOO_LONG
        if draft.channel not in set(Channel):
            problems["channel"] = FieldProblem.UNKNOWN_CHOICE
        if draft.severity not in set(Severity):
            problems["severity"] = FieldProblem.UNKNOWN_CHOICE
        if len(draft.category) > 50:
            problems["category"] = FieldProblem.TOO_LONG
        if draft.received_at > now + dt.timedelta(minutes=5):
            problems["received_at"] = FieldProblem.FUTURE_DATE
        elif (date_problem := check_record_date(draft.received_at.date(), now.date())) is not None:
            problems["received_at"] = date_problem
        if problems:
            raise ValidationError.for_fields(problems)


def _record(row: orm.Complaint, customer_name: str) -> ComplaintRecord:
    return ComplaintRecord(
        id=row.id,
        customer_id=row.customer_id,
        customer_name=customer_name,
        received_at=row.received_at,
        channel=row.channel,
        category=row.category,
        description=row.description,
        severity=row.severity,
        status=row.status,
        resolution=row.resolution,
        resolved_at=row.resolved_at,
    )
