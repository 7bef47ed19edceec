"""File ▸ Export reports: pick the reports and the dates; one workbook, one sheet each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
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
from custdesk.ui.common.i18n import export_language


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
        today = QDate(shop_clock.today())
        self.since_edit = QDateEdit(QDate(today.year(), 1, 1))
        self.until_edit = QDateEdit(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Dates"), dates)
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
        path = ask_save_path(self, self.tr("custdesk-reports.xlsx"))
        if path:
            self.export_to(path)

    def export_to(self, path: Path) -> BackgroundJob | None:
        reports = self.chosen()
        if not reports:
            return None
        since = self.since_edit.date().toPython()
        until = self.until_edit.date().toPython()
        builder = self._exports.builder(export_language())
        self.job = start_export(
            self.parentWidget() or self,
            lambda: builder.sheets(reports, since, until),  # type: ignore[arg-type]
            path,
        )
        self.accept()
        return self.job
