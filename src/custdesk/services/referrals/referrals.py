"""Who brought whom (转介绍): one referrer per customer, no loops, and the referrer's profile.

A referral can be recorded before the new person buys anything (a lead) and moves on to visited,
converted or lost. Chains are walked by storage.referral_walks; see reports for the tree,
leaderboard and shares, and customers.referral_chains for the walk that refuses loops.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, ValidationError
from custdesk.resources import load_seed
from custdesk.services.customers.aggregates import StageRulesIn, refresh_aggregates
from custdesk.services.customers.customer_rows import load_customer
from custdesk.services.customers.referral_chains import ancestors
from custdesk.services.customers.stages import StageRules
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.text_cleaning import display_text

MAX_NOTES = 2000


class ReferralStatus(StrEnum):
    LEAD = "lead"
    VISITED = "visited"
    CONVERTED = "converted"
    LOST = "lost"


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    referrer_id: int
    referrer_name: str
    referred_id: int
    referred_name: str
    referred_on: dt.date
    status: str
    notes: str


def referrer_kind_codes() -> frozenset[str]:
    return frozenset(entry["code"] for entry in load_seed("referrer_kinds"))


class ReferralService:
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

    def set_referrer(
        self,
        referred_id: int,
        referrer_id: int,
        *,
        referred_on: dt.date | None = None,
        status: str = ReferralStatus.LEAD,
        notes: str = "",
    ) -> ReferralRecord:
        """Record (or change) who brought ``referred_id`` (on ``referred_on``, a local date,
        today when None); ValidationError for a date after today, an unknown status, notes
        over MAX_NOTES, the customer themselves or a loop. ``notes`` are cleaned
        (text_cleaning) and trimmed."""
        now = self._clock()
        with self._db.writing() as session:
            link = link_referrer_in(
                session,
                referred_id,
                referrer_id,
                referred_on=referred_on or now.date(),
                status=status,
                notes=notes,
                today=now.date(),
                rules=self._stage_rules(session),
                now=now,
            )
            return _record(session, link)

    def clear_referrer(self, referred_id: int) -> None:
        """Nobody brought ``referred_id``: the link goes (nothing when there was none)."""
        now = self._clock()
        with self._db.writing() as session:
            unlink_referrer_in(session, referred_id, now.date(), self._stage_rules(session))

    def check_referrer(self, referred_id: int, referrer_id: int) -> None:
        """Whether ``referrer_id`` may be recorded as who brought ``referred_id``, writing
        nothing (the customer form tells at once, and saves with its Save): ValidationError
        (``referrer``) for the customer themselves or a loop; NotFoundError when one is gone."""
        if referrer_id == referred_id:
            raise ValidationError.for_fields({"referrer": FieldProblem.SELF_REFERRAL})
        with self._db.reading() as session:
            refuse_loop(session, referred_id, referrer_id)

    def referral_of(self, referred_id: int) -> ReferralRecord | None:
        """Who brought this customer, if anyone."""
        with self._db.reading() as session:
            return referral_in(session, referred_id)

    def referred_by(self, referrer_id: int) -> list[ReferralRecord]:
        """The people this customer brought in, newest first."""
        with self._db.reading() as session:
            links = session.scalars(
                select(orm.Referral)
                .where(orm.Referral.referrer_id == referrer_id)
                .order_by(orm.Referral.referred_on.desc(), orm.Referral.id.desc())
            )
            return [_record(session, link) for link in links]

    def set_referrer_kind(self, customer_id: int, kind: str | None) -> None:
        """The customer's profile as a referrer (荣誉型, 利益型, 互惠型, 朋友型) or None;
        ValidationError for a kind not in the seed."""
        check_referrer_kind(kind)
        with self._db.writing() as session:
            customer = load_customer(session, customer_id)
            customer.referrer_kind = kind
            customer.updated_at = self._clock()


def check_referrer_kind(kind: str | None) -> None:
    """ValidationError (``referrer_kind``) unless ``kind`` is None or a seed code."""
    if kind is not None and kind not in referrer_kind_codes():
        raise ValidationError.for_fields({"referrer_kind": FieldProblem.UNKNOWN_CHOICE})


def check_referral(
    referred_id: int | None,
    referrer_id: int,
    referred_on: dt.date,
    status: str,
    notes: str,
    today: dt.date,
) -> str:
    """The notes cleaned (text_cleaning) and trimmed; or ValidationError naming each bad
    part: notes over MAX_NOTES, an unknown status, a day after ``today`` (local dates), a
    customer as their own referrer. ``referred_id`` is None for a customer not saved yet."""
    notes = display_text(notes).strip()
    problems: dict[str, FieldProblem] = {}
    if len(notes) > MAX_NOTES:
        problems["notes"] = FieldProblem.TOO_LONG
    if status not in set(ReferralStatus):
        problems["status"] = FieldProblem.UNKNOWN_CHOICE
    if referred_on > today:
        problems["referred_on"] = FieldProblem.FUTURE_DATE
    if referrer_id == referred_id:
        problems["referrer"] = FieldProblem.SELF_REFERRAL
    if problems:
        raise ValidationError.for_fields(problems)
    return notes


def link_referrer_in(
    session: Session,
    referred_id: int,
    referrer_id: int,
    *,
    referred_on: dt.date,
    status: str,
    notes: str,
    today: dt.date,
    rules: StageRules,
    now: dt.datetime,
) -> orm.Referral:
    """Record or change who brought ``referred_id``, inside the caller's transaction, checked
    by check_referral and refusing a loop (ValidationError ``referrer``); the referrers'
    figures (referrals made, stage) follow, the old one's too."""
    notes = check_referral(referred_id, referrer_id, referred_on, status, notes, today)
    refuse_loop(session, referred_id, referrer_id)
    link = session.scalar(select(orm.Referral).where(orm.Referral.referred_id == referred_id))
    previous = link.referrer_id if link is not None else None
    if link is None:
        link = orm.Referral(referred_id=referred_id, created_at=now)
        session.add(link)
    link.referrer_id = referrer_id
    link.referred_on = referred_on
    link.status = status
    link.notes = notes
    session.flush()
    for customer_id in {referrer_id} | ({previous} if previous is not None else set()):
        refresh_aggregates(session, load_customer(session, customer_id), today, rules)
    return link


