"""Columns wide enough for their words, in English and in Chinese: a trial read "Resolve …" in
the Complaints page's Same day column (sized while every complaint was resolved) and
"emperament" over the customer list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.common.operations import Changes
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
SAME_DAY = 7  # the Complaints page's column
NOW = dt.datetime(2026, 11, 30, 12, 54)


def go(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def test_the_same_day_column_fits_a_complaint_still_to_resolve(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, language: str
) -> None:
    services = context.services
    with shop_clock.frozen_at(NOW):
        customer = services.customers.create(CustomerDraft(name="邱洁")).id
        settled = services.complaints.record(
            customer, ComplaintDraft(NOW - dt.timedelta(hours=3), "online", "少发了一件")
        )
        services.complaints.resolve(settled.id, "补发", resolved_at=NOW - dt.timedelta(hours=1))
        window = make_window()
        go(qtbot, window, Qt.Key.Key_5)  # sized on the resolved complaint alone
        page = window.complaints_page
        services.complaints.record(customer, ComplaintDraft(NOW, "in_store", "扣子掉了"))
        window.changes.announce(Changes.COMPLAINTS)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2)
        open_cell = page.model.index(0, SAME_DAY).data()
        assert open_cell == {"en": "Resolve today", "zh_CN": "须今天解决"}[language]
        # What the view itself needs to draw every cell of the column whole.
        assert page.table.columnWidth(SAME_DAY) >= page.table.sizeHintForColumn(SAME_DAY)


def test_the_customer_lists_headings_are_whole(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, language: str
) -> None:
    context.services.customers.create(CustomerDraft(name="邱洁", temperament="picky"))
    window = make_window()
    go(qtbot, window, Qt.Key.Key_2)
    table = window.customers_page.table
    header = table.horizontalHeader()
    model = table.model()
    cut = [
        model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(model.columnCount())
        if table.columnWidth(column) < header.sectionSizeHint(column)
        and column != model.columnCount() - 1  # the last one stretches to the edge
    ]
    assert cut == []
