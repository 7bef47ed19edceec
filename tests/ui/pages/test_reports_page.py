"""The owner's dashboard: charts that draw the service's figures, a period that changes them,
and each chart saved as a picture and as a spreadsheet."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCharts import QAbstractBarSeries, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.shop.demo import generate_demo
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.pages.reports_page import ReportsPage, preset_range
from custdesk.ui.widgets.chart_card import ChartCard

TODAY = dt.date(2026, 11, 22)


def make_page(qtbot: QtBot, context: AppContext) -> ReportsPage:
    page = ReportsPage(
        dashboard=context.services.dashboard, changes=ChangeNotifier(), today=lambda: TODAY
    )
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def bar_values(card: ChartCard) -> dict[str, list[float]]:
    (series,) = [s for s in card.view.chart().series() if isinstance(s, QAbstractBarSeries)]
    return {bars.label(): [bars.at(i) for i in range(bars.count())] for bars in series.barSets()}


def line_points(card: ChartCard) -> list[tuple[float, float]]:
    (line,) = [s for s in card.view.chart().series() if isinstance(s, QLineSeries)]
    return [(point.x(), point.y()) for point in line.points()]


@pytest.fixture
def demo(context: AppContext) -> AppContext:
    generate_demo(context.db, 600, seed=5, today=TODAY)
    return context


def test_the_charts_draw_the_months_of_the_period(qtbot: QtBot, demo: AppContext) -> None:
    page = make_page(qtbot, demo)
    since, until = page.period()
    assert (since, until) == (dt.date(2025, 12, 1), TODAY)
    board = demo.services.dashboard.dashboard(since, until)
    assert len(board.months) == 12
    assert bar_values(page.cards["new_customers"]) == {
        "New customer files": [float(m.new_customers) for m in board.months],
        "First-time buyers": [float(m.first_time_buyers) for m in board.months],
    }
    visits = bar_values(page.cards["visits"])
    assert "Store visit" in visits
    totals = [sum(column) for column in zip(*visits.values(), strict=True)]
    assert totals == [float(m.visits) for m in board.months]
    share = line_points(page.cards["referral_share"])
    expected = [
        (float(i), round(m.referral_share * 100, 1))
        for i, m in enumerate(board.months)
        if m.referral_share is not None
    ]
    assert [(x, round(y, 1)) for x, y in share] == expected
    top = bar_values(page.cards["top_referrers"])["Referred"]
    assert top == [float(r.direct) for r in reversed(board.top_referrers)]
    assert "new files" in page.summary_label.text()


def test_choosing_a_shorter_period_redraws(qtbot: QtBot, demo: AppContext) -> None:
    page = make_page(qtbot, demo)
    combo = page.period_combo
    combo.setCurrentIndex(combo.findData("6"))
    assert page.period() == (dt.date(2026, 6, 1), TODAY)
    assert len(bar_values(page.cards["new_customers"])["New customer files"]) == 6
    page.since_edit.setFocus()
    page.since_edit.selectAll()
    qtbot.keyClicks(page.since_edit, "2026/10/1")
    qtbot.keyClick(page.since_edit, Qt.Key.Key_Return)  # a date typed switches to chosen dates
    assert combo.currentData() == "custom"
    assert len(bar_values(page.cards["new_customers"])["New customer files"]) == 2


def test_a_chart_is_saved_as_a_picture_and_its_figures_to_excel(
    qtbot: QtBot, demo: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, demo)
    card = page.cards["complaints"]
    picture = tmp_path / "complaints.png"
    workbook = tmp_path / "complaints"  # the .xlsx is added
    answers = iter([(str(picture), ""), (str(workbook), "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: next(answers))
    qtbot.mouseClick(card.png_button, Qt.MouseButton.LeftButton)
    image = QImage(str(picture))
    assert not image.isNull() and image.width() > 200
    assert stat.S_IMODE(picture.stat().st_mode) == 0o600  # a chart of real customers

    qtbot.mouseClick(card.excel_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(workbook.with_suffix(".xlsx")).active
    assert sheet["A1"].value == "Complaints and same-day resolution"
    assert [c.value for c in sheet[3]] == [
        "Month",
        "Complaints",
        "Resolved the same day",
        "Same-day rate",
    ]
    board = page.dashboard
    assert board is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert rows == [
        [m.month, m.complaints, m.resolved_same_day, m.same_day_rate] for m in board.months
    ]


def test_an_empty_shop_says_there_is_nothing_to_draw(qtbot: QtBot, context: AppContext) -> None:
    page = make_page(qtbot, context)
    for card in page.cards.values():
        assert card.is_empty()
        assert not card.png_button.isEnabled() and not card.excel_button.isEnabled()
    assert page.cards["visits"].empty_label.text() == "Nothing was recorded in this period."


def test_the_charts_sit_side_by_side_when_the_window_is_wide(
    qtbot: QtBot, context: AppContext
) -> None:
    page = make_page(qtbot, context)
    assert page.columns == 2
    page.resize(1700, 900)
    qtbot.waitUntil(lambda: page.columns == 3)
    page.resize(700, 900)
    qtbot.waitUntil(lambda: page.columns == 1)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("12", (dt.date(2025, 12, 1), TODAY)),
        ("24", (dt.date(2024, 12, 1), TODAY)),
        ("this_year", (dt.date(2026, 1, 1), TODAY)),
        ("last_year", (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    ],
)
def test_period_presets(choice: str, expected: tuple[dt.date, dt.date]) -> None:
    assert preset_range(choice, TODAY) == expected
