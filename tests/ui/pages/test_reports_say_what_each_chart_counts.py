"""Hovering over the Reports page's summary line, a chart's title or its bars shows what the
figures count, in English and Chinese (issue 20's trial: nothing showed, in either language)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.pages.reports_page import ReportsPage
from tests.ui.screen_fit import settle

NOVEMBER_30 = dt.date(2026, 11, 30)
# A tooltip raises its window, which the offscreen platform does not do (and says so).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

# How each definition begins, as the README's "Reports: what each figure counts" words it.
BEGINNINGS = {
    "en": {
        "new_customers": "New customer files: customers filed in the month, whether or not",
        "visits": "Visits: visits logged in the month, by the shop's day they happened",
        "referral_share": "Came by referral: the month's new files whose referral has converted",
        "satisfaction": "Average satisfaction: the rated visits' scores added up, divided by",
        "complaints": "Complaints: complaints received in the month, whatever became of them."
        "\nResolved the same day: resolved with a fix",
        "top_referrers": "Referred: referrals made in the period (by referral date), neither",
    },
    "zh_CN": {
        "new_customers": "新建档客户：",
        "visits": "回访次数：当月记录的回访",
        "referral_share": "经转介绍成交：当月新建档且其转介绍已成交",
        "satisfaction": "平均满意度：有评分的回访分数之和",
        "complaints": "投诉数：当月收到的投诉，不论后来如何处理。\n当日解决：",
        "top_referrers": "介绍人数：本期（按介绍日期）所做的转介绍",
    },
}


def hovered(qtbot: QtBot, widget: QWidget, at: QPoint) -> str:
    """The tooltip shown when the mouse rests at ``at`` on ``widget`` (Qt passes the event
    up to the parents until one has a tooltip); the one shown before is gone first (it stays
    on screen a moment after it is hidden, and would be read again)."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
    event = QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_every_chart_and_the_summary_say_what_they_count_when_hovered(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    customers = context.services.customers
    referrer = customers.create(CustomerDraft(name="甲")).id
    friend = customers.create(CustomerDraft(name="乙")).id
    context.services.referrals.set_referrer(friend, referrer, referred_on=dt.date(2025, 12, 1))
    page = ReportsPage(
        dashboard=context.services.dashboard, changes=ChangeNotifier(), today=lambda: NOVEMBER_30
    )
    qtbot.addWidget(page)
    page.resize(1366, 736)
    page.show()
    qtbot.waitExposed(page)
    settle()
    shown: dict[str, tuple[str, str]] = {}
    for key, card in page.cards.items():
        page.scroll.ensureWidgetVisible(card)
        settle()
        title = hovered(qtbot, card.title_label, card.title_label.rect().center())
        viewport = card.view.viewport()
        bars = hovered(qtbot, viewport, viewport.rect().center())
        shown[key] = (title, bars)
    beginnings = BEGINNINGS[language]
    wrong = {
        key: tips
        for key, tips in shown.items()
        if not all(tip.startswith(beginnings[key]) for tip in tips)
    }
    assert wrong == {}
    summary = hovered(qtbot, page.summary_label, page.summary_label.rect().center())
    for key in ("new_customers", "visits", "referral_share", "complaints"):
        assert beginnings[key] in summary, key
