"""The Customers page's table: its look, and its columns (which are shown, their widths and
order) remembered between sessions, with the header's menu to choose them.

Apart from customers_page so the page holds what the clerk does with customers (search, open,
trash, merge, export) and this widget what the grid itself keeps.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu

from custdesk.ui.models.customer_table_model import COLUMN_KEYS, NAME, CustomerTableModel
from custdesk.ui.models.record_table_model import PlaceholderTableView

HEADER_STATE_KEY = "customers/header_state"


class CustomerTableView(PlaceholderTableView):
    # A row is a customer, so Home and End (with Ctrl or without) go to the first and last
    # customer in the column the clerk is in; Qt's own went to the first and last column,
    # scrolling the names out of view (a trial's finding).
    def moveCursor(
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        action = QAbstractItemView.CursorAction
        if cursor_action not in (action.MoveHome, action.MoveEnd) or not self._model.rowCount():
            return super().moveCursor(cursor_action, modifiers)
        if cursor_action == action.MoveEnd:  # the last customer, not the last page read
            self._model.fetch_to_the_end()
        column = self.currentIndex().column() if self.currentIndex().isValid() else NAME
        row = 0 if cursor_action == action.MoveHome else self._model.rowCount() - 1
        return self._model.index(row, column)

    def __init__(self, model: CustomerTableModel, settings: QSettings, row_height: int) -> None:
        """``settings``: where the columns' choice, widths and order are remembered;
        ``row_height``: as the page's font needs."""
        super().__init__()
        self._model = model
        self._settings = settings
        self.setTabKeyNavigation(False)
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(row_height)
        self.horizontalHeader().setStretchLastSection(True)
        header = self.horizontalHeader()
        # A selected row would draw every heading bold, wider than the widths measured below
        # ("emperament", a trial), and saying nothing: a row is always wholly selected.
        header.setHighlightSections(False)
        for column, width in enumerate((130, 120, 56, 46, 72, 90, 100, 100, 70, 100)):
            # Never narrower than its heading (and sort arrow), in the language shown: a fixed
            # 90 cut "Temperament" to "emperament".
            self.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self._restore_columns()

    def show_sort_indicator(self) -> None:
        """No column's arrow while a search is ranked; the column's again when it is cleared
        (the model ignores the re-sent order)."""
        header = self.horizontalHeader()
        column = -1 if self._model.ranked else self._model.sort_column()
        if header.sortIndicatorSection() != column:
            descending = self._model.current_sort[1] and not self._model.ranked
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(column, order)

    # -- columns: which are shown, their widths and order, remembered between sessions -------
    def _restore_columns(self) -> None:
        header = self.horizontalHeader()
        state = self._settings.value(HEADER_STATE_KEY)
        if isinstance(state, QByteArray):
            header.restoreState(state)
        header.sectionResized.connect(self._save_columns)
        header.sectionMoved.connect(self._save_columns)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

    def _save_columns(self) -> None:
        self._settings.setValue(HEADER_STATE_KEY, self.horizontalHeader().saveState())

    def column_menu(self) -> QMenu:
        """A checkable entry per column; the name column always stays."""
        menu = QMenu(self)
        header = self.horizontalHeader()
        for column in range(self._model.columnCount()):
            action = menu.addAction(str(self._model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != NAME)
            action.toggled.connect(
                lambda shown, c=column: (
                    header.setSectionHidden(c, not shown),
                    self._save_columns(),
                )
            )
        return menu

    def _column_menu(self, position: QPoint) -> None:
        self.column_menu().popup(self.horizontalHeader().mapToGlobal(position))

    def visible_columns(self) -> list[str]:
        """Column keys in the order the clerk sees them, hidden ones left out."""
        header = self.horizontalHeader()
        logical = [header.logicalIndex(visual) for visual in range(header.count())]
        return [COLUMN_KEYS[i] for i in logical if not header.isSectionHidden(i)]
