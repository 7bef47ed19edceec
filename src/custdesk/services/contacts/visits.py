"""The contact log (回访记录): every store visit, call-back, message, home visit and greeting.

Logging a visit can schedule the next contact in the same transaction (+7 / +30 / +90 days or a
date), so the clerk never has to remember to do it as a second step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, ValidationError
from custdesk.periods import moments_within
from custdesk.services.contacts.cadence import FollowUpSource, schedule_by_cadence
from custdesk.services.customers.aggregates import StageRulesIn, refresh_aggregates
from custdesk.services.customers.calendar import check_record_date
from custdesk.services.customers.customer_rows import load_customer
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.text_cleaning import display_text

MAX_TEXT = 2000
_Columns = TypeVarTuple("_Columns")


class VisitKind(StrEnum):
    STORE = "store"
    CALL = "call"
    MESSAGE = "message"
    HOME = "home"
    GREETING = "greeting"


@dataclass(frozen=True)
class VisitDraft:
    occurred_at: dt.datetime
    kind: str = VisitKind.STORE
    purpose: str = ""
    outcome: str = ""
    satisfaction: int | None = None
    notes: str = ""
    served_by: str = ""


@dataclass(frozen=True)
class VisitRecord:
    id: int
    customer_id: int
    customer_name: str
    occurred_at: dt.datetime
    kind: str
    purpose: str
    outcome: str
    satisfaction: int | None
    notes: str
    served_by: str


@dataclass(frozen=True)
class VisitFilter:
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    kind: str | None = None
    served_by: str | None = None
    customer_id: int | None = None


def validate_visit(draft: VisitDraft, now: dt.datetime) -> VisitDraft:
    """The draft with its text cleaned (text_cleaning) and trimmed; or ValidationError naming
    every bad field. The caller stores what this returns."""
    draft = replace(
        draft,
        purpose=display_text(draft.purpose).strip(),
        outcome=display_text(draft.outcome).strip(),
        notes=display_text(draft.notes).strip(),
        served_by=display_text(draft.served_by).strip(),
    )
    problems: dict[str, FieldProblem] = {}
    if draft.kind not in set(VisitKind):
        problems["kind"] = FieldProblem.UNKNOWN_CHOICE
    if draft.occurred_at > now + dt.timedelta(minutes=5):
        problems["occurred_at"] = FieldProblem.FUTURE_DATE
    elif (date_problem := check_record_date(draft.occurred_at.date(), now.date())) is not None:
        problems["occurred_at"] = date_problem
    if draft.satisfaction is not None and not 1 <= draft.satisfaction <= 5:
        problems["satisfaction"] = FieldProblem.OUT_OF_RANGE
    for name in ("purpose", "outcome", "notes"):
        if len(getattr(draft, name).strip()) > MAX_TEXT:
            problems[name] = FieldProblem.TOO_LONG
    if len(draft.served_by.strip()) > 100:
        problems["served_by"] = FieldProblem.TOO_LONG
    if problems:
        raise ValidationError.for_fields(problems)
    return draft


def add_visit(session: Session, customer_id: int, draft: VisitDraft, now: dt.datetime) -> orm.Visit:
    """Insert one visit, checked by validate_visit, inside the caller's transaction
    (follow-ups reuse this)."""
    visit = orm.Visit(
        customer_id=customer_id,
        occurred_at=draft.occurred_at,
        kind=draft.kind,
        purpose=draft.purpose.strip(),
        outcome=draft.outcome.strip(),
        satisfaction=draft.satisfaction,
        notes=draft.notes.strip(),
        served_by=draft.served_by.strip(),
        created_at=now,
    )
    session.add(visit)
    session.flush()
    return visit


class VisitService:
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

    def log(
        self,
        customer_id: int,
        draft: VisitDraft,
        *,
        next_contact_on: dt.date | None = None,
        next_purpose: str = "",
    ) -> VisitRecord:
        """Record a contact; with ``next_contact_on``, also schedule the next one."""
        now = self._clock()
        draft = validate_visit(draft, now)
        next_purpose = display_text(next_purpose).strip()
        if next_contact_on is not None and next_contact_on < draft.occurred_at.date():
            raise ValidationError.for_fields({"next_contact_on": FieldProblem.OUT_OF_RANGE})
        next_problem = (
            None if next_contact_on is None else check_record_date(next_contact_on, now.date())
        )
        if next_problem is not None:
            raise ValidationError.for_fields({"next_contact_on": next_problem})
        with self._db.writing() as session:
            customer = load_customer(session, customer_id)
            visit = add_visit(session, customer_id, draft, now)
            if next_contact_on is None:
                schedule_by_cadence(session, customer, draft.occurred_at.date(), now)
            else:
                session.add(
                    orm.FollowUp(
                        customer_id=customer_id,
                        due_on=next_contact_on,
                        purpose=next_purpose or draft.purpose,
                        source=FollowUpSource.VISIT,
                        created_at=now,
                    )
                )
                session.flush()
            refresh_aggregates(session, customer, now.date(), self._stage_rules(session))
            return _record(visit, customer.name)

    def visits(
        self, where: VisitFilter = VisitFilter(), limit: int | None = None
    ) -> list[VisitRecord]:
        """Newest first."""
        query = _filtered(select(orm.Visit, orm.Customer.name).join(orm.Customer), where).order_by(
            orm.Visit.occurred_at.desc(), orm.Visit.id.desc()
        )
        if limit is not None:
            query = query.limit(limit)
        with self._db.reading() as session:
            return [_record(visit, name) for visit, name in session.execute(query)]

    def count(self, where: VisitFilter = VisitFilter()) -> int:
        query = _filtered(select(func.count(orm.Visit.id)), where)
        with self._db.reading() as session:
            return int(session.scalar(query) or 0)

    def clerks(self) -> list[str]:
        """Everyone who has served a customer, for the clerk filter."""
        with self._db.reading() as session:
            names = session.scalars(
                select(orm.Visit.served_by)
                .where(orm.Visit.served_by != "")
                .distinct()
                .order_by(orm.Visit.served_by)
            )
            return list(names)


def _filtered(query: Select[*_Columns], where: VisitFilter) -> Select[*_Columns]:
    visit = orm.Visit
    query = query.where(*moments_within(visit.occurred_at, where.since, where.until))
    if where.kind:
        query = query.where(visit.kind == where.kind)
    if where.served_by:
        query = query.where(visit.served_by == where.served_by)
    if where.customer_id is not None:
        query = query.where(visit.customer_id == where.customer_id)
    return query


def _record(visit: orm.Visit, customer_name: str) -> VisitRecord:
    return VisitRecord(
        id=visit.id,
        customer_id=visit.customer_id,
        customer_name=customer_name,
        occurred_at=visit.occurred_at,
        kind=visit.kind,
        purpose=visit.purpose,
        outcome=visit.outcome,
        satisfaction=visit.satisfaction,
        notes=visit.notes,
        served_by=visit.served_by,
    )
