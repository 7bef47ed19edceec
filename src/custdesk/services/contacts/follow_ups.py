"""Planned contacts (定期回访): schedule, complete (which logs the visit), snooze, cancel.

A customer with a cadence ("every 30 days") always has the next contact planned: completing one,
or logging any visit while none is pending, schedules the next in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, ValidationError
from custdesk.services.contacts.cadence import (
    FollowUpSource,
    FollowUpStatus,
    by_cadence,
    first_pending,
    schedule_by_cadence,
)
from custdesk.services.contacts.visits import VisitDraft, add_visit, validate_visit
from custdesk.services.customers.aggregates import StageRulesIn, refresh_aggregates
from custdesk.services.customers.calendar import check_record_date
from custdesk.services.customers.customer_rows import load_customer, load_row
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.text_cleaning import display_text

MAX_PURPOSE = 2000


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    customer_id: int
    customer_name: str
    due_on: dt.date
    purpose: str
    status: str
    source: str
    complaint_id: int | None


@dataclass(frozen=True)
class PlanWithoutDate:
    """What saving a contact with no next date plans, so the form can say it before Save: by
    the customer's rhythm (``cadence_days``, due ``due_on``), nothing because a contact is
    already planned (``due_on`` that one), or nothing at all (both None)."""

    due_on: dt.date | None = None
    cadence_days: int | None = None  # set when the rhythm plans ``due_on``
    already_planned: bool = False


class FollowUpService:
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

    def schedule(
        self,
        customer_id: int,
        due_on: dt.date,
        purpose: str = "",
        *,
        source: str = FollowUpSource.MANUAL,
        complaint_id: int | None = None,
    ) -> FollowUpRecord:
        """Plan a contact; ``purpose`` is cleaned (text_cleaning) and trimmed."""
        now = self._clock()
        self._check_due(due_on, now)
        purpose = display_text(purpose).strip()
        if source not in set(FollowUpSource):
            raise ValidationError.for_fields({"source": FieldProblem.UNKNOWN_CHOICE})
        if len(purpose) > MAX_PURPOSE:
            raise ValidationError.for_fields({"purpose": FieldProblem.TOO_LONG})
        with self._db.writing() as session:
            customer = load_customer(session, customer_id)
            follow_up = orm.FollowUp(
                customer_id=customer_id,
                due_on=due_on,
                purpose=purpose,
                source=source,
                complaint_id=complaint_id,
                created_at=now,
            )
            session.add(follow_up)
            session.flush()
            refresh_aggregates(session, customer, now.date(), self._stage_rules(session))
            return _record(follow_up, customer.name)

    def complete(
        self, follow_up_id: int, visit: VisitDraft, *, next_contact_on: dt.date | None = None
    ) -> FollowUpRecord | None:
        """Done: the contact is logged as a visit; returns the next planned contact, if any."""
        now = self._clock()
        visit = validate_visit(visit, now)
        if next_contact_on is not None:
            self._check_due(next_contact_on, now)
        with self._db.writing() as session:
            follow_up = self._pending(session, follow_up_id)
            customer = load_customer(session, follow_up.customer_id)
            logged = add_visit(session, customer.id, visit, now)
            follow_up.status = FollowUpStatus.DONE
            follow_up.done_visit_id = logged.id
            follow_up.closed_at = now
            session.flush()
            following: orm.FollowUp | None
            if next_contact_on is not None:
                following = orm.FollowUp(
                    customer_id=customer.id,
                    due_on=next_contact_on,
                    purpose="",
                    source=FollowUpSource.VISIT,
                    created_at=now,
                )
                session.add(following)
                session.flush()
            else:
                following = schedule_by_cadence(session, customer, visit.occurred_at.date(), now)
            refresh_aggregates(session, customer, now.date(), self._stage_rules(session))
            return _record(following, customer.name) if following else None

    def plan_without_date(
        self, customer_id: int, contact_on: dt.date, completing: int | None = None
    ) -> PlanWithoutDate:
        """What a contact on ``contact_on`` (a local date) plans when the clerk gives no next
        date, by the rule of cadence.schedule_by_cadence (定期回访: a customer with a rhythm
        always has the next contact planned): ``completing`` is the follow-up being marked done,
        which then no longer counts as planned. NotFoundError for an unknown customer."""
        with self._db.reading() as session:
            customer = load_customer(session, customer_id)
            pending = first_pending(session, customer_id, excluding=completing)
            if pending is not None:
                return PlanWithoutDate(due_on=pending, already_planned=True)
            due = by_cadence(customer, contact_on)
            if due is None:
                return PlanWithoutDate()
            return PlanWithoutDate(due_on=due, cadence_days=customer.follow_up_cadence_days)

    def snooze(self, follow_up_id: int, until: dt.date) -> FollowUpRecord:
        now = self._clock()
        self._check_due(until, now)
        with self._db.writing() as session:
            follow_up = self._pending(session, follow_up_id)
            customer = load_customer(session, follow_up.customer_id)
            follow_up.due_on = until
            session.flush()
            refresh_aggregates(session, customer, now.date(), self._stage_rules(session))
            return _record(follow_up, customer.name)

    def cancel(self, follow_up_id: int) -> None:
        now = self._clock()
        with self._db.writing() as session:
            follow_up = self._pending(session, follow_up_id)
            customer = load_customer(session, follow_up.customer_id)
            follow_up.status = FollowUpStatus.CANCELLED
            follow_up.closed_at = now
            session.flush()
            refresh_aggregates(session, customer, now.date(), self._stage_rules(session))

    def pending_for(self, customer_id: int) -> list[FollowUpRecord]:
        with self._db.reading() as session:
            customer = load_customer(session, customer_id)
            rows = session.scalars(
                select(orm.FollowUp)
                .where(
                    orm.FollowUp.customer_id == customer_id,
                    orm.FollowUp.status == FollowUpStatus.PENDING,
                )
                .order_by(orm.FollowUp.due_on, orm.FollowUp.id)
            )
            return [_record(row, customer.name) for row in rows]

    def get(self, follow_up_id: int) -> FollowUpRecord:
        with self._db.reading() as session:
            follow_up = load_row(session, orm.FollowUp, follow_up_id, "follow-up")
            return _record(follow_up, load_customer(session, follow_up.customer_id).name)

    @staticmethod
    def _pending(session: Session, follow_up_id: int) -> orm.FollowUp:
        follow_up = load_row(session, orm.FollowUp, follow_up_id, "follow-up")
        if follow_up.status != FollowUpStatus.PENDING:
            raise ValidationError(
                "This follow-up is already closed.", {"follow_up": FieldProblem.ALREADY_CLOSED}
            )
        return follow_up

    @staticmethod
    def _check_due(due_on: dt.date, now: dt.datetime) -> None:
        """Not before today, not after calendar.latest_record_date."""
        if due_on < now.date():
            raise ValidationError.for_fields({"due_on": FieldProblem.PAST_DATE})
        problem = check_record_date(due_on, now.date())
        if problem is not None:
            raise ValidationError.for_fields({"due_on": problem})


def _record(row: orm.FollowUp, customer_name: str) -> FollowUpRecord:
    return FollowUpRecord(
        id=row.id,
        customer_id=row.customer_id,
        customer_name=customer_name,
        due_on=row.due_on,
        purpose=row.purpose,
        status=row.status,
        source=row.source,
        complaint_id=row.complaint_id,
    )