def refuse_loop(session: Session, referred_id: int, referrer_id: int) -> None:
    """ValidationError (``referrer``: REFERRAL_LOOP) when ``referred_id`` brought in
    ``referrer_id``, directly or through others; NotFoundError when either is gone."""
    referred = load_customer(session, referred_id)
    referrer = load_customer(session, referrer_id)
    if referred_id in ancestors(session, referrer_id):
        raise ValidationError(
            f"{referrer.name} was brought in (directly or not) by {referred.name}; "
            "a referral chain cannot loop.",
            {"referrer": FieldProblem.REFERRAL_LOOP},
        )


def unlink_referrer_in(
    session: Session, referred_id: int, today: dt.date, rules: StageRules
) -> None:
    """Remove the link of who brought ``referred_id`` (if any) inside the caller's
    transaction; the referrer's figures follow."""
    link = session.scalar(select(orm.Referral).where(orm.Referral.referred_id == referred_id))
    if link is None:
        return
    referrer_id = link.referrer_id
    session.delete(link)
    session.flush()
    refresh_aggregates(session, load_customer(session, referrer_id), today, rules)


def referral_in(session: Session, referred_id: int) -> ReferralRecord | None:
    """Who brought ``referred_id``, read inside the caller's transaction."""
    link = session.scalar(select(orm.Referral).where(orm.Referral.referred_id == referred_id))
    return _record(session, link) if link is not None else None


def _record(session: Session, link: orm.Referral) -> ReferralRecord:
    referrer = load_customer(session, link.referrer_id)
    referred = load_customer(session, link.referred_id)
    return ReferralRecord(
        id=link.id,
        referrer_id=referrer.id,
        referrer_name=referrer.name,
        referred_id=referred.id,
        referred_name=referred.name,
        referred_on=link.referred_on,
        status=link.status,
        notes=link.notes,
    )
