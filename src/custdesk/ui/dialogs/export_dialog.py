"""File ▸ Export reports: pick the reports and the dates; one workbook, one sheet each.

Each report says beside it what the dates mean for it: they narrow most reports, but the
customer files are everyone's (the sheet ``custdesk import`` reads back whole), and the
follow-ups are those due by the last date, however late (ReportBuilder.sheets)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.periods import month_bounds
from custdesk.services.spreadsheets.export_reports import ExportService, Report
from custdesk.ui.common.background_job import BackgroundJob, start_export
from custdesk.ui.common.display import (
    hint_label,
    keep_wrapped_lines_whole,
    message_label,
    show_message,
)
from custdesk.ui.common.i18n import export_language
from custdesk.ui.common.save_places import ask_save_path, period_file_name
from custdesk.ui.widgets.date_field import DateField, dates_read

THIS_MONTH, LAST_MONTH, THIS_YEAR, CHOSEN = "this_month", "last_month", "this_year", "chosen"
SHOWN = "shown"  # the period the Reports page shows, when none of the dialog's own is it


@dataclass(frozen=True)
class ShownPeriod:
    """A period as the Reports page names and dates it: ("Last 12 months", first, last day)."""

    name: str
    since: dt.date
    until: dt.date


def period_dates(choice: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day a quick choice stands for, in the shop's calendar: a whole
    calendar month for this month and last month (the report of a month that is not over
    yet still names its last day), 1 January to today for this year."""
    if choice == THIS_MONTH:
        return month_bounds(today)
    if choice == LAST_MONTH:
        return month_bounds(today, 1)
    return today.replace(month=1, day=1), today


class ExportDialog(QDialog):
    def __init__(
        self,
        *,
        exports: ExportService,
        shown: ShownPeriod | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``shown``: the period the Reports page shows, which the dialog opens on (a trial
        exported "This year" while the page showed the last 12 months); else this year."""
        super().__init__(parent)
        self._exports = exports
        self._shown = shown
        self.job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Export reports to Excel"))
        self.setMinimumWidth(420)
        self.period_combo = QComboBox()
        for text, key in (
            (self.tr("This month"), THIS_MONTH),
            (self.tr("Last month"), LAST_MONTH),
            (self.tr("This year"), THIS_YEAR),
            (self.tr("Chosen dates"), CHOSEN),
        ):
            self.period_combo.addItem(text, key)
        self.since_edit = DateField(required=True)
        self.until_edit = DateField(required=True)
        for edit in (self.since_edit, self.until_edit):
            edit.edited.connect(self._dates_typed)
        self.dates_error = message_label()
        names = {
            Report.CUSTOMERS: self.tr("Customer files"),
            Report.VISITS: self.tr("Visit log"),
            Report.FOLLOWUPS: self.tr("Follow-ups due"),
            Report.COMPLAINTS: self.tr("Complaints with time to resolve"),
            Report.REFERRALS: self.tr("Referral leaderboard and chains"),
            Report.SUMMARY: self.tr("Monthly summary"),
        }
        self.checks = {report: QCheckBox(text) for report, text in names.items()}
        for check in self.checks.values():
            check.setChecked(True)
        self.date_notes = {
            Report.CUSTOMERS: hint_label(self.tr("Every customer, whatever the dates")),
            Report.VISITS: hint_label(self.tr("Visits on these dates")),
            Report.FOLLOWUPS: hint_label(
                self.tr("Not yet done and due by the last date, late ones too")
            ),
            Report.COMPLAINTS: hint_label(self.tr("Complaints received on these dates")),
            Report.REFERRALS: hint_label(self.tr("Customers referred on these dates")),
            Report.SUMMARY: hint_label(self.tr("A row for each month, counting these dates")),
        }

        dates = QHBoxLayout()
        dates.addWidget(self.period_combo)
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        # One grid, not a form holding a grid: QFormLayout gives a nested layout the height of
        # one line a row whatever its wrapped labels need, which cut the descriptions through.
        form = QGridLayout()
        form.setColumnStretch(2, 1)
        form.addWidget(QLabel(self.tr("Dates")), 0, 0)
        form.addLayout(dates, 0, 1, 1, 2)
        form.addWidget(self.dates_error, 1, 1, 1, 2)
        top = Qt.AlignmentFlag.AlignTop
        form.addWidget(QLabel(self.tr("Reports")), 2, 0, top)
        for row, report in enumerate(self.checks, start=2):
            form.addWidget(self.checks[report], row, 1, top)
            form.addWidget(self.date_notes[report], row, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.ask_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        keep_wrapped_lines_whole(self)

        # The Reports page's period (its own name for it first when the dialog has none such),
        # else the year so far; a month is one key away.
        self.period_combo.setCurrentIndex(self._opening_choice())
        self._period_chosen()
        self.period_combo.currentIndexChanged.connect(self._period_chosen)

    def chosen(self) -> list[Report]:
        return [report for report, check in self.checks.items() if check.isChecked()]

    def _opening_choice(self) -> int:
        """The index of the choice the dialog opens on (``shown`` added first if needed)."""
        shown = self._shown
        if shown is None:
            return self.period_combo.findData(THIS_YEAR)
        today = shop_clock.today()
        for index in range(self.period_combo.count()):
            key = self.period_combo.itemData(index)
            if self.period_combo.itemText(index) != shown.name:
                continue
            if key == CHOSEN:  # dates typed on the page: the same dates, typed here
                self.since_edit.show_date(shown.since)
                self.until_edit.show_date(shown.until)
                return index
            if period_dates(key, today) == (shown.since, shown.until):
                return index
        self.period_combo.insertItem(0, shown.name, SHOWN)
        return 0

    def _period_chosen(self) -> None:
        choice = self.period_combo.currentData()
        if choice == CHOSEN:
            return
        if choice == SHOWN and self._shown is not None:
            since, until = self._shown.since, self._shown.until
        else:
            since, until = period_dates(choice, shop_clock.today())
        self.since_edit.show_date(since)
        self.until_edit.show_date(until)
        show_message(self.dates_error, "")

    def _dates_typed(self) -> None:
        """A date typed is no longer the month chosen: the choice says so, and keeps the dates."""
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(CHOSEN))
        self.period_combo.blockSignals(False)

    def ask_file(self) -> None:
        if not self._dates_read():
            return
        since, until = self.since_edit.date(), self.until_edit.date()
        assert since is not None  # _dates_read said both are dates
        assert until is not None
        stem = self.tr("custdesk-reports")
        path = ask_save_path(self, period_file_name(stem, since, until))
        if path:
            self.export_to(path)

    def export_to(self, path: Path) -> BackgroundJob | None:
        """None, with nothing written, when no report is chosen or a date is no date."""
        reports = self.chosen()
        since, until = self.since_edit.date(), self.until_edit.date()
        if not reports or not self._dates_read() or since is None or until is None:
            return None
        builder = self._exports.builder(export_language())
        self.job = start_export(
            self.parentWidget() or self,
            lambda: builder.sheets(reports, since, until),
            path,
        )
        self.accept()
        return self.job

    def _dates_read(self) -> bool:
        """Whether both dates read as dates; else the first that does not is told and focused."""
        return dates_read(self.dates_error, self.since_edit, self.until_edit, focus=True)
