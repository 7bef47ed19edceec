"""New files beside first-time buyers, converted referrals beside leads, on the Reports page
and the referrals page, each saying what it counts in English and in Chinese (issue 20)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.pages.reports_page import ReportsPage
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.pages.test_reports_page import bar_values

MakeWindow = Callable[[], MainWindow]
NOW = dt.datetime(2026, 11, 30, 18, 0)
HEADER = Qt.Orientation.Horizontal


def small_shop(context: AppContext) -> None:
    """October: 丙 filed and first bought. November: 甲 filed, never bought; 乙 filed, first
    bought, brought by 丙 (converted); 丁 and 戊 filed, brought by 丙, leads."""
    db = context.db
    ids = {}
    for name, filed in (
        ("丙", dt.datetime(2026, 10, 1, 9)),
        ("甲", dt.datetime(2026, 11, 2, 9)),
        ("乙", dt.datetime(2026, 11, 3, 9)),
        ("丁", dt.datetime(2026, 11, 4, 9)),
        ("戊", dt.datetime(2026, 11, 5, 9)),
    ):
        customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda at=filed: at)
        ids[name] = customers.create(CustomerDraft(name=name)).id
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases.record(ids["丙"], PurchaseDraft(dt.date(2026, 10, 5), "茶", "19.99"))
    purchases.record(ids["乙"], PurchaseDraft(dt.date(2026, 11, 3), "茶", "0.29"))
    links = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    links.set_referrer(ids["乙"], ids["丙"], referred_on=dt.date(2026, 11, 3), status="converted")
    links.set_referrer(ids["丁"], ids["丙"], referred_on=dt.date(2026, 11, 4), status="lead")
    links.set_referrer(ids["戊"], ids["丙"], referred_on=dt.date(2026, 11, 5), status="visited")


def test_the_reports_page_shows_new_files_beside_first_time_buyers(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_shop(context)
    page = ReportsPage(
        dashboard=context.services.dashboard, changes=ChangeNotifier(), today=NOW.date
    )
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitExposed(page)
    bars = bar_values(page.cards["new_customers"])
    # October, November: the last two of the twelve months
    assert bars["New customer files"][-2:] == [1.0, 4.0]
    assert bars["First-time buyers"][-2:] == [1.0, 1.0]
    assert page.summary_label.text().startswith(
        "2025-12-01 – 2026-11-30: 5 new files, 2 first-time buyers, 20% came by referral"
    )
    assert "whether or not they have bought" in page.cards["new_customers"].title_label.toolTip()
    assert "Referral leads" in page.cards["referral_share"].title_label.toolTip()

    out = tmp_path / "referral share.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(out), ""))
    qtbot.mouseClick(page.cards["referral_share"].excel_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert rows[0] == (
        "Month", "New customer files", "Came by referral (converted)",
        "Referral leads (not converted)", "Share",
    )  # fmt: skip
    assert rows[-1] == ("2026-11", 4, 1, 2, 0.25)


def test_the_referrals_pages_months_in_chinese(
    chinese: None, context: AppContext, make_window: MakeWindow
) -> None:
    small_shop(context)
    with shop_clock.frozen_at(NOW):
        window = make_window()
        window.navigation.select("referrals")
        page = window.referrals_page
        shares = page.shares
        header = [shares.headerData(i, HEADER) for i in range(shares.columnCount())]
        november = [shares.index(0, column).data() for column in range(shares.columnCount())]
    assert header == ["月份", "新建档客户", "首次购买客户", "转介绍成交", "转介绍未成交", "占比"]
    assert november == ["2026-11", "4", "1", "1", "2", "25%"]
    tips = [shares.headerData(i, HEADER, Qt.ItemDataRole.ToolTipRole) for i in range(1, 5)]
    assert tips[0] == "新建档客户：当月建档的客户，不论是否已购买；回收站中的客户不计。"
    assert tips[1] == "第一笔购买落在当月的客户，不论何时建档；回收站中的客户不计。"
    assert "已成交" in tips[2] and "尚未成交" in tips[3]
