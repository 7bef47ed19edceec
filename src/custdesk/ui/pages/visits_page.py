"""The visit log (回访记录) for the whole shop: newest first, by date range, kind and clerk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitFilter, VisitKind, VisitRecord, VisitService
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.spreadsheets.export_reports import ExportService
from custdesk.ui.common.background_job import BackgroundJob, start_export
from custdesk.ui.common.display import MUTED_STYLE, date_time, message_label
from custdesk.ui.common.i18n import export_language
from custdesk.ui.common.labels import VISIT_KINDS, label
from custdesk.ui.common.look_only import set_aside
from custdesk.ui.common.operations import ChangeNotifier, Changes
from custdesk.ui.common.refresh_on_change import RefreshOnChange
from custdesk.ui.common.save_places import ask_save_path
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from custdesk.ui.models.record_table_model import Column, RecordTableModel, record_table
from custdesk.ui.widgets.date_field import DateField, dates_read

MAX_ROWS = 5000  # a month of a busy shop; narrow the dates to see further back
DEFAULT_DAYS = 30


class VisitsPage(QWidget):
    open_customer = Signal(int)  # Enter or a double-click on a visit: its customer's file

    def __init__(
        self,
        *,
        visits: VisitService,
        follow_ups: FollowUpService,
        customer_list: CustomerListService,
        exports: ExportService,
        changes: ChangeNotifier,
    ) -> None:
        super().__init__()
        self._visits = visits
        self._follow_ups = follow_ups  # for the visit form: completing a planned call
        self._customer_list = customer_list
        self._exports = exports
        self._changes = changes
        today = shop_clock.today()
        self.since_edit = self._date_edit(today - dt.timedelta(days=DEFAULT_DAYS))
        self.until_edit = self._date_edit(today)
        self.dates_error = message_label()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for code in VisitKind:
            self.kind_combo.addItem(label(VISIT_KINDS, code), str(code))
        self.clerk_combo = QComboBox()
        self.log_button = QPushButton(self.tr("Log a visit or call…"))
        self.log_button.clicked.connect(self.log_visit)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.ask_export)
        for widget in (self.since_edit, self.until_edit):
            widget.edited.connect(self.reload)
        for combo in (self.kind_combo, self.clerk_combo):
            combo.currentIndexChanged.connect(self.reload)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.since_edit)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.until_edit)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.clerk_combo)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.log_button)

        self.model: RecordTableModel[VisitRecord] = RecordTableModel(self._columns())
        self.table = record_table(self.model, self.tr("No visits or calls in this period."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(  # double-click and Enter, one signal
            lambda index: self.open_customer.emit(self.model.record(index.row()).customer_id)
        )
        self.count_label = QLabel()
        self.count_label.setStyleSheet(MUTED_STYLE)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.dates_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._loaded = False
        # Each visit names its customer: a renamed or trashed customer changes the log too.
        shows = Changes.VISITS | Changes.CUSTOMERS
        self.refresher = RefreshOnChange(self, changes, shows, self.refresh)

    def _date_edit(self, day: dt.date) -> DateField:
        edit = DateField(required=True)
        edit.show_date(day)
        return edit

    def _columns(self) -> list[Column[VisitRecord]]:
        return [
            Column(lambda: self.tr("When"), lambda v: date_time(v.occurred_at)),
            Column(lambda: self.tr("Customer"), lambda v: v.customer_name),
            Column(lambda: self.tr("Kind"), lambda v: label(VISIT_KINDS, v.kind)),
            Column(lambda: self.tr("Purpose"), lambda v: v.purpose),
            Column(lambda: self.tr("Outcome"), lambda v: v.outcome),
            Column(
                lambda: self.tr("Satisfaction"),
                lambda v: "★" * v.satisfaction if v.satisfaction else "",
                warn=lambda v: v.satisfaction is not None and v.satisfaction <= 2,
            ),
            Column(lambda: self.tr("Served by"), lambda v: v.served_by),
            Column(lambda: self.tr("Notes"), lambda v: v.notes),
        ]

    def look_only(self) -> None:
        """In a backup's window: the log to read, nothing to log."""
        set_aside(self.log_button)

    def focus_list(self) -> None:
        """F6: into the log, the selected (or newest) visit selected."""
        self.table.focus_row()

    def current_filter(self) -> VisitFilter | None:
        """The log's filter; None when a date typed is no date (then told under the bar, and
        the list stays as it was)."""
        if not dates_read(self.dates_error, self.since_edit, self.until_edit):
            return None
        return VisitFilter(
            since=self.since_edit.date(),
            until=self.until_edit.date(),
            kind=self.kind_combo.currentData(),
            served_by=self.clerk_combo.currentData(),
        )

    def refresh(self) -> None:
        """After a change: the clerks who have served (one may be new) and the log."""
        self.reload_clerks()
        self.reload()

    def reload(self) -> None:
        where = self.current_filter()
        if where is None:
            return
        records = self._visits.visits(where, limit=MAX_ROWS)
        self.model.set_records(records)
        if not self._loaded:
            self.table.resizeColumnsToContents()
            self._loaded = True
        total = self._visits.count(where) if len(records) == MAX_ROWS else len(records)
        text = self.tr("Visits: {count}").format(count=QLocale().toString(total))
        if total > len(records):
            more = self.tr(" — showing the newest {shown}; narrow the dates to see older ones")
            text += more.format(shown=QLocale().toString(len(records)))
        self.count_label.setText(text)

    def ask_export(self) -> BackgroundJob | None:
        if self.current_filter() is None:
            return None
        path = ask_save_path(self, self.tr("visits.xlsx"))
        return self.export_to(path) if path else None

    def export_to(self, path: Path) -> BackgroundJob | None:
        """The log as its filter says: its dates, kind and clerk (None, nothing written, when
        a date is no date)."""
        where = self.current_filter()
        if where is None:
            return None
        builder = self._exports.builder(export_language())
        return start_export(
            self,
            lambda: [builder.visits(where.since, where.until, where.kind, where.served_by)],
            path,
        )

    def reload_clerks(self) -> None:
        current = self.clerk_combo.currentData()
        self.clerk_combo.blockSignals(True)
        self.clerk_combo.clear()
        self.clerk_combo.addItem(self.tr("All clerks"), None)
        for clerk in self._visits.clerks():
            self.clerk_combo.addItem(clerk, clerk)
        index = self.clerk_combo.findData(current)
        self.clerk_combo.setCurrentIndex(max(0, index))
        self.clerk_combo.blockSignals(False)

    def log_visit(self, customer: tuple[int, str] | None = None) -> VisitDialog:
        dialog = VisitDialog(
            visits=self._visits,
            follow_ups=self._follow_ups,
            customer_list=self._customer_list,
            customer=customer if isinstance(customer, tuple) else None,
            parent=self,
            changes=self._changes,
        )
        dialog.logged.connect(lambda _id: self._show_until_today())
        dialog.open()
        return dialog

    def _show_until_today(self) -> None:
        """A visit just logged is in the list, even if the dates shown ended before today."""
        until = self.until_edit.date()
        if until is not None and until < shop_clock.today():
            self.until_edit.show_date(shop_clock.today())
            self.reload()
