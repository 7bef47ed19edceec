"""The import wizard's list of rows worth a look (row number, name, what was found), one table
for the customers' checking page and the history's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
