"""What an import did, when the wizard closes: the counts, the rows worth a look, and the skipped
rows one click away as an Excel workbook."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from custdesk.services.spreadsheets.customer_import import ImportReport, RowResult
from custdesk.services.spreadsheets.excel_export import Sheet
from custdesk.services.spreadsheets.import_conflict_words import conflict_sentence
from custdesk.services.spreadsheets.import_duplicates import ConflictKind
from custdesk.services.spreadsheets.import_files import Table
from custdesk.services.spreadsheets.import_words import row_messages, skipped_rows_sheet
from custdesk.ui.common.background_job import start_export
from custdesk.ui.common.i18n import export_language
from custdesk.ui.common.save_places import ask_save_path

ROWS_NAMED = 10  # row numbers a sentence names before "…"


def rows_said(one: str, many: str, rows: Sequence[int]) -> str:
    """``one`` for a single row, else ``many`` ("rows 17" for one read wrong; the Chinese has
    one form), {count} the rows and {rows} the first ROWS_NAMED of their numbers."""
    shown = [QLocale().toString(row) for row in rows[:ROWS_NAMED]]
    return (one if len(rows) == 1 else many).format(
        count=QLocale().toString(len(rows)),
        rows=", ".join(shown) + ("…" if len(rows) > len(shown) else ""),
    )


class ImportReportBox(QMessageBox):
    def __init__(
        self, parent: QWidget, report: ImportReport, table: Table, rows: Sequence[RowResult]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.setIcon(QMessageBox.Icon.Information)
        self.setText(
            self.tr(
                "New customers: {imported}. Updated: {updated}. Already up to date: {unchanged}. "
                "Rows skipped: {skipped}."
            ).format(
                imported=QLocale().toString(report.imported),
                updated=QLocale().toString(report.updated),
                unchanged=QLocale().toString(report.unchanged),
                skipped=QLocale().toString(len(report.skipped)),
            )
        )
        if report.folded:  # rows that went into a customer an earlier row of the file made
            self.setText(
                self.text()
                + " "
                + self.tr("Merged into an earlier row with the same phone: {merged}.").format(
                    merged=QLocale().toString(len(report.folded))
                )
            )
        if report.cleaned:  # imported all the same; the clerk may want to look at them
            self.setInformativeText(
                rows_said(
                    self.tr(
                        "Invisible characters that cannot be saved were removed from imported "
                        "rows: {count} (row {rows})."
                    ),
                    self.tr(
                        "Invisible characters that cannot be saved were removed from imported "
                        "rows: {count} (rows {rows})."
                    ),
                    [row for row, _removed in report.cleaned],
                )
            )
        if report.noted:  # imported; a cell no habit covers went to the notes
            noted = rows_said(
                self.tr(
                    "Imported with a note: {count} (row {rows}). A value that could not be read "
                    "was kept in the customer's notes."
                ),
                self.tr(
                    "Imported with a note: {count} (rows {rows}). A value that could not be read "
                    "was kept in the customer's notes."
                ),
                [row for row, _fields in report.noted],
            )
            before = self.informativeText()
            self.setInformativeText(f"{before}\n\n{noted}" if before else noted)
        sentences = [message.sentence for message in row_messages(rows, export_language(), report)]
        sentences += [  # each difference decided (a row of two customers' phones is above)
            conflict_sentence(conflict, export_language())
            for conflict in report.conflicts
            if conflict.kind is ConflictKind.FIELD
        ]
        if sentences:  # each row skipped or worth a look, in the sentence the sheet uses too
            self.setDetailedText("\n".join(sentences))
        if report.skipped:
            save = self.addButton(self.tr("Save skipped rows…"), QMessageBox.ButtonRole.ActionRole)
            save.clicked.connect(
                lambda: self._save_skipped(
                    skipped_rows_sheet(table, rows, report, export_language())
                )
            )
        ok = self.addButton(QMessageBox.StandardButton.Ok)
        self.setEscapeButton(ok)  # Esc closes it, as any message box

    def _save_skipped(self, sheet: Sheet) -> None:
        owner = self.parentWidget() or self
        path = ask_save_path(owner, self.tr("rows-not-imported.xlsx"))
        if path is not None:
            start_export(owner, lambda: [sheet], path)
