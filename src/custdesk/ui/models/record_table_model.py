"""A read-only table over a list of plain records (agenda lines, visits, complaints).

Each column says how to show a record; the list is replaced as a whole when the page reloads.
Lists here are bounded (a day's agenda, a date range of visits), unlike the customer list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFocusEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Record = TypeVar("Record")
_Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WARNING = QColor("#b3261e")


@dataclass(frozen=True)
class Column(Generic[Record]):
    header: Callable[[], str]  # called on each paint: follows a language change
    text: Callable[[Record], str]
    align_right: bool = False
    warn: Callable[[Record], bool] | None = None  # shown in the warning colour when true
    tip: Callable[[], str] | None = None  # the header's tooltip: what the column counts


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    def __init__(self, columns: Sequence[Column[Record]]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._records: list[Record] = []

    def set_records(self, records: Sequence[Record]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Record:
        return self._records[row]

    def records(self) -> list[Record]:
        return list(self._records)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        column = self._columns[index.column()]
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:  # a long sentence cut off at the column's edge
            return column.text(record) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return RIGHT
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column.warn is not None
            and column.warn(record)
        ):
            return WARNING
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip()
        return None


ROW_HEIGHT = 26


class PlaceholderTableView(QTableView):
    """A table that says why it is empty ("No follow-ups due today") instead of a blank grid."""

    placeholder = ""

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def showing_placeholder(self) -> bool:
        model = self.model()
        return bool(self.placeholder) and (model is None or model.rowCount() == 0)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        select_outlined_row(self)

    def focus_row(self) -> None:
        """Focus here as a key does, for the page's F6 (focus_list): the row the clerk's next
        key acts on is then selected: the selected one, else the current (focusInEvent
        above), else the first (Qt's own focus-in, which a mouse focus would skip)."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.showing_placeholder():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), self.placeholder)
            painter.end()


def select_outlined_row(view: QTableView) -> None:
    """Select the row a table outlines as current when tabbed into. Qt selects nothing, and
    the pages and forms act on the selected row: Enter on the outlined complaint did nothing,
    Remove purchase stayed greyed (issue 18). Call it from the view's focusInEvent."""
    selection = view.selectionModel()
    current = view.currentIndex()
    if current.isValid() and selection is not None and not selection.hasSelection():
        view.selectRow(current.row())


def record_table(model: RecordTableModel[Any], placeholder: str = "") -> PlaceholderTableView:
    """A read-only, whole-row-selecting table with fixed row heights (fast with 1000s of rows)."""
    table = PlaceholderTableView()
    table.set_placeholder(placeholder)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # read-only: Tab moves on to the next field, not cell
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return table
