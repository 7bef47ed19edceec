"""One block of the Today page: a title with its count, the lines, and their action buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from custdesk.ui.common.display import MUTED_STYLE
from custdesk.ui.models.record_table_model import Column, RecordTableModel, record_table

Record = TypeVar("Record")
RESIZE_PRECISION_ROWS = 50


class AgendaSection(QWidget, Generic[Record]):
    activated = Signal()  # double-click or Enter: the section's main action
    counted = Signal(int)  # how many lines, each time they are shown

    def __init__(
        self,
        title: Callable[[int], str],
        empty_text: str,
        columns: Sequence[Column[Record]],
        stretch_column: int = 0,
    ) -> None:
        super().__init__()
        self._title = title
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.model: RecordTableModel[Record] = RecordTableModel(columns)
        self.table = record_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from the first rows only: measuring 2,000 agenda lines would take 100s of ms.
        header.setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        # The view's activated is both the double-click and Enter: listening to doubleClicked
        # as well ran the action twice per double-click (two Done dialogs, the second failing).
        self.table.activated.connect(lambda _index: self.activated.emit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setStyleSheet(MUTED_STYLE)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)
        self.action_buttons: list[QPushButton] = []
        self._applies: dict[QPushButton, Callable[[Record], bool]] = {}
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.title_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(self.button_row)
        layout.addWidget(self.body, 1)

    def add_button(
        self,
        text: str,
        action: Callable[[], None],
        applies: Callable[[Record], bool] | None = None,
    ) -> QPushButton:
        """A button acting on the selected line; enabled only while one is selected, and one
        it ``applies`` to (a snooze to a follow-up, not to a birthday) when that is given."""
        button = QPushButton(text)
        # Enter presses a focused button, as Space does: outside a dialog Qt leaves it to
        # Space alone, and a clerk tabbing to "Log greeting…" pressed Enter to no effect.
        button.setAutoDefault(True)
        button.clicked.connect(action)
        button.setEnabled(False)
        self.button_row.addWidget(button)
        self.action_buttons.append(button)
        if applies is not None:
            self._applies[button] = applies
        return button

    def set_records(self, records: Sequence[Record]) -> None:
        """Show ``records``, keeping the clerk's place: the line selected before stays selected
        when it is still there; when it has gone (done, snoozed), the line now in its place,
        so the clerk works down the list; scrolled where it was."""
        before = self.selected()
        rows = self.table.selectionModel().selectedRows()
        row_before = rows[0].row() if rows else 0
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_records(records)
        self.title_label.setText(self._title(len(records)))
        self.counted.emit(len(records))
        self.body.setCurrentWidget(self.table if records else self.empty_label)
        if records:
            kept = list(records)
            row = kept.index(before) if before in kept else min(row_before, len(kept) - 1)
            self.table.selectRow(row)
            self.table.verticalScrollBar().setValue(scrolled)
        self._update_buttons()

    def selected(self) -> Record | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        selected = self.selected()
        for button in self.action_buttons:
            applies = self._applies.get(button)
            button.setEnabled(selected is not None and (applies is None or applies(selected)))


def count_title(text: str) -> Callable[[int], str]:
    """'Overdue ({count})' with the count in the locale's digits."""
    return lambda count: text.format(count=QLocale().toString(count))
