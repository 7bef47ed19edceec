"""What the Complaints and Reports pages say about complaints (issue 20), on
trash_and_merge_shop: the Trash left out as Today leaves it out, one same-day rate, hours to
resolve in one format, and words that read right in both languages."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.shell.main_window import MainWindow
from tests.services.complaints.trash_and_merge_shop import T, fill

MakeWindow = Callable[[], MainWindow]
HOURS, SAME_DAY = 6, 7  # the Complaints page's columns
ON_THE_MORNING_AFTER = T(2026, 12, 1, 9, 30)


@pytest.fixture
def at_the_shop(context: AppContext) -> Iterator[None]:
    fill(context.db)
    with shop_clock.frozen_at(ON_THE_MORNING_AFTER):
        yield


def column_texts(window: MainWindow, column: int) -> list[str]:
    model = window.complaints_page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.mark.usefixtures("at_the_shop")
def test_the_complaints_page_counts_the_open_ones_as_today_does(make_window: MakeWindow) -> None:
    window = make_window()
    window.navigation.select("complaints")
    page = window.complaints_page
    assert page.model.rowCount() == 6  # 乙's two are in the Trash; 丙's are 甲's now
    assert "Open complaints: 1" in window.agenda_label.text()
    # The last 30 days on 1 December (2 November on): 2 of 5 resolved with a fix that day
    assert page.summary_label.text() == "Open: 1 · Same day in the last 30 days: 40% (2 of 5)"


@pytest.mark.usefixtures("at_the_shop")
def test_each_complaint_says_its_hours_and_whether_it_was_resolved_the_same_day(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    window.navigation.select("complaints")
    # Open first (丁's since 29 November 20:00: 37 h 30 until now), then newest first.
    assert column_texts(window, HOURS) == ["37.5 h", "8.0 h", "1.0 h", "0.0 h", "3.5 h", "2.5 h"]
    assert column_texts(window, SAME_DAY) == [
        "✗ Late",
        "✓ Same day",
        "Closed, no fix",  # an hour after it came in, but without a fix
        "✗ Late",  # 23:59 -> 00:01
        "✓ Same day",
        "✓ Same day",
    ]


@pytest.mark.usefixtures("at_the_shop")
def test_the_reports_page_gives_the_complaints_pages_rate_for_november(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    window.navigation.select("reports")
    page = window.reports_page
    page.refresher.refresh_now()
    # The last 12 months end on 1 December: November's 6 complaints, 3 resolved the same day.
    assert "3 visits · 6 complaints, 50% resolved the same day" in page.summary_label.text()
    assert "out of every complaint received" in page.cards["complaints"].toolTip()


def test_an_open_complaint_of_today_reads_right_in_chinese(
    context: AppContext, make_window: MakeWindow, chinese: None
) -> None:
    with shop_clock.frozen_at(T(2026, 12, 1, 11, 30)):
        customer = context.services.customers.create(CustomerDraft(name="张三")).id
        context.services.complaints.record(
            customer, ComplaintDraft(T(2026, 12, 1, 9, 0), "phone", "衣服缩水")
        )
        window = make_window()
        window.navigation.select("complaints")
        assert column_texts(window, HOURS) == ["2.5 小时"]
        assert column_texts(window, SAME_DAY) == ["须今天解决"]
        model = window.complaints_page.model
        tip = model.headerData(SAME_DAY, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("当日解决：投诉当天（按本店日期）已解决并有处理结果")
        assert window.complaints_page.summary_label.text() == (
            "未结：1 · 近 30 天当日解决率：0%（1 起中 0 起）"
        )


def test_the_day_turns_at_local_midnight_for_an_open_complaint(
    context: AppContext, make_window: MakeWindow
) -> None:
    with shop_clock.frozen_at(T(2026, 12, 1, 23, 59)):
        customer = context.services.customers.create(CustomerDraft(name="张三")).id
        context.services.complaints.record(
            customer, ComplaintDraft(T(2026, 12, 1, 23, 59), "phone", "坏了")
        )
        window = make_window()
        window.navigation.select("complaints")
        assert column_texts(window, SAME_DAY) == ["Resolve today"]
    with shop_clock.frozen_at(T(2026, 12, 2, 0, 1)):
        window.complaints_page.reload()
        assert column_texts(window, SAME_DAY) == ["✗ Late"]
        assert column_texts(window, HOURS) == ["0.0 h"]  # 2 minutes
