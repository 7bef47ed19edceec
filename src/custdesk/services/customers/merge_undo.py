"""What a merge changed, so that Ctrl+Z can take it back exactly.

A merge moves rows between two customers, re-points or drops referral links, copies phones and
tags, and fills blank fields. Undoing it must put every row back where it was, including referral
rewards that went with a dropped link, without touching anything the two files did not own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from custdesk.storage import orm

MOVED_WITH_CUSTOMER = (orm.Purchase, orm.Visit, orm.FollowUp, orm.Complaint, orm.AuditEntry)
FILLED_FROM_ABSORBED = (
    "gender", "wechat_id", "address", "occupation", "income_band",
    "family_situation", "hobbies", "temperament", "referrer_kind", "decision_maker",
    "follow_up_cadence_days",
)  # fmt: skip
# A birthday is filled as a whole (storage.orm: its parts are set together).
BIRTHDAY_PARTS = ("birth_year", "birth_month", "birth_day", "birth_calendar", "birth_leap_month")
# The opening balance (from an old list) is added up, not filled: both were spent.
KEPT_FIELDS = (
    *FILLED_FROM_ABSORBED, *BIRTHDAY_PARTS, "notes", "is_important", "opening_balance_cents"
)  # fmt: skip

Row = Mapping[str, Any]


@dataclass(frozen=True)
class MergeSnapshot:
    keep_id: int
    absorb_id: int
    moved_ids: Mapping[str, tuple[int, ...]]  # table name -> ids that belonged to absorb
    referrals: tuple[Row, ...]  # every link touching either customer, as it was
    rewards: tuple[Row, ...]  # the rewards of those links
    keep_fields: Row
    added_phone_ids: tuple[int, ...] = ()
    added_tag_ids: tuple[int, ...] = ()
    absorb_opening_balance_cents: int = 0  # moved onto the kept file by the merge


def take_snapshot(session: Session, keep: orm.Customer, absorb: orm.Customer) -> MergeSnapshot:
    moved = {
        model.__tablename__: tuple(
            session.scalars(select(model.id).where(model.customer_id == absorb.id))
        )
        for model in MOVED_WITH_CUSTOMER
    }
    pair = (keep.id, absorb.id)
    links = _rows(
        session,
        select(orm.Referral).where(
            orm.Referral.referrer_id.in_(pair) | orm.Referral.referred_id.in_(pair)
        ),
    )
    rewards = _rows(
        session,
        select(orm.ReferralReward).where(
            orm.ReferralReward.referral_id.in_([link["id"] for link in links])
        ),
    )
    return MergeSnapshot(
        keep_id=keep.id,
        absorb_id=absorb.id,
        moved_ids=moved,
        referrals=links,
        rewards=rewards,
        keep_fields={name: getattr(keep, name) for name in KEPT_FIELDS},
        absorb_opening_balance_cents=absorb.opening_balance_cents,
    )


def restore_snapshot(session: Session, snapshot: MergeSnapshot) -> None:
    """Bulk SQL only: callers re-load the two customers afterwards."""
    for model in MOVED_WITH_CUSTOMER:
        ids = snapshot.moved_ids.get(model.__tablename__, ())
        if ids:
            session.execute(
                update(model)
                .where(model.id.in_(ids), model.customer_id == snapshot.keep_id)
                .values(customer_id=snapshot.absorb_id)
            )
    _restore_rows(session, orm.Referral, snapshot.referrals)
    _restore_rows(session, orm.ReferralReward, snapshot.rewards)
    if snapshot.added_phone_ids:
        session.execute(
            delete(orm.CustomerPhone).where(orm.CustomerPhone.id.in_(snapshot.added_phone_ids))
        )
    if snapshot.added_tag_ids:
        session.execute(
            delete(orm.CustomerTag).where(
                orm.CustomerTag.customer_id == snapshot.keep_id,
                orm.CustomerTag.tag_id.in_(snapshot.added_tag_ids),
            )
        )
    session.execute(
        update(orm.Customer)
        .where(orm.Customer.id == snapshot.keep_id)
        .values(**snapshot.keep_fields)
    )
    session.execute(
        update(orm.Customer)
        .where(orm.Customer.id == snapshot.absorb_id)
        .values(
            deleted_at=None,
            merged_into_id=None,
            opening_balance_cents=snapshot.absorb_opening_balance_cents,
        )
    )


def _rows(session: Session, statement: Any) -> tuple[Row, ...]:
    return tuple(
        {column.key: getattr(obj, column.key) for column in obj.__table__.columns}
        for obj in session.scalars(statement)
    )


def _restore_rows(session: Session, model: type[orm.Base], rows: tuple[Row, ...]) -> None:
    """Rows the merge changed go back to their old values; rows it dropped come back."""
    table = cast(Table, model.__table__)
    existing = set(
        session.scalars(select(table.c.id).where(table.c.id.in_([row["id"] for row in rows])))
    )
    for row in rows:
        if row["id"] in existing:
            session.execute(update(table).where(table.c.id == row["id"]).values(**row))
    missing = [row for row in rows if row["id"] not in existing]
    if missing:
        session.execute(insert(table), missing)
