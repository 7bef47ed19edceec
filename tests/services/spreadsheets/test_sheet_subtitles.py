"""Every exported sheet says, under its title, which days it covers and when it was made, so a
printout on the owner's desk can be told from last month's."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.spreadsheets.export_reports import Report, ReportBuilder
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 15, 30)
STAMP = "exported 2026-11-22 15:30"


@pytest.mark.parametrize(
    ("since", "until", "span"),
    [
        (dt.date(2026, 3, 1), dt.date(2026, 3, 31), "2026-03-01 – 2026-03-31"),
        (dt.date(2026, 3, 1), None, "2026-03-01 – …"),
        (None, dt.date(2026, 3, 31), "… – 2026-03-31"),
        (None, None, "All dates"),
    ],
)
def test_period_sheets_name_their_days(
    db: Database, since: dt.date | None, until: dt.date | None, span: str
) -> None:
    builder = ReportBuilder(db, "en", now=NOW)
    sheets = builder.sheets([Report.VISITS, Report.COMPLAINTS, Report.REFERRALS], since, until)
    assert [sheet.subtitle for sheet in sheets] == [f"{span} · {STAMP}"] * 4


@pytest.mark.parametrize(
    ("since", "until", "span"),
    [
        (dt.date(2026, 3, 1), dt.date(2026, 3, 31), "2026-03-01 – 2026-03-31"),
        # no dates: the last twelve months, this one included, up to today
        (None, None, "2025-12-01 – 2026-11-22"),
        (None, dt.date(2026, 3, 31), "2025-04-01 – 2026-03-31"),
    ],
)
def test_the_monthly_summary_names_the_months_it_covers(
    db: Database, since: dt.date | None, until: dt.date | None, span: str
) -> None:
    sheet = ReportBuilder(db, "en", now=NOW).summary(since, until)
    assert sheet.subtitle == f"{span} · {STAMP}"
    assert sheet.title == "Monthly summary"
