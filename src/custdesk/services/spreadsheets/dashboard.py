"""The owner's dashboard: month by month, how the shop is doing with its customers.

One set of GROUP BY queries serves both the Reports page's charts and the monthly summary sheet,
so a chart and the spreadsheet made from it can never disagree; its new customers come from the
referrals page's own query for its monthly shares (referrals.reports.new_customers_by_month).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from custdesk.periods import moments_within, month_keys
from custdesk.services.complaints.figures import resolved_same_day
from custdesk.services.customers.counted import record_counted
from custdesk.services.referrals.reports import (
    LeaderboardRow,
    NewCustomers,
    ReferralReports,
    new_customers_by_month,
)
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.dialect import month_key

TOP_REFERRERS = 10


@dataclass(frozen=True)
class MonthFigures:
    month: str  # "2026-11"
    new_customers: int = 0  # new files (referrals.reports.NewCustomers has the definitions)
    by_referral: int = 0  # of the new files, how many came by a converted referral
    visits_by_kind: Mapping[str, int] = field(default_factory=dict)
    rated_visits: int = 0
    satisfaction_total: int = 0
    complaints: int = 0  # received in the month
    resolved_same_day: int = 0  # of those (complaints.figures: with a fix, that local day)
    first_time_buyers: int = 0  # whose first purchase is in the month, whenever filed
    referral_leads: int = 0  # of the new files, referred but not (yet) converted

    @property
    def visits(self) -> int:
        return sum(self.visits_by_kind.values())

    @property
    def referral_share(self) -> float | None:
        return self.by_referral / self.new_customers if self.new_customers else None

    @property
    def average_satisfaction(self) -> float | None:
        return self.satisfaction_total / self.rated_visits if self.rated_visits else None

    @property
    def same_day_rate(self) -> float | None:
        """The month's same-day rate, as complaints.figures defines it."""
        return self.resolved_same_day / self.complaints if self.complaints else None


@dataclass(frozen=True)
class Dashboard:
    since: dt.date
    until: dt.date
    months: list[MonthFigures]
    top_referrers: list[LeaderboardRow]
    referrers: int = 0  # who referred someone in the period, of whom top_referrers are the first
    # Left out of top_referrers with as many referrals as the last one in it: the tie is broken
    # by spending, then name (ReferralReports.leaderboard), which the chart does not draw.
    tied_left_out: int = 0

    @property
    def visit_kinds(self) -> list[str]:
        """Every kind logged in the period, most frequent first."""
        totals: dict[str, int] = {}
        for month in self.months:
            for kind, count in month.visits_by_kind.items():
                totals[kind] = totals.get(kind, 0) + count
        return sorted(totals, key=lambda kind: (-totals[kind], kind))


def month_figures(session: Session, since: dt.date, until: dt.date) -> list[MonthFigures]:
    """Figures for every month in since..until (days included), empty months too."""
    v, k = orm.Visit, orm.Complaint
    new = new_customers_by_month(session, since, until)

    kinds: dict[str, dict[str, int]] = {}
    rated: dict[str, tuple[int, int]] = {}
    occurred = month_key(v.occurred_at)
    scores = (func.count(v.satisfaction), func.sum(v.satisfaction))
    for month, kind, count, rated_count, total in session.execute(
        select(occurred, v.kind, func.count(v.id), *scores)
        .where(*moments_within(v.occurred_at, since, until), record_counted(v.customer_id))
        .group_by(occurred, v.kind)
    ):
        kinds.setdefault(month, {})[kind] = int(count)
        before = rated.get(month, (0, 0))
        rated[month] = (before[0] + int(rated_count), before[1] + int(total or 0))

    complaints: dict[str, tuple[int, int]] = {}
    received = month_key(k.received_at)
    same_day = func.sum(case((resolved_same_day(k), 1), else_=0))
    for month, count, quick in session.execute(
        select(received, func.count(k.id), same_day)
        .where(*moments_within(k.received_at, since, until), record_counted(k.customer_id))
        .group_by(received)
    ):
        complaints[month] = (int(count), int(quick or 0))

    return [
        MonthFigures(
            month=key,
            new_customers=new.get(key, NewCustomers()).files,
            by_referral=new.get(key, NewCustomers()).by_referral,
            first_time_buyers=new.get(key, NewCustomers()).first_buyers,
            referral_leads=new.get(key, NewCustomers()).referral_leads,
            visits_by_kind=kinds.get(key, {}),
            rated_visits=rated.get(key, (0, 0))[0],
            satisfaction_total=rated.get(key, (0, 0))[1],
            complaints=complaints.get(key, (0, 0))[0],
            resolved_same_day=complaints.get(key, (0, 0))[1],
        )
        for key in month_keys(since, until)
    ]


class DashboardService:
    def __init__(self, db: Database, referral_reports: ReferralReports) -> None:
        self._db = db
        self._referral_reports = referral_reports

    def dashboard(self, since: dt.date, until: dt.date) -> Dashboard:
        with self._db.reading() as session:
            months = month_figures(session, since, until)
        reports = self._referral_reports
        top = reports.leaderboard(since, until, limit=TOP_REFERRERS)
        referrers = reports.referrer_count(since, until)
        tied = 0
        if referrers > len(top) > 0:
            last = top[-1].direct
            shown = sum(1 for row in top if row.direct == last)
            tied = reports.referrers_with(last, since, until) - shown
        return Dashboard(since, until, months, top, referrers, tied)
