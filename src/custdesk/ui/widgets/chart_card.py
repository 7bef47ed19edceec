"""One chart on the dashboard: its title, the chart (or a line saying there is nothing to draw),
and buttons to save it as a picture or its figures as a spreadsheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
)

from custdesk.services.spreadsheets.excel_export import Kind, Sheet, write_workbook
from custdesk.ui.common.display import MUTED_STYLE, hint_label
from custdesk.ui.common.file_written import tell_file_written
from custdesk.ui.common.operations import Operation
from custdesk.ui.common.pictures import save_png
from custdesk.ui.common.save_places import ask_save_path, picture_filter

CHART_HEIGHT = 250
# What a legend entry takes beside its label (its coloured square and the gaps), and what the
# chart leaves either side of a legend below it, in pixels as Qt Charts lays them out.
MARKER_ROOM = 24
LEGEND_MARGINS = 60


@dataclass(frozen=True)
class ChartTable:
    """The figures a chart draws, as the spreadsheet gets them."""

    headers: Sequence[str]
    kinds: Sequence[Kind]
    rows: Sequence[Sequence[Any]]
    # What the rows leave out, when they are not all there is ("Top 10 of 37 referrers
    # shown"): written on the sheet beside the period, so that nothing is cut off silently.
    left_out: str = ""


class ChartCard(QFrame):
    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.table: ChartTable | None = None
        self.subtitle = ""
        self.setObjectName(f"chart_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.title_label = QLabel(f"<b>{title}</b>")
        self.title_label.setWordWrap(True)
        self.png_button = QToolButton()
        self.png_button.setText(self.tr("Picture…"))
        self.png_button.setToolTip(self.tr("Save this chart as a PNG picture"))
        self.png_button.clicked.connect(self.ask_save_png)
        self.excel_button = QToolButton()
        self.excel_button.setText(self.tr("Excel…"))
        self.excel_button.setToolTip(self.tr("Save this chart's figures as an Excel workbook"))
        self.excel_button.clicked.connect(self.ask_save_excel)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.png_button)
        header.addWidget(self.excel_button)
        # What the chart leaves out or how it orders, where a glance at the bars cannot tell.
        self.note_label = hint_label()
        self.note_label.hide()

        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(CHART_HEIGHT)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(MUTED_STYLE)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(header)
        layout.addWidget(self.note_label)
        layout.addWidget(self.stack, 1)

    def define(self, definition: str) -> None:
        """What the chart counts, in the tooltip of its title and of the chart below it."""
        self.title_label.setToolTip(definition)
        self.setToolTip(definition)  # the chart and its bars have none of their own: this one

    def set_note(self, text: str) -> None:
        """A line under the title (empty: none)."""
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def show_chart(self, chart: QChart, table: ChartTable, subtitle: str) -> None:
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        old = self.view.chart()
        self.view.setChart(chart)
        self._place_legend()
        if old is not None and old is not chart:
            old.deleteLater()
        self.table, self.subtitle = table, subtitle
        self.stack.setCurrentWidget(self.view)
        self._enable(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_legend()

    def _place_legend(self) -> None:
        """The legend below the chart when its labels fit in a row there, else to its right,
        one label a line: in a row too narrow Qt cut them ("Phone c…" on a 1366 screen)."""
        legend = self.view.chart().legend()
        metrics = QFontMetricsF(legend.font())
        needed = sum(
            metrics.horizontalAdvance(marker.label()) + MARKER_ROOM for marker in legend.markers()
        )
        fits_below = needed <= self.view.width() - LEGEND_MARGINS
        legend.setAlignment(
            Qt.AlignmentFlag.AlignBottom if fits_below else Qt.AlignmentFlag.AlignRight
        )

    def show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.table = None
        self.stack.setCurrentWidget(self.empty_label)
        self._enable(False)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_label

    def _enable(self, enabled: bool) -> None:
        self.png_button.setEnabled(enabled)
        self.excel_button.setEnabled(enabled)

    # -- saving -----------------------------------------------------------------------------
    def ask_save_png(self) -> None:
        path = ask_save_path(
            self,
            f"{self.title}.png",
            title=self.tr("Save chart picture"),
            file_filter=picture_filter(),
        )
        if path:
            Operation(self, None, done=self._written).run(lambda: self.save_png(path))

    def save_png(self, path: Path) -> Path:
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        return save_png(self.view, path)

    def ask_save_excel(self) -> None:
        path = ask_save_path(self, f"{self.title}.xlsx")
        if path:
            Operation(self, None, done=self._written).run(lambda: self.save_excel(path))

    def _written(self, path: Path) -> None:
        tell_file_written(self, path)

    def save_excel(self, path: Path) -> Path:
        """The chart's figures, one row per bar or point (small: written at once)."""
        assert self.table is not None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        subtitle = self.subtitle
        if self.table.left_out:
            subtitle = f"{subtitle} · {self.table.left_out}"
        sheet = Sheet(
            title=self.title,
            heading=self.title,
            subtitle=subtitle,
            headers=self.table.headers,
            kinds=self.table.kinds,
            rows=self.table.rows,
            expected_rows=len(self.table.rows),
        )
        write_workbook(path, [sheet])
        return path
