"""Merging two files of the same person into one, in one transaction.

The kept file gains the other's purchases, visits, follow-ups, complaints, phones, tags, history
and opening balance (from an old list), and fills its empty fields from it. Referral links stay
consistent: the kept customer keeps its own referrer (or takes over the other's), takes over the
other's referred customers, and no merge can create a self-referral or a cycle. The other file
goes to the Trash marked as merged, never deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, NotFoundError, ValidationError
from custdesk.services.customers.aggregates import StageRulesIn, refresh_aggregates
from custdesk.services.customers.customer_rows import load_customer
from custdesk.services.customers.merge_undo import (
    BIRTHDAY_PARTS,
    FILLED_FROM_ABSORBED,
    MOVED_WITH_CUSTOMER,
    MergeSnapshot,
    restore_snapshot,
    take_snapshot,
)
from custdesk.services.customers.referral_chains import ancestors, descendants
from custdesk.services.customers.stages import StageRules
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.search_index import refresh_search_rows
from custdesk.text_cleaning import display_text


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged_id: int
    moved_records: int
    dropped_referrals: int
    snapshot: MergeSnapshot  # what unmerge() needs to take it back


class MergeService:
    def __init__(
        self,
        db: Database,
        *,
        stage_rules: StageRulesIn,
        clock: Callable[[], dt.datetime] = shop_clock.now,
        actor: str = "",
    ) -> None:
        self._db = db
        self._stage_rules = stage_rules  # the shop's, for each customer's stage (aggregates)
        self._clock = clock
        self._actor = actor  # who is recorded in both files' history

    def merge(self, keep_id: int, absorb_id: int) -> MergeResult:
        if keep_id == absorb_id:
            raise ValidationError(
                "A customer cannot be merged with itself.", {"merge": FieldProblem.SAME_CUSTOMER}
            )
        now = self._clock()
        with self._db.writing() as session:
            keep, absorb = load_customer(session, keep_id), load_customer(session, absorb_id)
            for customer in (keep, absorb):
                if customer.deleted_at is not None:
                    raise ValidationError(
                        f"{customer.name} is in the Trash; restore it before merging.",
                        {"merge": FieldProblem.IN_TRASH},
                    )
            snapshot = take_snapshot(session, keep, absorb)
            moved = _move_records(session, keep_id, absorb_id)
            dropped = _move_referrals(session, keep_id, absorb_id)
            phones, tags = _move_phones_and_tags(session, keep, absorb)
            _fill_blanks(keep, absorb)
            absorb.deleted_at = now
            absorb.merged_into_id = keep_id
            _audit_both(session, keep, absorb, "merge", now, self._actor)
            session.flush()
            snapshot = replace(
                snapshot,
                added_phone_ids=tuple(phone.id for phone in phones),
                added_tag_ids=tuple(tags),
            )
            _refresh_figures(
                session, keep, absorb, snapshot, now.date(), self._stage_rules(session)
            )
            return MergeResult(keep_id, absorb_id, moved, dropped, snapshot)

    def unmerge(self, result: MergeResult) -> None:
        """Take a merge back (undo): both files as they were, the absorbed one out of the Trash."""
        snapshot = result.snapshot
        now = self._clock()
        with self._db.writing() as session:
            absorb = load_customer(session, snapshot.absorb_id)
            if absorb.merged_into_id != snapshot.keep_id or absorb.deleted_at is None:
                raise NotFoundError(f"{absorb.name} is no longer merged; nothing to undo.")
            restore_snapshot(session, snapshot)
            session.expire_all()
            keep = load_customer(session, snapshot.keep_id)
            absorb = load_customer(session, snapshot.absorb_id)
            _audit_both(session, keep, absorb, "unmerge", now, self._actor)
            session.flush()
            _refresh_figures(
                session, keep, absorb, snapshot, now.date(), self._stage_rules(session)
            )


def _audit_both(
    session: Session,
    keep: orm.Customer,
    absorb: orm.Customer,
    action: str,
    now: dt.datetime,
    actor: str,
) -> None:
    """Each file's history names the other one."""
    for customer, other in ((keep, absorb), (absorb, keep)):
        session.add(
            orm.AuditEntry(
                customer_id=customer.id,
                changed_at=now,
                actor=actor,
                action=action,
                field="",
                old_value=f"{other.id} {other.name}",
            )
        )


def _refresh_figures(
    session: Session,
    keep: orm.Customer,
    absorb: orm.Customer,
    snapshot: MergeSnapshot,
    today: dt.date,
    rules: StageRules,
) -> None:
    refresh_aggregates(session, keep, today, rules)
    refresh_aggregates(session, absorb, today, rules)
    # A link the merge drops (or its undo brings back) changes its referrer's count too, and
    # that referrer may be a third customer, e.g. whoever brought in the absorbed file.
    referrers = {link["referrer_id"] for link in snapshot.referrals} - {keep.id, absorb.id}
    for referrer_id in sorted(referrers):
        refresh_aggregates(session, load_customer(session, referrer_id), today, rules)
    refresh_search_rows(session, [keep.id, absorb.id])


