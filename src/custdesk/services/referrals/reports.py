"""Referral chains as a tree, the leaderboard, and the shares a shop owner asks about.

Chains are walked by storage.referral_walks, one index lookup a step; depth is capped at
MAX_DEPTH generations so that even a damaged file with a loop cannot run away.

The Trash (issue 20's one rule, customers.counted): a referral counts only when both the
referrer and the referred customer are outside it. A chain is still walked through a customer
in the Trash, as emptying the Trash will close it up, so the people they brought in keep
their place (and generation) below; the one in the Trash is counted nowhere: not in the
leaderboard, the tree's figures, the chains sheet or the monthly shares.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from custdesk.periods import days_within, moments_within, month_keys, month_start
from custdesk.services.customers.counted import (
    customer_counted,
    record_counted,
    referral_counted,
)
from custdesk.services.customers.customer_rows import load_customer
from custdesk.services.referrals.referrals import ReferralStatus
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.dialect import month_key
from custdesk.storage.referral_walks import walk_down

MAX_DEPTH = 100  # generations: deeper than any real shop's chain, short enough to end a loop


def _chain_size(root: Any) -> Any:
    """Everyone below ``root`` (a column of the enclosing query), however they joined the
    chain, the Trash left out (the walk goes on below a customer in it, as the tree does): a
    correlated scalar subquery, so that the sheet of all 16,365 referrers of the 100,000-
    customer demo shop is one statement: 2.3 s, where a query a row took 7.9 s."""
    below = walk_down(root, max_depth=MAX_DEPTH)
    counted = select(func.count()).select_from(below).where(record_counted(below.c.id))
    return counted.scalar_subquery()


def _spent_since(customer_id: Any, referred_on: Any) -> Any:
    """Fen the customer spent on or after ``referred_on`` (a correlated scalar subquery)."""
    p = orm.Purchase
    return (
        select(func.coalesce(func.sum(p.amount_cents), 0))
        .where(p.customer_id == customer_id, p.purchased_on >= referred_on)
        .scalar_subquery()
    )


@dataclass(frozen=True)
class ChainNode:
    customer_id: int
    parent_id: int
    generation: int  # 1 = referred directly by the root
    name: str
    # What this customer has spent since being referred (purchases on or after referred_on):
    # spending before the referral is never the referrer's to credit (issue 20).
    spent_cents: int
    # Shown where they stood in the chain, but counted in none of its figures (the Trash).
    in_trash: bool
    status: str
    referred_on: dt.date


@dataclass(frozen=True)
class Chain:
    root_id: int
    root_name: str
    upline: list[tuple[int, str]]  # who brought the root in, nearest first
    nodes: list[ChainNode]  # generation by generation, the Trash included (marked)

    @property
    def counted(self) -> list[ChainNode]:
        """The nodes the chain's figures count: everyone below the root but the Trash."""
        return [node for node in self.nodes if not node.in_trash]

    @property
    def direct(self) -> int:
        return sum(1 for node in self.counted if node.generation == 1)

    @property
    def total(self) -> int:
        """Everyone below the root, at any depth and status; the leaderboard's chain size."""
        return len(self.counted)

    @property
    def generations(self) -> int:
        return max((node.generation for node in self.counted), default=0)

    @property
    def revenue_cents(self) -> int:
        """Spent by the whole chain: everyone below the root, each since their referral
        (ChainNode.spent_cents), in fen."""
        return sum(node.spent_cents for node in self.counted)

    def children(self, customer_id: int) -> list[ChainNode]:
        return [node for node in self.nodes if node.parent_id == customer_id]

    def below(self) -> dict[int, tuple[int, int]]:
        """For each node: (how many are below it, what they spent), computed bottom-up; a
        node in the Trash passes on what is below it without adding itself."""
        totals: dict[int, tuple[int, int]] = {node.customer_id: (0, 0) for node in self.nodes}
        for node in sorted(self.nodes, key=lambda n: -n.generation):
            count, spent = totals[node.customer_id]
            parent = totals.get(node.parent_id)
            if parent is not None:
                own = (0, 0) if node.in_trash else (1, node.spent_cents)
                totals[node.parent_id] = (
                    parent[0] + count + own[0],
                    parent[1] + spent + own[1],
                )
        return totals


@dataclass(frozen=True)
class LeaderboardRow:
    customer_id: int
    name: str
    referrer_kind: str | None
    direct: int  # referred in the period (not in the Trash)
    converted: int
    # Spent by the people they referred directly in the period and who converted, each since
    # the referral date (purchases on or after it), in fen; the chain's is Chain.revenue_cents.
    spent_since_referral_cents: int
    chain_size: int  # everyone below them, all time


