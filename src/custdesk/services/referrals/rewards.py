"""Thank-you rewards for referrals (cash, voucher, gift, points, honour): owed until given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import and_, select
from sqlalchemy.orm import aliased

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, NotFoundError, ValidationError
from custdesk.periods import moments_within
from custdesk.services.customers.counted import customer_counted
from custdesk.services.customers.customer_rows import load_row
from custdesk.services.customers.purchases import MAX_AMOUNT_CENTS, parse_amount
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.text_cleaning import display_text


class RewardKind(StrEnum):
    CASH = "cash"
    VOUCHER = "voucher"
    GIFT = "gift"
    POINTS = "points"
    HONOUR = "honour"


class RewardStatus(StrEnum):
    OWED = "owed"
    GIVEN = "given"


@dataclass(frozen=True)
class RewardRecord:
    id: int
    referral_id: int
    referrer_id: int
    referrer_name: str
    referred_name: str
    kind: str
    value_cents: int | None
    description: str
    status: str
    given_on: dt.date | None
    owed_since: dt.date


class RewardService:
    def __init__(self, db: Database, *, clock: Callable[[], dt.datetime] = shop_clock.now) -> None:
        self._db = db
        self._clock = clock

    def add(
        self, referral_id: int, kind: str, value: str = "", description: str = ""
    ) -> RewardRecord:
        """A reward owed for this referral; ``value`` in yuan as typed ("" for honour/thanks),
        read by parse_amount; ``description`` cleaned (text_cleaning) and trimmed."""
        description = display_text(description).strip()
        problems: dict[str, FieldProblem] = {}
        if kind not in set(RewardKind):
            problems["kind"] = FieldProblem.UNKNOWN_CHOICE
        value_cents: int | None = None
        if value.strip():
            try:
                value_cents = parse_amount(value)
            except ValueError:
                problems["value"] = FieldProblem.INVALID_AMOUNT
            else:
                if not 0 <= value_cents <= MAX_AMOUNT_CENTS:
                    problems["value"] = FieldProblem.OUT_OF_RANGE
        if len(description) > 500:
            problems["description"] = FieldProblem.TOO_LONG
        if problems:
            raise ValidationError.for_fields(problems)
        with self._db.writing() as session:
            load_row(session, orm.Referral, referral_id, "referral")
            reward = orm.ReferralReward(
                referral_id=referral_id,
                kind=kind,
                value_cents=value_cents,
                description=description,
                status=RewardStatus.OWED,
                created_at=self._clock(),
            )
            session.add(reward)
            session.flush()
            reward_id = reward.id
        return self.get(reward_id)

    def mark_given(self, reward_id: int, given_on: dt.date | None = None) -> RewardRecord:
        day = given_on or self._clock().date()
        if day > self._clock().date():
            raise ValidationError.for_fields({"given_on": FieldProblem.FUTURE_DATE})
        with self._db.writing() as session:
            reward = load_row(session, orm.ReferralReward, reward_id, "reward")
            if reward.status == RewardStatus.GIVEN:
                raise ValidationError.for_fields({"status": FieldProblem.ALREADY_CLOSED})
            reward.status = RewardStatus.GIVEN
            reward.given_on = day
        return self.get(reward_id)

    def get(self, reward_id: int) -> RewardRecord:
        found = self._query(orm.ReferralReward.id == reward_id)
        if not found:
            raise NotFoundError(f"There is no reward {reward_id}.")
        return found[0]

    def owed(self) -> list[RewardRecord]:
        """Rewards still to give, oldest first (for Today and the Referrals page)."""
        return self._query(orm.ReferralReward.status == RewardStatus.OWED)

    def owed_on(self, day: dt.date) -> list[RewardRecord]:
        """Rewards that were owed at the end of ``day``, oldest first: promised on it or before,
        and not given by then (``custdesk due --date``: a past day's list is that day's, not
        today's; for today, what ``owed`` gives)."""
        w = orm.ReferralReward
        not_yet_given = (w.status == RewardStatus.OWED) | (w.given_on > day)
        return self._query(and_(*moments_within(w.created_at, None, day), not_yet_given))

    def _query(self, condition: object) -> list[RewardRecord]:
        w, r = orm.ReferralReward, orm.Referral
        referrer, referred = aliased(orm.Customer), aliased(orm.Customer)
        query = (  # columns, not ORM objects: Today lists thousands of owed rewards
            select(
                w.id, w.referral_id, r.referrer_id, referrer.name, referred.name, w.kind,
                w.value_cents, w.description, w.status, w.given_on, w.created_at,
            )
            .join(r, r.id == w.referral_id)
            .join(referrer, referrer.id == r.referrer_id)
            .join(referred, referred.id == r.referred_id)
            # A reward for a referral that counts nowhere (either end in the Trash) is not
            # listed either (customers.counted).
            .where(condition, customer_counted(referrer), customer_counted(referred))  # type: ignore[arg-type]
            .order_by(w.created_at, w.id)
        )  # fmt: skip
        with self._db.reading() as session:
            return [
                RewardRecord(
                    id=row.id,
                    referral_id=row.referral_id,
                    referrer_id=row.referrer_id,
                    referrer_name=row[3],
                    referred_name=row[4],
                    kind=row.kind,
                    value_cents=row.value_cents,
                    description=row.description,
                    status=row.status,
                    given_on=row.given_on,
                    owed_since=row.created_at.date(),
                )
                for row in session.execute(query)
            ]
