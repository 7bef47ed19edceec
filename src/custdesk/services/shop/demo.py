"""Realistic demo data: a shop's customers with purchases, visits, referral chains and complaints.

Deterministic for a seed and a "today" (dates are placed relative to it so the demo looks alive).
Rows go in through storage.bulk's inserts inside one transaction: a demo either appears whole or
not at all, and 100,000 customers take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, ValidationError
from custdesk.resources import load_seed
from custdesk.services.contacts.visits import VisitKind
from custdesk.services.customers.aggregates import STAGES_COMPUTED_ON, last_contact
from custdesk.services.customers.birthdays import birth_columns
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.search_keys import name_search_keys, phone_book_key
from custdesk.services.customers.stages import compute_stage
from custdesk.storage import orm
from custdesk.storage.bulk import bulk_insert, refresh_statistics
from custdesk.storage.db import Database
from custdesk.storage.search_index import rebuild_search_index

MOBILE_PREFIXES = [
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "176", "177", "178", "180", "181", "182", "183",
    "185", "186", "187", "188", "189", "198", "199",
]  # fmt: skip
VISIT_KINDS = (
    (VisitKind.STORE, 45),
    (VisitKind.CALL, 30),
    (VisitKind.MESSAGE, 15),
    (VisitKind.HOME, 3),
    (VisitKind.GREETING, 7),
)
REWARD_KIND_BY_REFERRER = {
    "honour": "honour",
    "reward": "cash",
    "reciprocal": "voucher",
    "friendship": "gift",
}

Row = dict[str, Any]


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    purchases: int
    visits: int
    follow_ups: int
    referrals: int
    rewards: int
    complaints: int
    max_chain_depth: int


@dataclass
class _Tables:
    customers: list[Row] = field(default_factory=list)
    phones: list[Row] = field(default_factory=list)
    customer_tags: list[Row] = field(default_factory=list)
    purchases: list[Row] = field(default_factory=list)
    visits: list[Row] = field(default_factory=list)
    follow_ups: list[Row] = field(default_factory=list)
    referrals: list[Row] = field(default_factory=list)
    rewards: list[Row] = field(default_factory=list)
    complaints: list[Row] = field(default_factory=list)


def generate_demo(
    db: Database,
    customers: int,
    *,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill an empty database with ``customers`` demo customers; refuses a database in use."""
    if customers < 1:
        raise ValidationError(
            "The number of demo customers must be at least 1.",
            {"customers": FieldProblem.OUT_OF_RANGE},
        )
    builder = _DemoBuilder(random.Random(seed), today or shop_clock.today())
    tables, depth = builder.build(customers)
    with db.writing() as session:
        existing = session.scalar(select(func.count()).select_from(orm.Customer))
        if existing:
            raise ValidationError(
                f"The database already has {existing} customers; demo data only goes into an "
                "empty database.",
                {"database": FieldProblem.SHOP_NOT_EMPTY},
            )
        tags = load_seed("demo")["tags"]
        session.execute(insert(orm.Tag), [{"id": i + 1, "name": n} for i, n in enumerate(tags)])
        for table, rows in (
            (orm.Customer, tables.customers),
            (orm.CustomerPhone, tables.phones),
            (orm.CustomerTag, tables.customer_tags),
            (orm.Purchase, tables.purchases),
            (orm.Visit, tables.visits),
            (orm.Complaint, tables.complaints),
            (orm.FollowUp, tables.follow_ups),
            (orm.Referral, tables.referrals),
            (orm.ReferralReward, tables.rewards),
        ):
            if progress:
                progress(f"{table.__tablename__}: {len(rows)}")
            bulk_insert(session, orm.table_of(table), rows)
        rebuild_search_index(session)
        # Stages are as of the demo's day; the daily upkeep moves them on from there.
        session.merge(
            orm.ShopSetting(key=STAGES_COMPUTED_ON, value=json.dumps(builder.today.isoformat()))
        )
        refresh_statistics(session)
    return DemoSummary(
        customers=len(tables.customers),
        purchases=len(tables.purchases),
        visits=len(tables.visits),
        follow_ups=len(tables.follow_ups),
        referrals=len(tables.referrals),
        rewards=len(tables.rewards),
        complaints=len(tables.complaints),
        max_chain_depth=depth,
    )