@dataclass(frozen=True)
class NewCustomers:
    """One month's newcomers, the Trash left out (issue 20: a new file is not yet a buyer, and
    a lead is not yet a customer won by referral)."""

    files: int = 0  # customer files created in the month (local days)
    first_buyers: int = 0  # customers whose first purchase is in the month, whenever filed
    by_referral: int = 0  # of the new files, those whose referral has converted
    referral_leads: int = 0  # of the new files, referred but not converted (lead, visited, lost)


@dataclass(frozen=True)
class MonthShare:
    month: str  # "2026-11"
    new_customers: int  # new files (NewCustomers.files)
    referred: int  # of them, came by a converted referral
    first_buyers: int = 0
    referral_leads: int = 0  # of the new files, referred but not converted

    @property
    def share(self) -> float | None:
        """Of the new files, the share that came by a converted referral."""
        return self.referred / self.new_customers if self.new_customers else None


@dataclass(frozen=True)
class ReferralFigures:
    referrals: int  # made in the period
    converted: int
    lost: int

    @property
    def conversion_rate(self) -> float | None:
        return self.converted / self.referrals if self.referrals else None


class ReferralReports:
    def __init__(self, db: Database) -> None:
        self._db = db

    def chain(self, root_id: int) -> Chain:
        down, c, r = walk_down(root_id, max_depth=MAX_DEPTH), orm.Customer, orm.Referral
        query = (
            select(  # ChainNode's fields, in order
                down.c.id,
                down.c.via,
                down.c.generation,
                c.name,
                _spent_since(down.c.id, r.referred_on),
                ~customer_counted(c),
                r.status,
                r.referred_on,
            )
            .select_from(down)
            .join(c, c.id == down.c.id)
            .join(r, r.referred_id == down.c.id)
            .order_by(down.c.generation, c.name_sort_key, down.c.id)
        )
        with self._db.reading() as session:
            root = load_customer(session, root_id)
            nodes = [ChainNode(*row) for row in session.execute(query)]
            return Chain(root_id, root.name, _upline(session, root_id), nodes)

    def leaderboard(
        self, since: dt.date | None = None, until: dt.date | None = None, limit: int | None = 20
    ) -> list[LeaderboardRow]:
        """Most referrals in the period first, then what they have spent since, then the
        referrers' names in phone-book order (陈 before 程): the first ``limit`` of them, or
        every one when ``limit`` is None (of referrer_count in all). A referral counts only
        when both its ends are outside the Trash (customers.counted).

        The referrals are counted first; what was spent since each referral (a sum over the
        purchases) is added up only for the referrers who can still be in the first ``limit``
        (as many referrals as the last of them, or more): summed for every referrer, the
        all-time board of a 100,000-customer shop took twice as long (``make bench``)."""
        if limit is not None and limit < 1:
            return []
        r, referred = orm.Referral, aliased(orm.Customer)
        referrer = aliased(orm.Customer)
        converted = r.status == ReferralStatus.CONVERTED
        counts = (
            select(
                referrer.id.label("id"),
                referrer.name.label("name"),
                referrer.referrer_kind.label("kind"),
                referrer.name_sort_key.label("sort_key"),
                func.count(r.id).label("direct"),
                func.sum(case((converted, 1), else_=0)).label("converted"),
            )
            .select_from(r)
            .join(referrer, referrer.id == r.referrer_id)
            .join(referred, referred.id == r.referred_id)
            .where(customer_counted(referrer), customer_counted(referred))
            .where(*days_within(r.referred_on, since, until))
            .group_by(referrer.id)
            .cte("counts")
        )
        # A lead's spending is not the referrer's credit until converted (the referral's own
        # status), and spending before the referral never is.
        p = orm.Purchase
        spent = (
            select(func.coalesce(func.sum(p.amount_cents), 0))
            .select_from(r)
            .join(referred, referred.id == r.referred_id)
            .join(p, and_(p.customer_id == r.referred_id, p.purchased_on >= r.referred_on))
            .where(r.referrer_id == counts.c.id, converted, customer_counted(referred))
            .where(*days_within(r.referred_on, since, until))
            .scalar_subquery()
            .label("spent")
        )
        query = (
            select(counts.c.id, counts.c.name, counts.c.kind, counts.c.direct)
            .add_columns(counts.c.converted, spent, _chain_size(counts.c.id))
            .order_by(counts.c.direct.desc(), spent.desc(), counts.c.sort_key, counts.c.id)
        )
        if limit is not None:
            last_shown = (
                select(counts.c.direct)
                .order_by(counts.c.direct.desc())
                .limit(1)
                .offset(limit - 1)
                .scalar_subquery()
            )
            query = query.where(counts.c.direct >= func.coalesce(last_shown, 0)).limit(limit)
        with self._db.reading() as session:
            rows = session.execute(query).all()
            return [
                LeaderboardRow(
                    customer_id=customer_id,
                    name=name,
                    referrer_kind=kind,
                    direct=int(count),
                    converted=int(won or 0),
                    spent_since_referral_cents=int(spent or 0),
                    chain_size=int(below or 0),
                )
                for customer_id, name, kind, count, won, spent, below in rows
            ]

    def referrer_count(self, since: dt.date | None = None, until: dt.date | None = None) -> int:
        """How many referrers the leaderboard of the period has in all, however many it shows:
        customers who referred someone in it (local days), the Trash left out as it is there."""
        r = orm.Referral
        query = select(func.count(func.distinct(r.referrer_id))).where(
            *days_within(r.referred_on, since, until), referral_counted(r)
        )
        with self._db.reading() as session:
            return int(session.scalar(query) or 0)

    def referrers_with(
        self, referrals: int, since: dt.date | None = None, until: dt.date | None = None
    ) -> int:
        """How many referrers of the period's leaderboard made exactly ``referrals`` referrals
        in it (counted as the leaderboard counts them): those tied with the last one a top
        shows, in or out of it."""
        r = orm.Referral
        per_referrer = (
            select(r.referrer_id)
            .where(*days_within(r.referred_on, since, until))
            .where(referral_counted(r))
            .group_by(r.referrer_id)
            .having(func.count(r.id) == referrals)
            .subquery()
        )
        with self._db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(per_referrer)) or 0)

    def figures(
        self, since: dt.date | None = None, until: dt.date | None = None
    ) -> ReferralFigures:
        """Referrals made in the period (local days), the Trash left out as the leaderboard
        leaves it: how many, converted and lost."""
        r = orm.Referral
        query = select(
            func.count(r.id),
            func.sum(case((r.status == ReferralStatus.CONVERTED, 1), else_=0)),
            func.sum(case((r.status == ReferralStatus.LOST, 1), else_=0)),
        ).where(*days_within(r.referred_on, since, until))
        query = query.where(referral_counted(r))
        with self._db.reading() as session:
            total, converted, lost = session.execute(query).one()
            return ReferralFigures(int(total), int(converted or 0), int(lost or 0))

    def monthly_share(self, months: int, today: dt.date) -> list[MonthShare]:
        """Per month, newest last: new files, how many of them came by a converted referral
        and how many are referral leads not converted, and the month's first-time buyers, for
        the ``months`` calendar months up to ``today`` (a local date), its own included."""
        first = month_start(today, months - 1)
        with self._db.reading() as session:
            found = new_customers_by_month(session, first, today)
        shares = []
        for key in month_keys(first, today):
            new = found.get(key, NewCustomers())
            shares.append(
                MonthShare(key, new.files, new.by_referral, new.first_buyers, new.referral_leads)
            )
        return shares


