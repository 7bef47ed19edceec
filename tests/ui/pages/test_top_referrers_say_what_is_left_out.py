"""Nothing cut off silently (issue 20): the Reports page's top-ten sheet and the referrals page's
top twenty say of how many referrers they are the top; the workbook's leaderboard sheet has them
all. An owner counted 175 of 291 referrals on a sheet that said nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.pages.reports_page import ReportsPage
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
NOVEMBER_30 = dt.date(2026, 11, 30)


def referrers(context: AppContext, count: int) -> None:
    """``count`` referrers, each bringing one friend on 1 November (its first day), and one
    more, in the Trash, who is nobody's top."""
    customers, links = context.services.customers, context.services.referrals
    for number in range(count + 1):
        referrer = customers.create(CustomerDraft(name=f"推荐人{number:02}")).id
        friend = customers.create(CustomerDraft(name=f"朋友{number:02}")).id
        links.set_referrer(friend, referrer, referred_on=dt.date(2026, 11, 1))
        if number == count:
            customers.trash(referrer)


def top_ten_sheet(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> openpyxl.worksheet.worksheet.Worksheet:
    page = ReportsPage(
        dashboard=context.services.dashboard, changes=ChangeNotifier(), today=lambda: NOVEMBER_30
    )
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitExposed(page)
    out = tmp_path / "top referrers.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(out), ""))
    qtbot.mouseClick(page.cards["top_referrers"].excel_button, Qt.MouseButton.LeftButton)
    return openpyxl.load_workbook(out).active


@pytest.mark.parametrize(
    ("count", "said"),
    [(11, " · Top 10 of 11 referrers shown"), (10, "")],
)
def test_the_top_ten_sheet_says_of_how_many_it_is_the_top(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    count: int,
    said: str,
) -> None:
    referrers(context, count)
    sheet = top_ten_sheet(qtbot, context, tmp_path, monkeypatch)
    assert sheet["A2"].value == "2025-12-01 – 2026-11-30" + said
    assert sheet.max_row == 3 + 10  # title, period, header, ten referrers


def test_the_referrals_page_says_of_how_many_its_leaderboard_is_the_top(
    context: AppContext, make_window: MakeWindow
) -> None:
    referrers(context, 21)
    window = make_window()
    window.navigation.select("referrals")
    page = window.referrals_page
    page.period_combo.setCurrentIndex(page.period_combo.findData("all"))
    assert page.leaderboard.rowCount() == 20
    assert page.figures_label.text() == (
        "Referrals: 21 · Converted: 0 (0%) · Top 20 of 21 referrers shown"
    )
