"""One same-day rate and one way to count hours to resolve (issue 20), on trash_and_merge_shop:
the Complaints page's service, the dashboard and the complaints sheet give the same figures,
counted by hand in the shop's docstring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from custdesk.services.complaints.complaints import ComplaintFilter, ComplaintService
from custdesk.services.complaints.figures import SameDayRate, hours_to_resolve
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.dashboard import DashboardService
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.storage.db import Database
from custdesk.storage.migrate import upgrade_database
from tests.mutation_run import shared_scope
from tests.services.complaints.trash_and_merge_shop import T, fill

D = dt.date
EXPORTED = T(2026, 12, 5, 10, 0)


@pytest.fixture(scope=shared_scope)
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("same-day") / "custdesk.db"
    upgrade_database(path)
    db = Database.open(path)
    fill(db)
    yield db
    db.close()


def complaints_sheet(db: Database, until: D | None) -> dict[str, list[Any]]:
    sheet = ReportBuilder(db, "en", now=EXPORTED).complaints(D(2026, 11, 1), until)
    rows = [tuple(row) for row in sheet.rows]
    return {header: [row[i] for row in rows] for i, header in enumerate(sheet.headers)}


def test_the_rate_counts_fixes_on_the_local_day_out_of_every_complaint(shop: Database) -> None:
    service = ComplaintService(shop, stage_rules=stage_rules_in)
    # November: 甲's two and 丙's (now 甲's) of 6; not 23:59 -> 00:01, the closed or the open one
    assert service.same_day_rate(D(2026, 11, 1), D(2026, 11, 30)) == SameDayRate(6, 3)
    assert SameDayRate(6, 3).rate == 0.5
    # The Complaints page's last 30 days on 1 December: 2 November on, 甲's 1 November one out
    assert service.same_day_rate(D(2026, 11, 2), D(2026, 12, 1)) == SameDayRate(5, 2)
    assert SameDayRate(0, 0).rate is None


def test_the_dashboard_gives_the_complaints_pages_rate(shop: Database) -> None:
    board = DashboardService(shop, ReferralReports(shop)).dashboard(D(2026, 11, 1), D(2026, 11, 30))
    (november,) = board.months
    assert (november.complaints, november.resolved_same_day) == (6, 3)
    assert november.same_day_rate == 0.5


def test_each_complaint_says_whether_it_was_resolved_the_same_day(shop: Database) -> None:
    listed = ComplaintService(shop, stage_rules=stage_rules_in).complaints(ComplaintFilter())
    same_day = {c.received_at: c.resolved_same_day for c in listed}
    assert same_day == {
        T(2026, 11, 29, 20, 0): False,  # still open
        T(2026, 11, 10, 10, 0): True,  # 丙's, now 甲's
        T(2026, 11, 5, 10, 0): False,  # closed without a fix an hour later
        T(2026, 11, 3, 23, 59): False,  # resolved at 00:01, the next local day
        T(2026, 11, 2, 9, 0): True,
        T(2026, 11, 1, 0, 0): True,
    }


def test_the_complaints_sheet_marks_same_day_as_the_rate_counts_it(shop: Database) -> None:
    sheet = complaints_sheet(shop, D(2026, 11, 30))
    assert sheet["Same day"] == ["No", "Yes", "No", "No", "Yes", "Yes"]


@pytest.mark.parametrize(
    ("resolved_after", "hours"),
    [
        (dt.timedelta(hours=2, minutes=30), 2.5),  # not 2 (Python's round(2.5))
        (dt.timedelta(hours=3, minutes=30), 3.5),  # not 4
        (dt.timedelta(minutes=9), 0.2),  # 0.15 h, a half: up, where round(0.15, 1) gives 0.1
        (dt.timedelta(minutes=15), 0.3),  # 0.25 h: up, where round(0.25, 1) gives 0.2
        (dt.timedelta(minutes=2, seconds=59), 0.0),  # 0.0497 h
        (dt.timedelta(hours=26), 26.0),  # the trial's "26 h 0 min"
        (dt.timedelta(days=2, hours=2), 50.0),  # and its "2 d 2 h": hours all the same
    ],
)
def test_hours_to_resolve_round_a_half_up_to_one_decimal(
    resolved_after: dt.timedelta, hours: float
) -> None:
    received = T(2026, 11, 3, 23, 59)
    assert hours_to_resolve(received, received + resolved_after, T(2027, 1, 1)) == hours


def test_an_open_complaint_is_timed_to_the_reports_end_not_to_the_export(shop: Database) -> None:
    # Newest first: 丁's open one (29 November 20:00), 丙's 10:00 -> 18:00, 丁's closed after an
    # hour, 丁's 23:59 -> 00:01 (2 minutes), 甲's 09:00 -> 12:30 and 00:00 -> 02:30.
    november = complaints_sheet(shop, D(2026, 11, 30))
    assert november["Hours to resolve"] == [28.0, 8.0, 1.0, 0.0, 3.5, 2.5]  # open: to 1 Dec 0:00
    # A report to today, or with no end, times it to the moment of export: 5 d 14 h.
    assert complaints_sheet(shop, D(2026, 12, 5))["Hours to resolve"][0] == 134.0
    assert complaints_sheet(shop, None)["Hours to resolve"][0] == 134.0
