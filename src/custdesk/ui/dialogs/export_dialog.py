"""File ▸ Export reports: pick the reports and the dates; one workbook, one sheet each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.services.spreadsheets.export_reports import ExportService, Report
from custdesk.ui.common.background_job import BackgroundJob, ask_save_path, start_export
from custdesk.ui.common.display import message_label, show_message
from custdesk.ui.common.i18n import export_language
from custdesk.ui.common.messages import field_problem_text
from custdesk.ui.widgets.date_field import DateField


class ExportDialog(QDialog):
    def __init__(self, *, exports: ExportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exports = exports
        self.job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Export reports to Excel"))
        self.setMinimumWidth(420)
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
        today = shop_clock.today()
        self.since_edit = DateField(required=True)
        self.since_edit.show_date(today.replace(month=1, day=1))
        self.until_edit = DateField(required=True)
        self.until_edit.show_date(today)
        self.dates_error = message_label()
        dates = QHBoxLayout()
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Dates"), dates)
        form.addRow("", self.dates_error)
        boxes = QVBoxLayout()
        for check in self.checks.values():
            boxes.addWidget(check)
        form.addRow(self.tr("Reports"), boxes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.ask_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[Report]:
        return [report for report, check in self.checks.items() if check.isChecked()]

    def ask_file(self) -> None:
        if not self._dates_read():
            return
        path = ask_save_path(self, self.tr("custdesk-reports.xlsx"))
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
        for field in (self.since_edit, self.until_edit):
            problem = field.problem()
            if problem is not None:
                show_message(self.dates_error, field_problem_text(problem))
                field.setFocus()
                return False
        show_message(self.dates_error, "")
        return True
