"""The six dashboard charts, each drawn from a Dashboard with the table it was drawn from.

Months are categories on the x axis; percentages are drawn 0–100. Every function returns the
chart and the same figures as a ChartTable, so the picture and the spreadsheet agree.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPen

from custdesk.services.spreadsheets.dashboard import Dashboard, MonthFigures
from custdesk.services.spreadsheets.excel_export import Kind
from custdesk.ui.common.display import short_date
from custdesk.ui.common.labels import VISIT_KINDS, label
from custdesk.ui.widgets.chart_card import ChartTable

BLUE, GREEN, ORANGE, RED = "#2f6fb3", "#3a9a5b", "#e08a1e", "#c0392b"


def month_label(key: str, with_year: bool = False) -> str:
    """ "2026-11" as the clerk reads a month on an axis: "Nov" / "11月", or with the year in
    full ("Nov 2026" / "2026年11月": no two-digit years, as in every date shown)."""
    year, month = (int(part) for part in key.split("-"))
    # The formats are translated, so each language writes its months its own way.
    form = (
        QCoreApplication.translate("dashboard", "MMM yyyy")
        if with_year
        else QCoreApplication.translate("dashboard", "MMM")
    )
    return QLocale().toString(QDate(year, month, 1), form)


def _month_axis(board: Dashboard) -> QBarCategoryAxis:
    """Short month names; with the year when the period is longer than a year."""
    axis = QBarCategoryAxis()
    long_period = len(board.months) > 12
    axis.append([month_label(m.month, long_period) for m in board.months])
    if long_period:
        axis.setLabelsAngle(-90)
    _small_labels(axis)
    return axis


def _point_axis(board: Dashboard) -> QCategoryAxis:
    """Month names under the points of a line (a bar axis would centre them between)."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    long_period = len(board.months) > 12
    for index, month in enumerate(board.months):
        axis.append(month_label(month.month, long_period), index)
    axis.setRange(-0.5, len(board.months) - 0.5)
    axis.setStartValue(-0.5)
    if long_period:
        axis.setLabelsAngle(-90)
    _small_labels(axis)
    return axis


def _small_labels(axis: QAbstractAxis) -> None:
    font = axis.labelsFont()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    axis.setLabelsFont(font)
    axis.setTruncateLabels(False)


def _value_axis(maximum: float, label_format: str = "%d", minimum: float = 0) -> QValueAxis:
    """An axis from ``minimum`` with round ticks reaching at least ``maximum``."""
    axis = QValueAxis()
    axis.setLabelFormat(label_format)
    if label_format == "%d":  # counts: headroom above the tallest bar, round ticks
        axis.setRange(minimum, max(maximum * 1.1, minimum + 4))
        axis.applyNiceNumbers()
    else:
        axis.setRange(minimum, maximum)
    _small_labels(axis)
    return axis


def _chart(*, legend: bool) -> QChart:
    chart = QChart()
    chart.legend().setVisible(legend)
    return chart


def _bar_set(name: str, values: list[float], color: str) -> QBarSet:
    bars = QBarSet(name)
    bars.append(values)
    bars.setColor(QColor(color))
    bars.setBorderColor(QColor(color))
    return bars


def _line(name: str, values: list[float | None], color: str) -> QLineSeries:
    """A line through the months that have a value (a month with no data leaves a gap)."""
    line = QLineSeries()
    line.setName(name)
    line.setPointsVisible(True)
    line.setPen(QPen(QColor(color), 2.5))
    for index, value in enumerate(values):
        if value is not None:
            line.append(index, value)
    return line


def _attach(chart: QChart, series: object, x_axis: object, y_axis: object) -> None:
    chart.addSeries(series)
    if x_axis not in chart.axes():
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    if y_axis not in chart.axes():
        chart.addAxis(y_axis, _y_side(chart))
    series.attachAxis(x_axis)  # type: ignore[attr-defined]
    series.attachAxis(y_axis)  # type: ignore[attr-defined]


def _y_side(chart: QChart) -> Qt.AlignmentFlag:
    taken = chart.axes(Qt.Orientation.Vertical)
    return Qt.AlignmentFlag.AlignRight if taken else Qt.AlignmentFlag.AlignLeft


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def new_customers(board: Dashboard) -> tuple[QChart, ChartTable]:
    """New files and first-time buyers side by side: a new file is not yet a buyer."""
    files = [m.new_customers for m in board.months]
    buyers = [m.first_time_buyers for m in board.months]
    chart = _chart(legend=True)
    series = QBarSeries()
    files_name = QCoreApplication.translate("dashboard", "New customer files")
    buyers_name = QCoreApplication.translate("dashboard", "First-time buyers")
    series.append(_bar_set(files_name, files, BLUE))
    series.append(_bar_set(buyers_name, buyers, GREEN))
    _attach(chart, series, _month_axis(board), _value_axis(max(files + buyers, default=0)))
    table = ChartTable(
        [QCoreApplication.translate("dashboard", "Month"), files_name, buyers_name],
        [Kind.TEXT, Kind.INTEGER, Kind.INTEGER],
        [(m.month, m.new_customers, m.first_time_buyers) for m in board.months],
    )
    return chart, table


