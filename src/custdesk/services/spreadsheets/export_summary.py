"""The monthly summary sheet's figures: the dashboard's months, one row each."""

from __future__ import annotations

import datetime as dt
from typing import Any

from custdesk.services.spreadsheets.dashboard import month_figures
from custdesk.services.spreadsheets.excel_export import Kind
from custdesk.storage.db import Database


def monthly_rows(
    db: Database, since: dt.date, until: dt.date
) -> tuple[list[tuple[str, Kind]], list[tuple[Any, ...]]]:
    """Per month: new files, first-time buyers, new files by converted referral and referral
    leads, visits and their average satisfaction, complaints and how many were resolved the
    same day."""
    with db.reading() as session:
        months = month_figures(session, since, until)
    rows = [
        (
            m.month,
            m.new_customers,
            m.first_time_buyers,
            m.by_referral,
            m.referral_leads,
            m.referral_share,
            m.visits,
            round(m.average_satisfaction, 2) if m.average_satisfaction is not None else None,
            m.complaints,
            m.resolved_same_day,
        )
        for m in months
    ]
    columns = [
        ("month", Kind.TEXT),
        ("new_customers", Kind.INTEGER),
        ("first_time_buyers", Kind.INTEGER),
        ("by_referral", Kind.INTEGER),
        ("referral_leads", Kind.INTEGER),
        ("referral_share", Kind.PERCENT),
        ("visits", Kind.INTEGER),
        ("avg_satisfaction", Kind.DECIMAL),
        ("complaints", Kind.INTEGER),
        ("resolved_same_day", Kind.INTEGER),
    ]
    return columns, rows
