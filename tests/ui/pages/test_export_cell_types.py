"""Every Export to Excel button in the window writes phones, card numbers and WeChat ids as text
(their leading 0 kept), money as a number shown to the fen, and dates as real dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.ui.common.background_job import BackgroundJob
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.pages.reports_page import ReportsPage
from custdesk.ui.shell.main_window import MainWindow
from custdesk.ui.widgets.date_field import DateField
from tests.services.spreadsheets.awkward_shop import (
    CARD_NUMBER,
    LIST_COLUMNS_SHOWN,
    MONEY,
    NOW,
    REPORT_COLUMNS,
    SHENZHEN_LANDLINE,
    TEXT,
    WHOLE,
    build_awkward_shop,
    by_header,
    column_type_problems,
)

MakeWindow = Callable[[], MainWindow]
SINCE = dt.date(2026, 10, 1)  # every record of the awkward shop lies in October or November
LI_NA_SPENT = Decimal("20.28")  # 19.99 + 0.29


@pytest.fixture
def window(context: AppContext, make_window: MakeWindow) -> MainWindow:
    build_awkward_shop(context.db)
    return make_window()


def written(qtbot: QtBot, job: BackgroundJob | None, path: Path) -> openpyxl.Workbook:
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30_000) as finished:
        pass
    assert finished.args == [True]
    return openpyxl.load_workbook(path)


def type_date(qtbot: QtBot, field: DateField, day: dt.date) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, day.isoformat())
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def yuan(cell: openpyxl.cell.Cell) -> Decimal:
    """The amount Excel holds, as its shortest decimal (20.28, not 20.279999...)."""
    assert cell.data_type == "n" and cell.number_format == "#,##0.00"
    return Decimal(repr(cell.value))


def test_the_customer_list_export_keeps_phones_as_text_and_money_to_the_fen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.navigation.select("customers")
    book = written(
        qtbot, window.customers_page.export_to(tmp_path / "list"), tmp_path / "list.xlsx"
    )
    ws = book.active
    headers = [cell.value for cell in ws[3]]
    assert {"Name", "Phone", "Total spent"} <= set(headers)
    assert column_type_problems(ws, {h: LIST_COLUMNS_SHOWN[h] for h in headers}) == []
    rows = {row["Name"].value: row for row in by_header(ws)}
    assert rows["王小明"]["Phone"].value == SHENZHEN_LANDLINE
    assert yuan(rows["李娜"]["Total spent"]) == LI_NA_SPENT
    assert yuan(rows["王小明"]["Total spent"]) == Decimal("1234.85")  # 1,234.56 + 0.29


def test_the_today_pages_call_list_keeps_landlines_as_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.navigation.select("today")
    out = tmp_path / "follow-ups.xlsx"
    ws = written(qtbot, window.today_page.export_to(out), out).active
    assert column_type_problems(ws, REPORT_COLUMNS["Follow-ups due"]) == []
    rows = {row["Customer"].value: row for row in by_header(ws)}
    assert rows["王小明"]["Phone"].value == SHENZHEN_LANDLINE
    assert rows["王小明"]["Due"].value == dt.datetime(2026, 11, 20)


def test_the_visits_and_complaints_pages_export_typed_cells(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.navigation.select("visits")
    visits = window.visits_page
    type_date(qtbot, visits.since_edit, SINCE)
    out = tmp_path / "visits.xlsx"
    ws = written(qtbot, visits.export_to(out), out).active
    assert column_type_problems(ws, REPORT_COLUMNS["Visits"]) == []
    rows = {row["Customer"].value: row for row in by_header(ws)}
    assert rows["王小明"]["Phone"].value == SHENZHEN_LANDLINE
    assert rows["李娜"]["Notes"].value == CARD_NUMBER
    assert rows["李娜"]["When"].value == dt.datetime(2026, 11, 1, 0, 0)

    window.navigation.select("complaints")
    out = tmp_path / "complaints.xlsx"
    ws = written(qtbot, window.complaints_page.export_to(out), out).active
    assert ws.max_row == 4
    assert column_type_problems(ws, REPORT_COLUMNS["Complaints"]) == []


def test_the_referrals_page_exports_spending_as_money(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.navigation.select("referrals")
    page = window.referrals_page
    page.period_combo.setCurrentIndex(page.period_combo.findData("all"))
    out = tmp_path / "referrals.xlsx"
    book = written(qtbot, page.export_to(out), out)
    for title in ("Referral leaderboard", "Referral chains"):
        assert book[title].max_row > 3, title
        assert column_type_problems(book[title], REPORT_COLUMNS[title]) == []
    (leader,) = by_header(book["Referral leaderboard"])
    assert yuan(leader["Spent by people they referred, since referral"]) == LI_NA_SPENT


def test_the_export_dialog_writes_every_report_with_typed_cells(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.export_reports()
    type_date(qtbot, dialog.since_edit, SINCE)
    out = tmp_path / "reports.xlsx"
    book = written(qtbot, dialog.export_to(out), out)
    assert book.sheetnames == list(REPORT_COLUMNS)
    for title, columns in REPORT_COLUMNS.items():
        assert book[title].max_row > 3, title
        assert column_type_problems(book[title], columns) == []


def test_the_top_referrers_chart_saves_their_spending_as_money(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build_awkward_shop(context.db)
    page = ReportsPage(
        dashboard=context.services.dashboard, changes=ChangeNotifier(), today=lambda: NOW.date()
    )
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitExposed(page)
    card = page.cards["top_referrers"]
    out = tmp_path / "top referrers.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(out), ""))
    qtbot.mouseClick(card.excel_button, Qt.MouseButton.LeftButton)
    ws = openpyxl.load_workbook(out).active
    columns = {
        "Referrer": TEXT,
        "Referred": WHOLE,
        "Converted": WHOLE,
        "Spent by people they referred, since referral": MONEY,
    }
    assert column_type_problems(ws, columns) == []
    (leader,) = by_header(ws)
    assert (leader["Referrer"].value, leader["Referred"].value) == ("王小明", 2)
    assert yuan(leader["Spent by people they referred, since referral"]) == LI_NA_SPENT
