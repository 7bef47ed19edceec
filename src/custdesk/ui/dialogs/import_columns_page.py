"""The import wizard's second page, which column is which: a field per row, each matched from
the headers, and the question about the birthdays' order when the column cannot answer it.

Apart from import_wizard as a page of its own (the history import's is HistoryColumnsPage);
its words stay in ImportWizard's context of the catalogue, where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from custdesk.services.customers.date_reading import DateOrder
from custdesk.services.spreadsheets.customer_import import FIELDS, ImportService
from custdesk.services.spreadsheets.import_files import Table
from custdesk.services.spreadsheets.import_headers import names_customers
from custdesk.services.spreadsheets.import_words import FIELD_WORDS, IMPORT
from custdesk.ui.widgets.date_order_question import DateOrderQuestion


class ImportColumnsPage(QWizardPage):
    def __init__(self, imports: ImportService, table: Callable[[], Table | None]) -> None:
        """``table``: the file the first page read (None while there is none)."""
        super().__init__()
        self._imports = imports
        self._table = table
        self.setTitle(QCoreApplication.translate("ImportWizard", "Which column is which?"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard", "Matched from the headers; change any that is wrong."
            )
        )
        labels = self.field_labels = {  # the words the sheet of skipped rows uses too
            field: QCoreApplication.translate(IMPORT, word) for field, word in FIELD_WORDS.items()
        }
        self.mapping_combos: dict[str, QComboBox] = {}
        # Further columns the dictionary placed (a second phone, 会员卡号 for the notes): kept
        # as guessed, since the combos offer one column per field.
        self.further_columns: dict[str, int] = {}
        # Twenty fields do not fit a counter PC's screen: they scroll, each at its full height
        # (squeezed into the page they clipped the Chinese labels), and the question about the
        # birthdays' order, when there is one, stays above them in sight.
        fields = QWidget()
        form = QFormLayout(fields)
        for field in FIELDS:
            combo = QComboBox()
            self.mapping_combos[field] = combo
            form.addRow(labels.get(field, field), combo)
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        # Asked only when the birthdays could be day-month or month-day (5/3/1990).
        self.date_order_question = DateOrderQuestion(
            QCoreApplication.translate("ImportWizard", "Birthdays written")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.date_order_question)
        layout.addWidget(scroll, 1)
        self.mapping_combos["birthday"].currentIndexChanged.connect(self._ask_date_order)
        self.date_order_question.answered.connect(self.completeChanged.emit)

    def isComplete(self) -> bool:
        return bool(
            names_customers(self.mapping())
            and (not self.date_order_question.is_asked() or self.date_order() is not None)
        )

    def date_order(self) -> DateOrder | None:
        return self.date_order_question.order()

    def _ask_date_order(self) -> None:
        """Show the order question when the birthday column does not answer it itself."""
        example = None
        table = self._table()
        if table is not None:
            example = self._imports.ambiguous_date(table, self.mapping())
        self.date_order_question.ask(
            example,
            ""
            if example is None
            else QCoreApplication.translate(
                "ImportWizard", "Some birthdays, such as {example}, can be read either way."
            ).format(example=example),
        )
        self.completeChanged.emit()

    def fill_mapping(self) -> None:
        """The combos offer the columns of the table just read, each field at its guess."""
        table = self._table()
        assert table is not None
        guessed = self._imports.guess(table.headers)
        self.further_columns = {k: v for k, v in guessed.items() if k not in self.mapping_combos}
        for field, combo in self.mapping_combos.items():
            combo.blockSignals(True)  # one look at the birthdays below, not one per change
            combo.clear()
            combo.addItem(QCoreApplication.translate("ImportWizard", "(not imported)"), None)
            for index, header in enumerate(table.headers):
                combo.addItem(
                    header
                    or QCoreApplication.translate("ImportWizard", "column {n}").format(n=index + 1),
                    index,
                )
            if field in guessed:
                combo.setCurrentIndex(guessed[field] + 1)
            combo.blockSignals(False)
        self._ask_date_order()

    def mapping(self) -> dict[str, int]:
        chosen = {
            field: int(combo.currentData())
            for field, combo in self.mapping_combos.items()
            if combo.currentData() is not None
        }
        taken = set(chosen.values())  # a column the clerk moved to a field leaves its slot
        return chosen | {k: v for k, v in self.further_columns.items() if v not in taken}
