"""The import wizard's pages for purchase and visit history (services: history_import): which
column is which and what the rows are, then the checking page, then the import.

Reached from the wizard's first page ("Purchase and visit history"); the file is the one read
there. Nothing is written until Import; then every good row goes in one transaction, in the
background, and Cancel leaves every customer's file as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from custdesk.services.customers.date_reading import DateOrder
from custdesk.services.spreadsheets.history_import import (
    HISTORY_FIELDS,
    HistoryImportService,
    HistoryKind,
    HistoryReport,
    HistoryRow,
    can_match,
    guess_kind,
)
from custdesk.services.spreadsheets.history_words import COLUMN_WORDS, history_messages
from custdesk.services.spreadsheets.import_files import Table
from custdesk.services.spreadsheets.import_words import IMPORT
from custdesk.ui.common.background_job import BackgroundJob
from custdesk.ui.common.i18n import export_language
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.widgets.date_order_question import DateOrderQuestion
from custdesk.ui.widgets.row_messages_view import row_messages_view, whole_sentence


class HistoryColumnsPage(QWizardPage):
    """What the rows are (purchases or visits) and which column is which."""

    def __init__(self, history: HistoryImportService, table: Callable[[], Table | None]) -> None:
        super().__init__()
        self._history = history
        self._table = table  # the file the first page read
        self.setTitle(self.tr("Which column is which?"))
        self.setSubTitle(
            self.tr(
                "Each row is matched to a customer on file by its phone, or by its name when "
                "only one customer has it."
            )
        )
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Purchases"), str(HistoryKind.PURCHASES))
        self.kind_combo.addItem(self.tr("Visits"), str(HistoryKind.VISITS))
        form = QFormLayout(self)
        form.addRow(self.tr("The rows are"), self.kind_combo)
        self.mapping_combos: dict[str, QComboBox] = {}
        for key in HISTORY_FIELDS:
            combo = QComboBox()
            self.mapping_combos[key] = combo
            form.addRow(QCoreApplication.translate(IMPORT, COLUMN_WORDS[key]), combo)
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        # Asked only when the dates could be day-month or month-day (5/3/2026).
        self.date_order_question = DateOrderQuestion(self.tr("Dates written"))
        form.addRow(self.date_order_question)
        self.mapping_combos["date"].currentIndexChanged.connect(self._ask_date_order)
        self.date_order_question.answered.connect(self.completeChanged.emit)

    def initializePage(self) -> None:
        table = self._table()
        assert table is not None
        guessed = self._history.guess(table.headers)
        for key, combo in self.mapping_combos.items():
            combo.blockSignals(True)  # one look at the dates below, not one per change
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("column {n}").format(n=index + 1), index)
            if key in guessed:
                combo.setCurrentIndex(guessed[key] + 1)
            combo.blockSignals(False)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(guess_kind(guessed))))
        self._ask_date_order()

    def isComplete(self) -> bool:
        asked = self.date_order_question.is_asked()
        return can_match(self.mapping()) and (not asked or self.date_order() is not None)

    def mapping(self) -> dict[str, int]:
        return {
            key: int(combo.currentData())
            for key, combo in self.mapping_combos.items()
            if combo.currentData() is not None
        }

    def kind(self) -> HistoryKind:
        return HistoryKind(self.kind_combo.currentData())

    def date_order(self) -> DateOrder | None:
        return self.date_order_question.order()

    def _ask_date_order(self) -> None:
        """Show the order question when the date column does not answer it itself."""
        table = self._table()
        example = None
        if table is not None:
            example = self._history.ambiguous_date(table, self.mapping())
        self.date_order_question.ask(
            example,
            ""
            if example is None
            else self.tr("Some dates, such as {example}, can be read either way.").format(
                example=example
            ),
        )
        self.completeChanged.emit()


class HistoryCheckPage(QWizardPage):
    """Every row that will be left out, with why; Import adds the others."""

    imported = Signal(object)  # the HistoryReport

    def __init__(
        self,
        history: HistoryImportService,
        changes: ChangeNotifier,
        columns: HistoryColumnsPage,
        table: Callable[[], Table | None],
    ) -> None:
        super().__init__()
        self._history, self._changes = history, changes
        self._columns, self._table = columns, table
        self.rows: list[HistoryRow] = []
        self.report: HistoryReport | None = None
        self.job: BackgroundJob | None = None
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "Rows that name no one customer, or that could not be read, are left out and "
                "listed below; nothing is guessed."
            )
        )
        self.summary_label = QLabel()
        self.problems, self.problem_table = row_messages_view()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_table, 1)
        layout.addWidget(whole_sentence(self.problems, self.problem_table))

    def initializePage(self) -> None:
        table = self._table()
        assert table is not None
        columns = self._columns
        self.rows = self._history.check(
            table, columns.mapping(), columns.kind(), columns.date_order()
        )
        self.problems.set_records(history_messages(self.rows, export_language()))
        ready = sum(1 for row in self.rows if row.ready)
        self.summary_label.setText(
            self.tr("Ready to add: {good}. To be left out: {skipped}.").format(
                good=QLocale().toString(ready),
                skipped=QLocale().toString(len(self.rows) - ready),
            )
        )

    def validatePage(self) -> bool:
        """Runs the import in the background; the wizard closes when it is done."""
        if self.report is not None:
            return True  # imported: QWizard asks again as it closes
        if self.job is not None:
            return False
        rows, kind = self.rows, self._columns.kind()
        operation = Operation(
            self,
            self._changes,
            Changes.CUSTOMERS | Changes.VISITS | Changes.BACKUPS,  # a backup is made first
            done=self._imported,
        )
        self.job = operation.run_in_background(
            lambda progress: self._history.run(rows, kind, progress),
            self.tr("Import history"),
            self.tr("Importing"),
            cancellable=True,  # a cancelled import rolls back: no row is left
        )
        self.job.finished.connect(self._job_over)
        return False  # stay open until the job reports

    def _job_over(self, _completed: bool) -> None:
        self.job = None  # failed or cancelled: Import may be pressed again

    def _imported(self, report: HistoryReport) -> None:
        self.report = report
        self.imported.emit(report)

    def report_box(self, parent: QWidget | None = None) -> QMessageBox:
        """What the import did, with each row left out one click away."""
        assert self.report is not None
        report = self.report
        said = {
            HistoryKind.PURCHASES: self.tr(
                "Purchases added: {imported}, for customers: {customers}. Rows left out: {skipped}."
            ),
            HistoryKind.VISITS: self.tr(
                "Visits added: {imported}, for customers: {customers}. Rows left out: {skipped}."
            ),
        }[report.kind]
        box = QMessageBox(parent or self)
        box.setWindowTitle(self.tr("Import finished"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            said.format(
                imported=QLocale().toString(report.imported),
                customers=QLocale().toString(report.customers),
                skipped=QLocale().toString(len(report.skipped)),
            )
        )
        messages = history_messages(self.rows, export_language())
        if messages:
            box.setDetailedText("\n".join(message.sentence for message in messages))
        box.addButton(QMessageBox.StandardButton.Ok)
        return box


class HistoryPages(QObject):
    """The history pages inside the import wizard: the first page's choice between a customer
    list and a history, the two pages after it, and the end of the import."""

    def __init__(
        self,
        wizard: QWizard,
        history: HistoryImportService,
        changes: ChangeNotifier,
        table: Callable[[], Table | None],
    ) -> None:
        """``table``: the file the wizard's first page read (None before one is read)."""
        super().__init__(wizard)
        self._wizard = wizard
        self.customers_choice = QRadioButton(self.tr("Customers"))
        self.history_choice = QRadioButton(self.tr("Purchase and visit history"))
        self.customers_choice.setChecked(True)
        self.choice = QButtonGroup(self)
        row = QHBoxLayout()
        for button in (self.customers_choice, self.history_choice):
            self.choice.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        file_form = wizard.page(wizard.startId()).layout()
        assert isinstance(file_form, QFormLayout)
        file_form.insertRow(0, self.tr("The file holds"), row)

        self.columns_page = HistoryColumnsPage(history, table)
        self.check_page = HistoryCheckPage(history, changes, self.columns_page, table)
        self.columns_id = wizard.addPage(self.columns_page)
        self.check_id = wizard.addPage(self.check_page)
        self.check_page.imported.connect(self._imported)
        self.box: QMessageBox | None = None

    def next_id(self, current: int, in_order: int) -> int:
        """The page after ``current``: the history pages when the file holds history, and no
        page after the customer pages (``in_order`` is QWizard's own next page)."""
        if current == self._wizard.startId() and self.history_choice.isChecked():
            return self.columns_id
        if current == self.columns_id:
            return self.check_id
        if current == self.check_id or in_order == self.columns_id:
            return -1
        return in_order

    def cancel(self) -> None:
        """Closing while importing cancels the import (it rolls back) and waits for it."""
        job = self.check_page.job
        if job is not None:
            job.cancel()
            job.wait()

    def _imported(self, _report: HistoryReport) -> None:
        parent = self._wizard.parentWidget()
        self._wizard.accept()
        self.box = self.check_page.report_box(parent)
        self.box.open()
