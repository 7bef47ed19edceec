"""Moving in from an old spreadsheet: file and sheet → columns → check rows → import.

Nothing is written until the last step; then every good row goes in one transaction, in the
background, and Cancel leaves the customer files exactly as they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from custdesk.errors import CustDeskError
from custdesk.services.customers.date_reading import DateOrder
from custdesk.services.spreadsheets.customer_import import (
    ImportReport,
    ImportService,
    OnDuplicate,
    RowResult,
)
from custdesk.services.spreadsheets.history_import import HistoryImportService
from custdesk.services.spreadsheets.import_files import MAX_ROWS, Table
from custdesk.services.spreadsheets.import_words import row_messages
from custdesk.ui.common.background_job import BackgroundJob
from custdesk.ui.common.display import ERROR_STYLE, MUTED_STYLE
from custdesk.ui.common.i18n import export_language
from custdesk.ui.common.messages import file_problem_text
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.screen_size import available_area, client_size
from custdesk.ui.dialogs.history_import_pages import HistoryPages
from custdesk.ui.dialogs.import_columns_page import ImportColumnsPage
from custdesk.ui.dialogs.import_conflicts import ConflictChoices
from custdesk.ui.dialogs.import_report_box import ImportReportBox
from custdesk.ui.widgets.row_messages_view import row_messages_view, whole_sentence

PREFERRED_SIZE = QSize(1120, 700)


class ImportWizard(QWizard):
    imported = Signal()
    loaded = Signal()  # the file has been read, or refused with the reason shown

    def __init__(
        self,
        *,
        imports: ImportService,
        changes: ChangeNotifier,
        history: HistoryImportService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._imports = imports
        self._changes = changes
        self.table: Table | None = None
        self.results: list[RowResult] = []
        self.report: ImportReport | None = None
        self.job: BackgroundJob | None = None
        self.read_job: BackgroundJob | None = None  # the file being read (load)
        self._reads = 0  # loads asked for; only the latest one's table is shown
        self.setWindowTitle(self.tr("Import customers"))
        self.setMinimumSize(760, 520)
        # Opened as large as the screen allows up to this: at 760 px wide the checking page cut
        # its sentences and the conflicts' choices (1366x768); a 1024x600 counter PC keeps 760.
        self.resize(PREFERRED_SIZE.boundedTo(client_size(available_area(self))))
        self.file_page = self._file_page()
        self.columns_page = ImportColumnsPage(imports, lambda: self.table)
        self.date_order_question = self.columns_page.date_order_question  # asked there
        self.check_page = self._check_page()
        for page in (self.file_page, self.columns_page, self.check_page):
            self.addPage(page)
        # Purchase and visit history: a choice on the first page, then pages of their own.
        self.history_pages = (
            None if history is None else HistoryPages(self, history, changes, lambda: self.table)
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    # -- 1. file and sheet ------------------------------------------------------------------
    def _file_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Which file?"))
        page.setSubTitle(
            self.tr(
                "A workbook (.xlsx, .xls, .xlsb, .ods, WPS .et), a CSV or text file, or "
                "contacts (.vcf)."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Type or paste the file's path, or choose it"))
        # A path typed or pasted (from the file manager's address bar) is read on Enter or Tab.
        self.path_edit.editingFinished.connect(self._path_typed)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(lambda _i: self.load(self.sheet_combo.currentText()))
        # Found when the file is read; the clerk types another row number (as the sheet shows
        # it) when the one found is not the header. 0: the sheet has no header row.
        self.header_spin = QSpinBox()
        self.header_spin.setRange(0, MAX_ROWS + 1)
        self.header_spin.setSpecialValueText(self.tr("no header row"))
        self.header_spin.setToolTip(
            self.tr("The row holding the column names, numbered as in the spreadsheet.")
        )
        self.header_spin.setEnabled(False)
        self.header_spin.editingFinished.connect(self._header_row_typed)
        self.file_error = QLabel()
        self.file_error.setStyleSheet(ERROR_STYLE)
        self.file_error.setWordWrap(True)
        self.file_summary = QLabel()
        self.file_summary.setWordWrap(True)  # a sheet of 40 columns names them all
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(page)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Sheet"), self.sheet_combo)
        form.addRow(self.tr("Header row"), self.header_spin)
        form.addRow("", self.file_summary)
        form.addRow("", self.file_error)
        page.isComplete = lambda: self.table is not None and bool(self.table.rows)  # type: ignore[method-assign]
        return page

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import customers"), str(Path.home()),
            self.tr("Spreadsheets and contacts (*.xlsx *.xls *.xlsb *.ods *.et *.csv *.txt *.vcf)"),
        )  # fmt: skip
        if path:
            self.open_file(Path(path))

    def _path_typed(self) -> None:
        typed = self.path_edit.text().strip().strip('"')
        if typed and (self.table is None or self.path_edit.isModified()):
            self.path_edit.setModified(False)
            self.open_file(Path(typed))

    def open_file(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.load(None)

    def _header_row_typed(self) -> None:
        if self.table is not None and self.header_spin.value() != self.table.header_row_number:
            self.load(self.table.sheet, self.header_spin.value())

    def load(self, sheet: str | None, header_row: int | None = None) -> BackgroundJob:
        """Reads the file again, in a worker thread (a 100,000-row sheet takes seconds): sheet
        ``sheet`` (None: the first), with its header in row ``header_row`` (None: found).
        ``loaded`` says when the table, or why there is none, is shown."""
        path = Path(self.path_edit.text())
        self._reads += 1
        read_number = self._reads
        self.table = None
        self.file_error.clear()
        self.file_summary.setText(self.tr("Reading {name}…").format(name=path.name))
        self.header_spin.setEnabled(False)
        self.file_page.completeChanged.emit()
        operation: Operation[Table] = Operation(
            self,
            None,
            done=lambda table: self._show_table(read_number, table),
            refused=lambda exc: self._refused_file(read_number, exc),
            inline=(CustDeskError,),
        )
        self.read_job = operation.run_in_background(
            lambda _progress: self._imports.read(path, sheet, header_row),
            self.tr("Import customers"),
            self.tr("Reading {name}").format(name=path.name),
        )
        return self.read_job

    def _refused_file(self, read_number: int, exc: CustDeskError) -> None:
        if read_number != self._reads:
            return  # a later read (another sheet, another header row) replaces this one
        self.file_error.setText(file_problem_text(exc))
        self.file_summary.clear()
        self.file_page.completeChanged.emit()
        self.loaded.emit()

    def _show_table(self, read_number: int, table: Table) -> None:
        if read_number != self._reads:
            return
        self.table = table
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(table.header_row_number)
        self.header_spin.setEnabled(True)
        self.header_spin.blockSignals(False)
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(table.sheets)
        self.sheet_combo.setCurrentText(table.sheet)
        self.sheet_combo.blockSignals(False)
        self.file_summary.setText(
            self.tr("Rows: {rows}. Columns: {columns}").format(
                rows=QLocale().toString(len(table.rows)),
                columns=self.tr(", ").join(h for h in table.headers if h),
            )
        )
        self.columns_page.fill_mapping()
        self.file_page.completeChanged.emit()
        if self.currentPage() is self.file_page:  # Enter now goes on, not back to Choose…
            self.button(QWizard.WizardButton.NextButton).setFocus()
        self.loaded.emit()

    # -- 2. columns: ImportColumnsPage ------------------------------------------------------
    def mapping(self) -> dict[str, int]:
        return self.columns_page.mapping()

    def date_order(self) -> DateOrder | None:
        return self.columns_page.date_order()

    # -- 3. check and import ----------------------------------------------------------------
    def _check_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Check the rows"))
        page.setSubTitle(
            self.tr(
                "Every row with a name or a phone is imported. Cells that could not be read are "
                "kept in the customer's notes; the rows below are worth a look."
            )
        )
        self.summary_label = QLabel()
        self.problems, self.problem_table = row_messages_view()
        self.problem_sentence = whole_sentence(self.problems, self.problem_table)
        self.duplicates = QButtonGroup(page)
        choices = QHBoxLayout()
        for policy, text in (
            (OnDuplicate.SKIP, self.tr("Skip the row")),
            (OnDuplicate.UPDATE, self.tr("Update that customer")),
            (OnDuplicate.NEW, self.tr("Import as a new customer")),
        ):
            button = QRadioButton(text)
            button.setProperty("policy", str(policy))
            self.duplicates.addButton(button)
            choices.addWidget(button)
        self.duplicates.buttons()[0].setChecked(True)
        self.duplicates.buttonToggled.connect(lambda _b, on: on and self.show_conflicts())
        hint = QLabel(self.tr("When a phone number is already on file:"))
        hint.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_table, 1)
        layout.addWidget(self.problem_sentence)
        layout.addWidget(hint)
        layout.addLayout(choices)
        self.conflict_view = ConflictChoices(self.columns_page.field_labels)
        layout.addWidget(self.conflict_view, 1)
        page.initializePage = self.check_rows  # type: ignore[method-assign]
        page.validatePage = self.start_import  # type: ignore[method-assign]
        return page

    def show_conflicts(self) -> None:
        """Under the chosen policy: the differences, each starting at Keep, and the rows the
        import will skip, counted and listed as it will then skip them (a phone on file too)."""
        if self.table is None:
            return
        plan = self._imports.plan(self.results, self.policy(), export_language())
        self.conflict_view.show_conflicts(plan.conflicts)
        skips = [(row, reason) for row, reason in plan.skipped]
        self.problems.set_records(
            row_messages(self.results, export_language(), None, skips, plan.folded, plan.shared)
        )
        skipped = len({row for row, _reason in skips})
        count = QLocale().toString
        summary = self.tr("Ready to import: {good}. To be skipped: {skipped}.")
        if plan.updates:  # rows that meet customers on file: say what becomes of them
            summary = self.tr(
                "Ready to import: {good} (new customers: {new}; customers to update: {updated}; "
                "already up to date: {unchanged}). To be skipped: {skipped}."
            )
        updated = sum(target.changes_file for target in plan.updates.values())
        self.summary_label.setText(
            summary.format(
                good=count(len(self.results) - skipped),
                skipped=count(skipped),
                new=count(len(plan.new)),
                updated=count(updated),
                unchanged=count(len(plan.updates) - updated),
            )
        )

    def check_rows(self) -> None:
        assert self.table is not None
        self.results = self._imports.check(self.table, self.mapping(), self.date_order())
        self.show_conflicts()

    def policy(self) -> OnDuplicate:
        checked = self.duplicates.checkedButton()
        return OnDuplicate(str(checked.property("policy")))

    def start_import(self) -> bool:
        """Runs the import in the background; the wizard closes when it is done."""
        if self.report is not None:
            return True  # imported: QWizard asks again as it closes
        if self.job is not None:
            return False
        rows, policy, decisions = self.results, self.policy(), self.conflict_view.decisions()
        language = export_language()  # of the words the import adds to notes
        operation = Operation(
            self,
            self._changes,
            Changes.CUSTOMERS | Changes.BACKUPS,  # a backup is made before the first row
            done=self._imported,
        )
        self.job = operation.run_in_background(
            lambda progress: self._imports.run(
                rows, policy, progress, decisions=decisions, language=language
            ),
            self.tr("Import customers"),
            self.tr("Importing"),
            cancellable=True,  # a cancelled import rolls back: no row is left
        )
        self.job.finished.connect(self._job_over)
        return False  # stay open until the job reports

    def nextId(self) -> int:
        in_order = super().nextId()
        pages = self.history_pages
        return in_order if pages is None else pages.next_id(self.currentId(), in_order)

    def reject(self) -> None:
        """Closing while importing cancels the import (it rolls back) and waits for it; a file
        being read is read to its end (reading writes nothing), its table dropped."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        if self.read_job is not None:
            self._reads += 1  # whatever comes is no longer shown
            self.read_job.wait()
        if self.history_pages is not None:
            self.history_pages.cancel()
        super().reject()

    def _job_over(self, _completed: bool) -> None:
        self.job = None  # failed or cancelled: Import may be pressed again

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.imported.emit()
        self.accept()
        self.show_report()

    def show_report(self) -> QMessageBox | None:
        """What happened, with the skipped rows one click away as an Excel file."""
        if self.report is None or self.table is None:
            return None
        box = ImportReportBox(self.parentWidget() or self, self.report, self.table, self.results)
        box.open()
        self.report_box = box
        return box
