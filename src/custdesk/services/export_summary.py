"""The monthly summary sheet's figures: a handful of GROUP BY queries over the date range."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, func, select

from custdesk.services.excel_export import Kind
from custdesk.storage import orm
from custdesk.storage.db import Database


def monthly_rows(
    db: Database, since: dt.date, until: dt.date
) -> tuple[list[tuple[str, Kind]], list[tuple[Any, ...]]]:
    """Per month: new customers and how many came by referral, visits and their average
    satisfaction, complaints and how many were resolved the same day."""
    start = dt.datetime.combine(since, dt.time())
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time())
    c, v, k = orm.Customer, orm.Visit, orm.Complaint
    referred = select(orm.Referral.id).where(orm.Referral.referred_id == c.id).exists()
    same_day = func.date(k.resolved_at) == func.date(k.received_at)
    with db.reading() as session:
        customers = {
            month: (int(new), int(came or 0))
            for month, new, came in session.execute(
                select(
                    func.strftime("%Y-%m", c.created_at),
                    func.count(c.id),
                    func.sum(case((referred, 1), else_=0)),
                )
                .where(c.deleted_at.is_(None), c.created_at >= start, c.created_at < end)
                .group_by(func.strftime("%Y-%m", c.created_at))
            )
        }
        visits = {
            month: (int(count), average)
            for month, count, average in session.execute(
                select(
                    func.strftime("%Y-%m", v.occurred_at),
                    func.count(v.id),
                    func.avg(v.satisfaction),
                )
                .where(v.occurred_at >= start, v.occurred_at < end)
                .group_by(func.strftime("%Y-%m", v.occurred_at))
            )
        }
        complaints = {
            month: (int(count), int(quick or 0))
            for month, count, quick in session.execute(
                select(
                    func.strftime("%Y-%m", k.received_at),
                    func.count(k.id),
                    func.sum(case((same_day, 1), else_=0)),
                )
                .where(k.received_at >= start, k.received_at < end)
                .group_by(func.strftime("%Y-%m", k.received_at))
            )
        }
    months = sorted(set(customers) | set(visits) | set(complaints))
    rows = []
    for month in months:
        new, came = customers.get(month, (0, 0))
        count, average = visits.get(month, (0, None))
        raised, quick = complaints.get(month, (0, 0))
        rows.append(
            (
                month,
                new,
                came,
                came / new if new else None,
                count,
                round(average, 2) if average is not None else None,
                raised,
                quick,
            )
        )
    columns = [
        ("month", Kind.TEXT),
        ("new_customers", Kind.INTEGER),
        ("by_referral", Kind.INTEGER),
        ("referral_share", Kind.PERCENT),
        ("visits", Kind.INTEGER),
        ("avg_satisfaction", Kind.DECIMAL),
        ("complaints", Kind.INTEGER),
        ("resolved_same_day", Kind.INTEGER),
    ]
    return columns, rows