def visits_by_kind(board: Dashboard) -> tuple[QChart, ChartTable]:
    kinds = board.visit_kinds
    chart = _chart(legend=True)
    series = QStackedBarSeries()
    palette = [BLUE, GREEN, ORANGE, "#8e5bb5", "#7f8c8d", RED]
    for index, kind in enumerate(kinds):
        values = [m.visits_by_kind.get(kind, 0) for m in board.months]
        series.append(_bar_set(label(VISIT_KINDS, kind), values, palette[index % len(palette)]))
    top = max((m.visits for m in board.months), default=0)
    _attach(chart, series, _month_axis(board), _value_axis(top))
    table = ChartTable(
        [
            QCoreApplication.translate("dashboard", "Month"),
            *(label(VISIT_KINDS, kind) for kind in kinds),
            QCoreApplication.translate("dashboard", "All visits"),
        ],
        [Kind.TEXT, *(Kind.INTEGER for _ in kinds), Kind.INTEGER],
        [(m.month, *(m.visits_by_kind.get(k, 0) for k in kinds), m.visits) for m in board.months],
    )
    return chart, table


def referral_share(board: Dashboard) -> tuple[QChart, ChartTable]:
    chart = _chart(legend=False)
    shares = [_percent(m.referral_share) for m in board.months]
    line = _line(QCoreApplication.translate("dashboard", "Came by referral (%)"), shares, GREEN)
    _attach(chart, line, _point_axis(board), _value_axis(100, "%d%%"))
    table = ChartTable(
        [
            QCoreApplication.translate("dashboard", "Month"),
            QCoreApplication.translate("dashboard", "New customer files"),
            QCoreApplication.translate("dashboard", "Came by referral (converted)"),
            QCoreApplication.translate("dashboard", "Referral leads (not converted)"),
            QCoreApplication.translate("dashboard", "Share"),
        ],
        [Kind.TEXT, Kind.INTEGER, Kind.INTEGER, Kind.INTEGER, Kind.PERCENT],
        [
            (m.month, m.new_customers, m.by_referral, m.referral_leads, m.referral_share)
            for m in board.months
        ],
    )
    return chart, table


def satisfaction(board: Dashboard) -> tuple[QChart, ChartTable]:
    chart = _chart(legend=False)
    averages = [_rounded(m.average_satisfaction) for m in board.months]
    line = _line(QCoreApplication.translate("dashboard", "Average satisfaction"), averages, ORANGE)
    _attach(chart, line, _point_axis(board), _value_axis(5, "%.1f", minimum=1))
    table = ChartTable(
        [
            QCoreApplication.translate("dashboard", "Month"),
            QCoreApplication.translate("dashboard", "Rated visits"),
            QCoreApplication.translate("dashboard", "Average satisfaction (1–5)"),
        ],
        [Kind.TEXT, Kind.INTEGER, Kind.DECIMAL],
        [(m.month, m.rated_visits, _rounded(m.average_satisfaction)) for m in board.months],
    )
    return chart, table


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def complaints(board: Dashboard) -> tuple[QChart, ChartTable]:
    chart = _chart(legend=True)
    bars = QBarSeries()
    bars.append(
        _bar_set(
            QCoreApplication.translate("dashboard", "Complaints"),
            [m.complaints for m in board.months],
            RED,
        )
    )
    months = _month_axis(board)
    top = max((m.complaints for m in board.months), default=0)
    _attach(chart, bars, months, _value_axis(top))
    rate = _line(
        QCoreApplication.translate("dashboard", "Resolved the same day (%)"),
        [_percent(m.same_day_rate) for m in board.months],
        GREEN,
    )
    _attach(chart, rate, months, _value_axis(100, "%d%%"))
    table = ChartTable(
        [
            QCoreApplication.translate("dashboard", "Month"),
            QCoreApplication.translate("dashboard", "Complaints"),
            QCoreApplication.translate("dashboard", "Resolved the same day"),
            QCoreApplication.translate("dashboard", "Same-day rate"),
        ],
        [Kind.TEXT, Kind.INTEGER, Kind.INTEGER, Kind.PERCENT],
        [(m.month, m.complaints, m.resolved_same_day, m.same_day_rate) for m in board.months],
    )
    return chart, table


def top_referrers(board: Dashboard) -> tuple[QChart, ChartTable]:
    """Best first, drawn top to bottom (a horizontal bar chart lists its categories upwards)."""
    rows = board.top_referrers
    chart = _chart(legend=False)
    series = QHorizontalBarSeries()
    series.append(
        _bar_set(
            QCoreApplication.translate("dashboard", "Referred"),
            [r.direct for r in reversed(rows)],
            GREEN,
        )
    )
    series.setLabelsVisible(True)
    names = QBarCategoryAxis()
    names.append([r.name for r in reversed(rows)])
    _small_labels(names)
    _attach(chart, series, _value_axis(max((r.direct for r in rows), default=0)), names)
    table = ChartTable(
        [
            QCoreApplication.translate("dashboard", "Referrer"),
            QCoreApplication.translate("dashboard", "Referred"),
            QCoreApplication.translate("dashboard", "Converted"),
            QCoreApplication.translate(
                "dashboard", "Spent by people they referred, since referral"
            ),
        ],
        [Kind.TEXT, Kind.INTEGER, Kind.INTEGER, Kind.MONEY],
        [(r.name, r.direct, r.converted, r.spent_since_referral_cents) for r in rows],
        left_out=top_shown(len(rows), board.referrers),
    )
    return chart, table


def top_shown(shown: int, count: int) -> str:
    """ "Top 10 of 37 referrers shown" when the rows are not every referrer, else nothing."""
    if count <= shown:
        return ""
    return QCoreApplication.translate("dashboard", "Top {shown} of {count} referrers shown").format(
        shown=QLocale().toString(shown), count=QLocale().toString(count)
    )


def has_activity(months: list[MonthFigures]) -> bool:
    return any(m.new_customers or m.first_time_buyers or m.visits or m.complaints for m in months)


def period_text(board: Dashboard) -> str:
    return f"{short_date(board.since)} – {short_date(board.until)}"