def new_customers_by_month(
    session: Session, since: dt.date, until: dt.date
) -> dict[str, NewCustomers]:
    """Per month key ("2026-11") of the local days since..until: the new files and how they
    came (a referral counts when neither end is in the Trash, as on the leaderboard), and the
    first-time buyers (first purchase in the month); the Trash left out, months with none
    missing.

    The one query behind the referrals page's shares and the dashboard (its charts and the
    summary sheet), so that they never disagree."""
    c, r = orm.Customer, orm.Referral
    month = month_key(c.created_at)
    status = (
        select(r.status)
        .where(r.referred_id == c.id, record_counted(r.referrer_id))
        .scalar_subquery()
    )
    converted = status == ReferralStatus.CONVERTED
    lead = and_(status.is_not(None), status != ReferralStatus.CONVERTED)
    files = (
        select(
            month,
            func.count(c.id),
            func.sum(case((converted, 1), else_=0)),
            func.sum(case((lead, 1), else_=0)),
        )
        .where(customer_counted(c), *moments_within(c.created_at, since, until))
        .group_by(month)
    )
    found = {
        key: NewCustomers(int(new), 0, int(won or 0), int(leads or 0))
        for key, new, won, leads in session.execute(files)
    }
    for key, buyers in session.execute(_first_buyers(since, until)):
        found[key] = replace(found.get(key, NewCustomers()), first_buyers=int(buyers))
    return found


def _first_buyers(since: dt.date, until: dt.date) -> Any:
    """Per month key: the customers (the Trash left out) whose first purchase ever falls on the
    days since..until, in the month it falls in."""
    p = orm.Purchase
    firsts = (
        select(p.customer_id.label("customer_id"), func.min(p.purchased_on).label("first_day"))
        .group_by(p.customer_id)
        .subquery()
    )
    month = month_key(firsts.c.first_day)
    return (
        select(month, func.count())
        .select_from(firsts)
        .where(record_counted(firsts.c.customer_id))
        .where(*days_within(firsts.c.first_day, since, until))
        .group_by(month)
    )


def _upline(session: Session, customer_id: int) -> list[tuple[int, str]]:
    path = []
    current = customer_id
    for _ in range(MAX_DEPTH):
        link = session.scalar(select(orm.Referral).where(orm.Referral.referred_id == current))
        if link is None:
            break
        current = link.referrer_id
        path.append((current, load_customer(session, current).name))
    return path
