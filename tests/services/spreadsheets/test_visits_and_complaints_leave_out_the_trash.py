"""One rule for the Trash in the visits and complaints figures (issue 20): the monthly summary,
the visits sheet and the complaints sheet count a merged-away customer's records once, under
the file that kept them, and nothing of a customer in the Trash. Hand counts in
trash_and_merge_shop's docstring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.spreadsheets.dashboard import DashboardService
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.services.spreadsheets.export_summary import monthly_rows
from custdesk.storage.db import Database
from custdesk.storage.migrate import upgrade_database
from tests.mutation_run import shared_scope
from tests.services.complaints.trash_and_merge_shop import OPEN_SINCE, T, fill

NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
EXPORTED = T(2026, 12, 5, 10, 0)


@pytest.fixture(scope=shared_scope)
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("trash-and-merge") / "custdesk.db"
    upgrade_database(path)
    db = Database.open(path)
    fill(db)
    yield db
    db.close()


def columns(sheet: Any) -> dict[str, list[Any]]:
    """The sheet's cells by header (its rows can be read once)."""
    rows = [tuple(row) for row in sheet.rows]
    assert sheet.expected_rows == len(rows)  # the progress bar counts what is written
    return {header: [row[i] for row in rows] for i, header in enumerate(sheet.headers)}


def test_the_dashboard_month_counts_neither_the_trash_nor_a_merge_twice(shop: Database) -> None:
    board = DashboardService(shop, ReferralReports(shop)).dashboard(*NOVEMBER)
    (november,) = board.months
    assert november.visits == 3  # 甲's, 丙's moved to 甲, 丁's; not 乙's
    assert (november.rated_visits, november.satisfaction_total) == (3, 4 + 5 + 3)
    assert november.average_satisfaction == 4.0
    assert november.complaints == 6


def test_the_summary_sheet_counts_as_the_dashboard(shop: Database) -> None:
    columns, rows = monthly_rows(shop, *NOVEMBER)
    (november,) = [dict(zip([name for name, _kind in columns], row, strict=True)) for row in rows]
    assert november["visits"] == 3
    assert november["avg_satisfaction"] == 4.0
    assert november["complaints"] == 6


def test_the_visits_sheet_lists_the_merged_visit_under_the_kept_file(shop: Database) -> None:
    sheet = columns(ReportBuilder(shop, "en", now=EXPORTED).visits(*NOVEMBER))
    assert sheet["Customer"] == ["丁", "甲", "甲"]
    assert sheet["Satisfaction"] == [3, 5, 4]


def test_the_complaints_sheet_leaves_out_the_trash(shop: Database) -> None:
    sheet = columns(ReportBuilder(shop, "en", now=EXPORTED).complaints(*NOVEMBER))
    assert sheet["Customer"] == ["丁", "甲", "丁", "丁", "甲", "甲"]  # newest first
    assert sheet["Received"][0] == OPEN_SINCE
    assert sheet["Status"].count("Open") == 1  # 乙's open one is in the Trash