class _DemoBuilder:
    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        # The shop's day ends at 18:00, but a demo made this morning has nothing after the
        # clock: a visit at 17:00 "today", seen at 10:00, would be a visit from the future.
        self.now = dt.datetime.combine(today, dt.time(18, 0))
        if today == shop_clock.today():
            self.now = min(self.now, shop_clock.now().replace(second=0, microsecond=0))
        self.pools = load_seed("demo")
        self.temperaments = [t["code"] for t in load_seed("temperaments")]
        self.referrer_kinds = [k["code"] for k in load_seed("referrer_kinds")]
        self.kinds = [kind for kind, _weight in VISIT_KINDS]
        self.kind_weights = [weight for _kind, weight in VISIT_KINDS]

    def build(self, count: int) -> tuple[_Tables, int]:
        tables = _Tables()
        depth: dict[int, int] = {}
        recent_referred: list[int] = []
        for customer_id in range(1, count + 1):
            row = self._customer(customer_id)
            tables.customers.append(row)
            self._phones(tables, customer_id)
            self._tags(tables, customer_id)
            self._purchases(tables, row)
            self._visits(tables, row)
            self._complaints(tables, row)
            self._follow_ups(tables, row)
            depth[customer_id] = 0
            if customer_id > 20 and self.rng.random() < 0.3:
                referrer = self._pick_referrer(customer_id, tables, recent_referred)
                self._referral(tables, referrer, row)
                depth[customer_id] = depth[referrer] + 1
                recent_referred.append(customer_id)
                del recent_referred[:-40]
        self._aggregates(tables)
        return tables, max(depth.values())

    # -- people -----------------------------------------------------------------------------
    def _name_and_gender(self) -> tuple[str, str]:
        rng, pools = self.rng, self.pools
        gender = "female" if rng.random() < 0.55 else "male"
        if rng.random() < 0.12:
            first = rng.choice(pools["english_female" if gender == "female" else "english_male"])
            return f"{first} {rng.choice(pools['english_surnames'])}", gender
        chars = pools["given_female" if gender == "female" else "given_male"]
        given = "".join(rng.choice(chars) for _ in range(rng.choice((1, 2, 2))))
        return rng.choice(pools["surnames"]) + given, gender

    def _birthday(self) -> Birthday | None:
        rng = self.rng
        if rng.random() < 0.15:
            return None
        if rng.random() < 0.003:
            return Birthday(2, 29, rng.choice((1968, 1976, 1984, 1992, 2000)))
        age_days = rng.randint(18 * 365, 75 * 365)
        return Birthday.from_date(self.today - dt.timedelta(days=age_days))

    def _customer(self, customer_id: int) -> Row:
        rng, pools = self.rng, self.pools
        name, gender = self._name_and_gender()
        keys = name_search_keys(name)
        created = self.now - dt.timedelta(days=rng.randint(0, 3 * 365), minutes=rng.randint(0, 600))
        return {
            "id": customer_id,
            "name": name,
            "name_pinyin": keys.pinyin,
            "name_initials": keys.initials,
            "name_sort_key": phone_book_key(name),
            "gender": gender,
            **birth_columns(self._birthday()),
            "wechat_id": f"wx_{rng.randrange(16**8):08x}" if rng.random() < 0.6 else "",
            "address": f"{rng.choice(pools['districts'])}{rng.randint(1, 999)}号",
            "occupation": rng.choice(pools["occupations"]),
            "income_band": rng.choice(pools["income_bands"]),
            "family_situation": rng.choice(pools["families"]),
            "hobbies": "、".join(rng.sample(pools["hobbies"], rng.randint(0, 3))),
            "temperament": rng.choice(self.temperaments) if rng.random() < 0.7 else None,
            "referrer_kind": None,
            "is_important": rng.random() < 0.02,
            "follow_up_cadence_days": rng.choice((None, None, 30, 60, 90)),
            "created_at": created,
            "updated_at": created,
            "notes": "",
        }

    def _phones(self, tables: _Tables, customer_id: int) -> None:
        rng = self.rng
        if rng.random() < 0.002 and tables.phones:  # a family sharing one number
            shared = rng.choice(tables.phones[-50:])["number"]
            tables.phones.append(
                {"customer_id": customer_id, "number": shared, "label": "mobile", "position": 0}
            )
            return
        for position in range(1 if rng.random() < 0.85 else 2):
            number = f"+86{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"
            label = "mobile" if position == 0 else "home"
            tables.phones.append(
                {"customer_id": customer_id, "number": number, "label": label, "position": position}
            )

    def _tags(self, tables: _Tables, customer_id: int) -> None:
        if self.rng.random() < 0.4:
            for tag_id in self.rng.sample(
                range(1, len(self.pools["tags"]) + 1), self.rng.randint(1, 2)
            ):
                tables.customer_tags.append({"customer_id": customer_id, "tag_id": tag_id})

    # -- history ----------------------------------------------------------------------------
    def _moment_after(self, start: dt.datetime) -> dt.datetime:
        span = max(1, int((self.now - start).total_seconds() // 60))
        moment = start + dt.timedelta(minutes=self.rng.randrange(span))
        moment = moment.replace(hour=self.rng.randint(9, 20), second=0, microsecond=0)
        return max(start, min(moment, self.now))  # shop hours, but never before start or after now

    def _purchases(self, tables: _Tables, customer: Row) -> None:
        rng = self.rng
        for _ in range(min(8, int(rng.expovariate(1 / 2.0)))):
            item, low, high = rng.choice(self.pools["items"])
            quantity = 1 if rng.random() < 0.85 else rng.randint(2, 4)
            tables.purchases.append(
                {
                    "customer_id": customer["id"],
                    "purchased_on": (moment := self._moment_after(customer["created_at"])).date(),
                    "created_at": moment,
                    "item": item,
                    "amount_cents": rng.randrange(low, high, 100) * quantity,
                    "quantity": quantity,
                }
            )

    def _visits(self, tables: _Tables, customer: Row) -> None:
        rng, pools = self.rng, self.pools
        for _ in range(min(12, int(rng.expovariate(1 / 3.5)))):
            tables.visits.append(
                {
                    "customer_id": customer["id"],
                    "occurred_at": (moment := self._moment_after(customer["created_at"])),
                    "created_at": moment,
                    "kind": rng.choices(self.kinds, self.kind_weights)[0],
                    "purpose": rng.choice(pools["visit_purposes"]),
                    "outcome": rng.choice(pools["visit_outcomes"]),
                    "satisfaction": rng.choices((1, 2, 3, 4, 5), (2, 4, 14, 40, 40))[0],
                    "served_by": rng.choice(pools["clerks"]),
                }
            )

    def _complaints(self, tables: _Tables, customer: Row) -> None:
        rng, pools = self.rng, self.pools
        if rng.random() >= 0.03:
            return
        received = self._moment_after(customer["created_at"])
        recent = (self.now - received).days < 3
        status = (
            rng.choice(("open", "in_progress")) if recent and rng.random() < 0.6 else "resolved"
        )
        resolved_at = None
        if status == "resolved":
            hours = rng.choice((1, 2, 3, 5, 26, 50))
            resolved_at = min(self.now, received + dt.timedelta(hours=hours))
        tables.complaints.append(
            {
                "customer_id": customer["id"],
                "received_at": received,
                "created_at": received,
                "channel": rng.choice(("in_store", "phone", "message", "online")),
                "category": rng.choice(pools["complaint_categories"]),
                "description": rng.choice(pools["complaint_descriptions"]),
                "severity": rng.choice(("low", "medium", "medium", "high")),
                "status": status,
                "resolution": rng.choice(pools["complaint_resolutions"]) if resolved_at else "",
                "resolved_at": resolved_at,
            }
        )

    def _follow_ups(self, tables: _Tables, customer: Row) -> None:
        if self.rng.random() < 0.25:
            # Mostly ahead; a few days' backlog, as in a shop that keeps up with its calls.
            due = self.today + dt.timedelta(days=self.rng.randint(-5, 60))
            tables.follow_ups.append(
                {
                    "customer_id": customer["id"],
                    "due_on": due,
                    "created_at": customer["created_at"],
                    "purpose": self.rng.choice(self.pools["visit_purposes"]),
                    "source": "cadence" if customer["follow_up_cadence_days"] else "manual",
                }
            )

    # -- referrals --------------------------------------------------------------------------
    def _pick_referrer(self, customer_id: int, tables: _Tables, recent: Sequence[int]) -> int:
        """Mix of chain-builders (deep chains), star referrers (busy hubs) and anyone earlier."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.25 and recent:
            return recent[-1]
        if roll < 0.65 and tables.referrals:
            return int(rng.choice(tables.referrals)["referrer_id"])
        return rng.randint(1, customer_id - 1)

    def _referral(self, tables: _Tables, referrer_id: int, customer: Row) -> None:
        rng = self.rng
        referrer = tables.customers[referrer_id - 1]
        if referrer["referrer_kind"] is None:
            referrer["referrer_kind"] = rng.choice(self.referrer_kinds)
        bought = any(p["customer_id"] == customer["id"] for p in tables.purchases[-10:])
        status = "converted" if bought else rng.choice(("lead", "visited", "lost"))
        referral_id = len(tables.referrals) + 1
        tables.referrals.append(
            {
                "id": referral_id,
                "referrer_id": referrer_id,
                "referred_id": customer["id"],
                "referred_on": customer["created_at"].date(),
                "created_at": customer["created_at"],
                "status": status,
                "notes": rng.choice(self.pools["referral_notes"]),
            }
        )
        if status == "converted" and rng.random() < 0.6:
            given = rng.random() < 0.7
            tables.rewards.append(
                {
                    "referral_id": referral_id,
                    "kind": REWARD_KIND_BY_REFERRER[referrer["referrer_kind"]],
                    "value_cents": rng.choice((5000, 10000, 20000)),
                    "status": "given" if given else "owed",
                    "given_on": customer["created_at"].date() if given else None,
                    "created_at": customer["created_at"],
                }
            )

    def _aggregates(self, tables: _Tables) -> None:
        """The per-customer figures the list sorts on, exactly as the services would keep them."""
        by_id = {row["id"]: row for row in tables.customers}
        for row in tables.customers:
            row.update(
                total_spent_cents=0,
                purchase_count=0,
                last_purchase_on=None,
                last_contact_at=None,
                next_follow_up_on=None,
                referrals_made=0,
            )
        for purchase in tables.purchases:
            row = by_id[purchase["customer_id"]]
            row["total_spent_cents"] += purchase["amount_cents"]
            row["purchase_count"] += 1
            if (
                row["last_purchase_on"] is None
                or purchase["purchased_on"] > row["last_purchase_on"]
            ):
                row["last_purchase_on"] = purchase["purchased_on"]
        for visit in tables.visits:
            row = by_id[visit["customer_id"]]
            if row["last_contact_at"] is None or visit["occurred_at"] > row["last_contact_at"]:
                row["last_contact_at"] = visit["occurred_at"]
        for follow_up in tables.follow_ups:
            row = by_id[follow_up["customer_id"]]
            due = follow_up["due_on"]
            if row["next_follow_up_on"] is None or due < row["next_follow_up_on"]:
                row["next_follow_up_on"] = due
        for referral in tables.referrals:
            by_id[referral["referrer_id"]]["referrals_made"] += 1
        for row in tables.customers:
            row["last_contact_at"] = last_contact(row["last_contact_at"], row["last_purchase_on"])
            last_contact_at = row["last_contact_at"]
            row["stage"] = compute_stage(
                purchase_count=row["purchase_count"],
                total_spent_cents=row["total_spent_cents"],
                last_contact=last_contact_at.date() if last_contact_at else None,
                is_important=row["is_important"],
                today=self.today,
            ).value
