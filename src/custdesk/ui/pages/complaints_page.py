"""Complaints (投诉): open ones first, time to resolve, and the sun-down rule made visible."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.services.complaints.complaints import (
    ComplaintFilter,
    ComplaintRecord,
    ComplaintService,
)
from custdesk.services.complaints.figures import (
    FIGURE_WORDS,
    HOURS_DEFINITION,
    SAME_DAY_DEFINITION,
)
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.spreadsheets.export_reports import ExportService
from custdesk.ui.common.background_job import BackgroundJob, start_export
from custdesk.ui.common.display import MUTED_STYLE, date_time, percent
from custdesk.ui.common.i18n import export_language
from custdesk.ui.common.labels import CHANNELS, COMPLAINT_STATUSES, SEVERITIES, label
from custdesk.ui.common.look_only import set_aside
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.refresh_on_change import RefreshOnChange
from custdesk.ui.common.save_places import ask_save_path
from custdesk.ui.dialogs.complaint_dialog import ComplaintDialog
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.models.record_table_model import Column, RecordTableModel, record_table

SAME_DAY_COLUMN = 7  # in _columns: received, customer, channel, category, severity, status, hours
RATE_DAYS = 30  # the summary's same-day rate: the last 30 local days, today included


class ComplaintsPage(QWidget):
    def __init__(
        self,
        *,
        complaints: ComplaintService,
        customer_list: CustomerListService,
        exports: ExportService,
        changes: ChangeNotifier,
    ) -> None:
        super().__init__()
        self._look_only = False  # a backup's window: see look_only
        self._complaints = complaints
        self._customer_list = customer_list  # to pick the customer of a new complaint
        self._exports = exports
        self._changes = changes
        self.open_only_check = QCheckBox(self.tr("Open only"))
        self.open_only_check.toggled.connect(self.reload)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.ask_export)
        self.new_button = QPushButton(self.tr("New complaint…"))
        self.new_button.clicked.connect(self.new_complaint)
        self.start_button = QPushButton(self.tr("Start work"))
        self.start_button.clicked.connect(self.start_selected)
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.close_button = QPushButton(self.tr("Close without fix"))
        self.close_button.clicked.connect(self.close_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.open_only_check)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        for button in (self.new_button, self.start_button, self.resolve_button, self.close_button):
            bar.addWidget(button)

        self.model: RecordTableModel[ComplaintRecord] = RecordTableModel(self._columns())
        self.table = record_table(
            self.model,
            self.tr(
                "No complaints to show. Record one with New complaint when a customer is unhappy."
            ),
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self._activated)  # double-click, Enter
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        self._sized = False
        self._update_buttons()
        # Each complaint names its customer: a renamed or trashed customer changes the list.
        shows = Changes.COMPLAINTS | Changes.CUSTOMERS
        self.refresher = RefreshOnChange(self, changes, shows, self.reload)

    def look_only(self) -> None:
        """In a backup's window: the complaints to read, none to record, start or resolve."""
        self._look_only = True
        set_aside(self.new_button, self.start_button, self.resolve_button, self.close_button)

    def _activated(self) -> None:
        if not self._look_only:
            self.resolve_selected()

    def _columns(self) -> list[Column[ComplaintRecord]]:
        return [
            Column(lambda: self.tr("Received"), lambda c: date_time(c.received_at)),
            Column(lambda: self.tr("Customer"), lambda c: c.customer_name),
            Column(lambda: self.tr("Channel"), lambda c: label(CHANNELS, c.channel)),
            Column(lambda: self.tr("Category"), lambda c: c.category),
            Column(
                lambda: self.tr("Severity"),
                lambda c: label(SEVERITIES, c.severity),
                warn=lambda c: c.severity == "high" and c.is_open,
            ),
            Column(
                lambda: self.tr("Status"),
                lambda c: label(COMPLAINT_STATUSES, c.status),
                warn=lambda c: c.is_open,
            ),
            Column(
                lambda: self.tr("Hours to resolve"),
                lambda c: self._hours(c.hours_to_resolve(self._now())),
                align_right=True,
                warn=lambda c: c.missed_sundown(self._now()),
                tip=lambda: QCoreApplication.translate(FIGURE_WORDS, HOURS_DEFINITION),
            ),
            Column(
                lambda: self.tr("Same day"),
                self._same_day,
                warn=self._late,
                tip=lambda: QCoreApplication.translate(FIGURE_WORDS, SAME_DAY_DEFINITION),
            ),
            Column(lambda: self.tr("Description"), lambda c: c.description),
            Column(lambda: self.tr("Resolution"), lambda c: c.resolution),
        ]

    @staticmethod
    def _now() -> dt.datetime:
        return shop_clock.now()

    def _late(self, complaint: ComplaintRecord) -> bool:
        return complaint.missed_sundown(self._now())

    def _same_day_words(self) -> tuple[str, str, str, str]:
        """Resolved the same day, closed without a fix, late, still to be resolved today."""
        return (
            self.tr("✓ Same day"),
            self.tr("Closed, no fix"),
            self.tr("✗ Late"),
            self.tr("Resolve today"),
        )

    def _same_day(self, complaint: ComplaintRecord) -> str:
        """Whether it was resolved the same day (complaints.figures), or may still be."""
        same_day, closed, late, to_resolve = self._same_day_words()
        if complaint.resolved_same_day:
            return same_day
        if complaint.status == "closed":
            return closed
        if self._late(complaint):
            return late
        return to_resolve

    def _fit_same_day_column(self) -> None:
        """Wide enough for each of its words, not only those shown when it was sized: sized
        on resolved complaints, it cut a new one's "Resolve today" to "Resolve …"."""
        metrics = self.table.fontMetrics()
        # The item view's own padding around a cell's text (QCommonStyle, CT_ItemViewItem).
        frame = self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table
        )
        # Plus the grid line and a pixel the text layout rounds up by (QTableView measures so).
        margin = 2 * (frame + 1) + 2
        widest = max(metrics.horizontalAdvance(word) for word in self._same_day_words()) + margin
        if self.table.columnWidth(SAME_DAY_COLUMN) < widest:
            self.table.setColumnWidth(SAME_DAY_COLUMN, widest)

    def _hours(self, hours: float) -> str:
        """Hours to one decimal, as the complaints sheet writes them (figures.hours_to_resolve)."""
        return self.tr("{hours} h").format(hours=QLocale().toString(hours, "f", 1))

    def reload(self) -> None:
        where = ComplaintFilter(open_only=self.open_only_check.isChecked())
        records = self._complaints.complaints(where)
        self.model.set_records(records)
        if records and not self._sized:
            self.table.resizeColumnsToContents()
            self._fit_same_day_column()
            self._sized = True
        today = self._now().date()
        open_count = sum(1 for c in records if c.is_open)
        # The last 30 local days, today included; the same rate as the Reports page's.
        rate = self._complaints.same_day_rate(today - dt.timedelta(days=RATE_DAYS - 1), today)
        locale = QLocale()
        share = percent(rate.rate)
        self.summary_label.setText(
            self.tr(
                "Open: {open} · Same day in the last 30 days: {share} ({quick} of {received})"
            ).format(
                open=locale.toString(open_count),
                share=share,
                quick=locale.toString(rate.resolved_same_day),
                received=locale.toString(rate.received),
            )
        )
        self.summary_label.setToolTip(QCoreApplication.translate(FIGURE_WORDS, SAME_DAY_DEFINITION))
        self._update_buttons()

    def ask_export(self) -> BackgroundJob | None:
        path = ask_save_path(self, self.tr("complaints.xlsx"))
        return self.export_to(path) if path else None

    def export_to(self, path: Path) -> BackgroundJob:
        """The list as shown (all, or open only), with time to resolve in hours."""
        open_only = self.open_only_check.isChecked()
        builder = self._exports.builder(export_language())
        return start_export(self, lambda: [builder.complaints(None, None, open_only)], path)

    def focus_list(self) -> None:
        """F6: into the complaints, the selected (or first) one selected: Enter resolves it."""
        self.table.focus_row()

    def selected(self) -> ComplaintRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def new_complaint(self, customer: tuple[int, str] | None = None) -> ComplaintDialog:
        dialog = ComplaintDialog(
            complaints=self._complaints,
            customer_list=self._customer_list,
            changes=self._changes,
            customer=customer if isinstance(customer, tuple) else None,
            parent=self,
        )
        dialog.open()
        return dialog

    def start_selected(self) -> None:
        complaint = self.selected()
        if complaint is not None:
            self._act(lambda: self._complaints.start(complaint.id))

    def resolve_selected(self) -> ResolveDialog | None:
        complaint = self.selected()
        if complaint is None or not complaint.is_open:
            return None
        dialog = ResolveDialog(
            complaints=self._complaints, changes=self._changes, complaint=complaint, parent=self
        )
        dialog.open()
        return dialog

    def close_selected(self) -> None:
        complaint = self.selected()
        if complaint is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close complaint"),
            self.tr("Close this complaint without a fix (e.g. the customer withdrew it)?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda: self._complaints.close(complaint.id))

    def _act(self, action: Callable[[], object]) -> None:
        if not Operation(self, self._changes, Changes.COMPLAINTS).run(action):
            # refused (closed meanwhile on another computer, say): show it as it now is
            self.refresher.refresh_now()

    def _update_buttons(self) -> None:
        complaint = self.selected()
        is_open = complaint is not None and complaint.is_open
        self.start_button.setEnabled(complaint is not None and complaint.status == "open")
        self.resolve_button.setEnabled(is_open)
        self.close_button.setEnabled(is_open)
