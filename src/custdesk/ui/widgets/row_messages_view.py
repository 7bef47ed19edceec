"""The import wizard's list of rows worth a look (row number, name, what was found), one table
for the customers' checking page and the history's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QLabel

from custdesk.services.spreadsheets.import_words import RowMessage
from custdesk.ui.models.record_table_model import (
    Column,
    PlaceholderTableView,
    RecordTableModel,
    record_table,
)


def row_messages_view() -> tuple[RecordTableModel[RowMessage], PlaceholderTableView]:
    """The model to fill with row_messages and the read-only table showing it, the message
    column taking the width left."""
    model: RecordTableModel[RowMessage] = RecordTableModel(
        [
            Column(
                lambda: QCoreApplication.translate("RowMessages", "Row"),
                lambda message: str(message.row_number),
                align_right=True,
            ),
            Column(lambda: QCoreApplication.translate("RowMessages", "Name"), lambda m: m.name),
            Column(
                lambda: QCoreApplication.translate("RowMessages", "Problem"), lambda m: m.problem
            ),
        ]
    )
    view = record_table(model)
    view.horizontalHeader().setStretchLastSection(True)
    return model, view


def whole_sentence(model: RecordTableModel[RowMessage], view: PlaceholderTableView) -> QLabel:
    """A label under the table with the current row's sentence whole: the table cuts a long one
    at the column's edge, and its tooltip needs the mouse (a clerk reads this with the arrows)."""
    label = QLabel()
    label.setWordWrap(True)

    def follow(current: QModelIndex) -> None:
        row = current.row() if current.isValid() else 0
        message = model.record(row) if 0 <= row < model.rowCount() else None
        label.setText("" if message is None else message.sentence)

    view.selectionModel().currentChanged.connect(lambda current, _previous: follow(current))
    model.modelReset.connect(lambda: follow(view.currentIndex()))  # a new list, the row kept
    return label
