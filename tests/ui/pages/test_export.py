"""Export to Excel from the window: what the list shows, and the reports workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.shop.demo import generate_demo
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

MakeWindow = Callable[[], MainWindow]


def test_the_customer_list_exports_what_it_shows(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    generate_demo(context.db, 400, seed=4, today=dt.date.today())
    window = make_window()
    window.navigation.select("customers")
    page = window.customers_page
    type_text(qtbot, page.search_box, "wang")
    qtbot.waitUntil(lambda: page.model.rowCount() < 400)
    shown = page.model.rowCount()
    page.table.horizontalHeader().hideSection(2)  # gender hidden by the clerk
    job = page.export_to(tmp_path / "list")
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30_000) as finished:
        pass
    assert finished.args == [True]
    sheet = openpyxl.load_workbook(tmp_path / "list.xlsx").active
    headers = [cell.value for cell in sheet[3]]
    assert headers[:3] == ["Name", "Phone", "Age"]  # hidden columns are left out
    assert sheet.max_row == 3 + shown
    names = [sheet.cell(row=4 + i, column=1).value for i in range(shown)]
    assert names == [page.model.index(i, 0).data() for i in range(shown)]
    spent = headers.index("Total spent") + 1
    assert isinstance(sheet.cell(row=4, column=spent).value, int | float)


def test_the_reports_workbook_has_one_sheet_per_report(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    generate_demo(context.db, 200, seed=5, today=dt.date.today())
    window = make_window()
    dialog = window.export_reports()
    dialog.checks[next(iter(dialog.checks))].setChecked(False)  # no customer files
    job = dialog.export_to(tmp_path / "reports.xlsx")
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    book = openpyxl.load_workbook(tmp_path / "reports.xlsx")
    assert book.sheetnames == [
        "Visits",
        "Follow-ups due",
        "Complaints",
        "Referral leaderboard",
        "Referral chains",
        "Monthly summary",
    ]


def test_visits_complaints_and_referrals_export_what_they_show(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    generate_demo(context.db, 300, seed=6, today=dt.date.today())
    window = make_window()
    visits = window.visits_page
    window.navigation.select("visits")
    visits.kind_combo.setCurrentIndex(visits.kind_combo.findData("call"))
    shown = visits.model.rowCount()
    job = visits.export_to(tmp_path / "visits")
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    sheet = openpyxl.load_workbook(tmp_path / "visits.xlsx").active
    assert sheet.max_row == 3 + shown
    assert {sheet.cell(row=r, column=4).value for r in range(4, 4 + shown)} == {"Phone call-back"}

    complaints = window.complaints_page
    window.navigation.select("complaints")
    complaints.open_only_check.setChecked(True)
    job = complaints.export_to(tmp_path / "complaints.xlsx")
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    sheet = openpyxl.load_workbook(tmp_path / "complaints.xlsx").active
    assert sheet.max_row == 3 + complaints.model.rowCount()

    referrals = window.referrals_page
    window.navigation.select("referrals")
    job = referrals.export_to(tmp_path / "referrals.xlsx")
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    book = openpyxl.load_workbook(tmp_path / "referrals.xlsx")
    assert book.sheetnames == ["Referral leaderboard", "Referral chains"]
