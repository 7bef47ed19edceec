"""Every date a clerk reads looks like the dates she types (issue 18): 2026-01-05 in lists,
labels and messages, as every date field shows and takes it, and times on the 24-hour clock.
The English UI showed 1/5/26 and 11:59 PM beside fields showing 2026-01-05."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.contacts.visits import VisitDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.models.customer_table_model import LAST_CONTACT, NEXT_FOLLOW_UP
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
# The first working Monday of a year, a little after nine, in the shop's UTC+8 (the tests' TZ).
NOW = dt.datetime(2026, 1, 5, 9, 5, 30)
# The last minute of the year before: read in UTC or on a 12-hour clock it would change.
LAST_MINUTE = dt.datetime(2025, 12, 31, 23, 59)


@pytest.fixture(autouse=True)
def shop_day() -> Iterator[None]:
    with shop_clock.frozen_at(NOW):
        yield


def column(view: QAbstractItemView, number: int) -> list[str]:
    model = view.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_the_customer_list_shows_last_and_next_contact_as_typed_dates(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    zhang = context.services.customers.create(CustomerDraft(name="张三")).id
    context.services.visits.log(
        zhang, VisitDraft(LAST_MINUTE, "call"), next_contact_on=dt.date(2027, 1, 1)
    )
    window = make_window()
    window.navigation.select("customers")
    page = window.customers_page
    qtbot.keyClicks(page.search_box, "zhangsan")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)  # the search applies, the row is chosen

    assert column(page.table, LAST_CONTACT) == ["2025-12-31"]
    assert column(page.table, NEXT_FOLLOW_UP) == ["2027-01-01"]


def test_the_visit_log_shows_when_on_the_24_hour_clock(
    context: AppContext, make_window: MakeWindow
) -> None:
    someone = context.services.customers.create(CustomerDraft(name="张三")).id
    for moment in (LAST_MINUTE, NOW.replace(second=0)):
        context.services.visits.log(someone, VisitDraft(moment, "store"))
    window = make_window()
    window.navigation.select("visits")
    assert column(window.visits_page.table, 0) == ["2026-01-05 09:05", "2025-12-31 23:59"]


def test_the_complaints_list_shows_when_received_on_the_24_hour_clock(
    context: AppContext, make_window: MakeWindow
) -> None:
    someone = context.services.customers.create(CustomerDraft(name="张三")).id
    for moment, what in ((LAST_MINUTE, "拉链坏了"), (NOW.replace(second=0), "衣服缩水")):
        context.services.complaints.record(someone, ComplaintDraft(moment, "phone", what))
    window = make_window()
    window.navigation.select("complaints")
    received = sorted(column(window.complaints_page.table, 0))
    assert received == ["2025-12-31 23:59", "2026-01-05 09:05"]


def test_a_backup_made_in_the_last_minute_of_the_year_is_dated_and_timed_in_full(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.navigation.select("backups")
    page = window.backups_page
    page.back_up_button.setFocus()
    with shop_clock.frozen_at(LAST_MINUTE), qtbot.waitSignal(page.model.modelReset, timeout=10_000):
        qtbot.keyClick(page.back_up_button, Qt.Key.Key_Space)
    assert column(page.table, 0) == ["2025-12-31 23:59"]
    qtbot.waitUntil(lambda: window.backup_label.text() != "", timeout=10_000)
    assert window.backup_label.text() == "Backed up 23:59"


def test_the_reports_period_and_its_months_carry_the_full_year(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    context.services.customers.create(CustomerDraft(name="张三"))  # a new customer to chart
    window = make_window()
    window.navigation.select("reports")
    page = window.reports_page
    page.period_combo.setFocus()
    qtbot.keyClick(page.period_combo, Qt.Key.Key_Down)  # Last 6 months
    qtbot.keyClick(page.period_combo, Qt.Key.Key_Down)  # Last 24 months

    assert page.summary_label.text().startswith("2024-02-01 – 2026-01-05: 1 new files")
    chart = page.cards["new_customers"].view.chart()
    (months,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert (months.categories()[0], months.categories()[-1]) == ("Feb 2024", "Jan 2026")