def _move_records(session: Session, keep_id: int, absorb_id: int) -> int:
    moved = 0
    for model in MOVED_WITH_CUSTOMER:
        result = session.execute(
            update(model).where(model.customer_id == absorb_id).values(customer_id=keep_id)
        )
        moved += result.rowcount  # type: ignore[attr-defined]
    return moved


def _move_referrals(session: Session, keep_id: int, absorb_id: int) -> int:
    """Re-point the absorbed customer's links at the kept one; drop any that would loop."""
    dropped = 0
    # A link between the two would become a self-referral.
    dropped += _delete_links(
        session,
        ((orm.Referral.referrer_id == keep_id) & (orm.Referral.referred_id == absorb_id))
        | ((orm.Referral.referrer_id == absorb_id) & (orm.Referral.referred_id == keep_id)),
    )
    # Customers the absorbed one referred now hang under the kept one, except any that is an
    # ancestor of the kept one: that link would close a loop.
    above = ancestors(session, keep_id)
    if above:
        dropped += _delete_links(
            session,
            (orm.Referral.referrer_id == absorb_id) & orm.Referral.referred_id.in_(above),
        )
    session.execute(
        update(orm.Referral)
        .where(orm.Referral.referrer_id == absorb_id)
        .values(referrer_id=keep_id)
    )
    # Who referred the absorbed customer: taken over only if the kept one has no referrer and
    # that referrer is not (now) below the kept one.
    keep_has_referrer = session.scalar(
        select(func.count()).where(orm.Referral.referred_id == keep_id)
    )
    below = descendants(session, keep_id)
    absorbed_referrer = session.scalar(
        select(orm.Referral.referrer_id).where(orm.Referral.referred_id == absorb_id)
    )
    if keep_has_referrer or absorbed_referrer in below:
        dropped += _delete_links(session, orm.Referral.referred_id == absorb_id)
    else:
        session.execute(
            update(orm.Referral)
            .where(orm.Referral.referred_id == absorb_id)
            .values(referred_id=keep_id)
        )
    return dropped


def _delete_links(session: Session, condition: object) -> int:
    result = session.execute(delete(orm.Referral).where(condition))  # type: ignore[arg-type]
    return int(result.rowcount)  # type: ignore[attr-defined]


def _move_phones_and_tags(
    session: Session, keep: orm.Customer, absorb: orm.Customer
) -> tuple[list[orm.CustomerPhone], list[int]]:
    """Copy the absorbed file's numbers and tags that the kept one lacks; returns the copies."""
    known = {phone.number for phone in keep.phones}
    added_phones: list[orm.CustomerPhone] = []
    for phone in list(absorb.phones):
        if phone.number not in known:
            copy = orm.CustomerPhone(
                number=phone.number, label=phone.label, position=len(keep.phones)
            )
            keep.phones.append(copy)
            added_phones.append(copy)
            known.add(phone.number)
    added_tags: list[int] = []
    kept_tags = set(
        session.scalars(
            select(orm.CustomerTag.tag_id).where(orm.CustomerTag.customer_id == keep.id)
        )
    )
    for tag_id in session.scalars(
        select(orm.CustomerTag.tag_id).where(orm.CustomerTag.customer_id == absorb.id)
    ):
        if tag_id not in kept_tags:
            session.add(orm.CustomerTag(customer_id=keep.id, tag_id=tag_id))
            added_tags.append(tag_id)
    return added_phones, added_tags


def _fill_blanks(keep: orm.Customer, absorb: orm.Customer) -> None:
    for name in FILLED_FROM_ABSORBED:
        if getattr(keep, name) in (None, "", "unknown") and getattr(absorb, name) not in (None, ""):
            setattr(keep, name, getattr(absorb, name))
    _fill_birthday(keep, absorb)
    if absorb.notes and absorb.notes not in keep.notes:
        # Composed here, so cleaned here too (either file may predate text_cleaning).
        keep.notes = display_text(f"{keep.notes}\n{absorb.notes}").strip()
    keep.is_important = keep.is_important or absorb.is_important
    # Both files' old-list spending is the one customer's (refresh_aggregates adds it up).
    keep.opening_balance_cents += absorb.opening_balance_cents
    absorb.opening_balance_cents = 0


def _fill_birthday(keep: orm.Customer, absorb: orm.Customer) -> None:
    """The other file's birthday when the kept one has none; its year when the kept one has the
    same day without a year."""
    same_day = all(
        getattr(keep, part) == getattr(absorb, part)
        for part in ("birth_month", "birth_day", "birth_calendar", "birth_leap_month")
    )
    if keep.birth_month is None or (same_day and keep.birth_year is None):
        for part in BIRTHDAY_PARTS:
            setattr(keep, part, getattr(absorb, part))
