"""The checking page's differences with customers already there (import_duplicates): each
with Keep / Replace, and "apply to all"; a row whose phones belong to two customers is shown,
never applied. Keyboard-usable: Tab reaches each row's choice, arrow keys change it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custdesk.services.spreadsheets.import_conflict_words import CHOICES, value_text
from custdesk.services.spreadsheets.import_duplicates import (
    Conflict,
    ConflictKind,
    Decision,
    Decisions,
)
from custdesk.services.spreadsheets.import_words import IMPORT, holder_text
from custdesk.ui.common.i18n import export_language
from custdesk.ui.models.record_table_model import Column, RecordTableModel, record_table

CHOICE_COLUMN = 6  # Keep / Replace


class ConflictChoices(QWidget):
    def __init__(self, field_labels: dict[str, str]) -> None:
        """``field_labels``: the columns page's word for each field."""
        super().__init__()
        self._field_labels = field_labels
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.model: RecordTableModel[Conflict] = RecordTableModel(
            [
                Column(lambda: self.tr("Row"), lambda c: str(c.row_number), align_right=True),
                Column(lambda: self.tr("Name"), lambda c: c.name),
                Column(lambda: self.tr("Customer"), self._holders),
                Column(lambda: self.tr("Field"), lambda c: field_labels.get(c.field, c.field)),
                Column(lambda: self.tr("Now"), lambda c: self._shown(c.field, c.held)),
                Column(lambda: self.tr("In the file"), lambda c: self._shown(c.field, c.offered)),
                Column(lambda: self.tr("Choice"), self._not_applied),
            ]
        )
        self.table = record_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.combos: dict[tuple[int, str], QComboBox] = {}
        self.all_choice = self._choice_combo()
        self.apply_all_button = QPushButton(self.tr("Apply to all"))
        self.apply_all_button.clicked.connect(self.apply_to_all)
        every = QHBoxLayout()
        every.addWidget(QLabel(self.tr("For every difference:")))
        every.addWidget(self.all_choice)
        every.addWidget(self.apply_all_button)
        every.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)
        layout.addLayout(every)
        self.setVisible(False)

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        """Each difference starting at Keep: nothing is replaced unless the clerk says so."""
        self.model.set_records(conflicts)
        self.combos = {}
        for row, conflict in enumerate(conflicts):
            if conflict.kind is ConflictKind.FIELD:
                combo = self._choice_combo()
                self.table.setIndexWidget(self.model.index(row, CHOICE_COLUMN), combo)
                self.combos[conflict.key] = combo
        self.label.setText(
            self.tr(
                "Differences with a customer on file or an earlier row of this file: {count}. "
                "Nothing is replaced unless you choose Replace; a name not kept goes into the "
                "notes."
            ).format(count=QLocale().toString(len(conflicts)))
        )
        self.setVisible(bool(conflicts))

    def apply_to_all(self) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(self.all_choice.currentIndex())

    def decisions(self) -> Decisions:
        """Each row's choice (Keep unless changed)."""
        return Decisions(
            each={key: Decision(combo.currentData()) for key, combo in self.combos.items()}
        )

    def _choice_combo(self) -> QComboBox:
        combo = QComboBox()
        for decision in Decision:
            combo.addItem(QCoreApplication.translate(IMPORT, CHOICES[decision]), str(decision))
        return combo

    @staticmethod
    def _shown(field: str, value: object) -> str:
        return value_text(field, value, export_language())

    @staticmethod
    def _holders(conflict: Conflict) -> str:
        holders = conflict.owners or (conflict.holder,)
        return ", ".join(holder_text(holder, export_language()) for holder in holders)

    def _not_applied(self, conflict: Conflict) -> str:
        if conflict.kind is ConflictKind.TWO_OWNERS:
            return self.tr("Not imported: merge or correct by hand")
        return ""
