"""Find a customer by typing (name, pinyin, phone): for forms opened without one chosen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from custdesk.services.customers.customer_list import (
    CustomerFilter,
    CustomerListService,
    SortKey,
)
from custdesk.services.customers.phones import display_phone
from custdesk.ui.common.operations import query

MAX_MATCHES = 30
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerPicker(QWidget):
    picked = Signal(int)

    def __init__(self, customer_list: CustomerListService, *, compact: bool = False) -> None:
        """``compact``: the matches show only while something is typed (a form that must fit
        a small screen)."""
        super().__init__()
        self._list = customer_list
        self._compact = compact
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search by name, pinyin or phone"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._search)
        self.matches = QListWidget()
        self.matches.setUniformItemSizes(True)
        self.show_rows(5)
        self.matches.currentItemChanged.connect(self._picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.matches)
        self.matches.setVisible(not compact)
        if compact:
            # In a form, Tab and Enter go from the search on to the next field, the customer
            # found kept: stopping in the matches, the next words typed were lost there (a
            # clerk's trial). Down still goes in to choose among several.
            self.matches.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setFocusProxy(self.search_box)
        self.search_box.installEventFilter(self)

    def show_rows(self, count: int) -> None:
        """Make the matches exactly ``count`` whole names tall (no name cut in half at the
        bottom), in the style's own row height."""
        probe = self.matches.count() == 0
        if probe:
            self.matches.addItem("张")
        row = self.matches.sizeHintForRow(0)
        if probe:
            self.matches.clear()
        self.matches.setFixedHeight(count * row + 2 * self.matches.frameWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes into the matches, as in the customer list's search.
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.matches.count()
        ):
            self.matches.setFocus()
            if self.matches.currentRow() < 0:
                self.matches.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def customer_id(self) -> int | None:
        item = self.matches.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def customer_name(self) -> str:
        item = self.matches.currentItem()
        return "" if item is None else str(item.data(NAME_ROLE))

    def _search(self, text: str) -> None:
        self.matches.clear()
        if self._compact:
            self.matches.setVisible(bool(text.strip()))
        if not text.strip():
            return
        # Through the one failure path: a busy file is told; the box keeps what was typed.
        found = query(
            self,
            lambda: self._list.rows(
                self._list.page(CustomerFilter(text=text), SortKey.RELEVANCE, limit=MAX_MATCHES)
            ),
        )
        for row in found or ():
            phone = display_phone(row.phone) if row.phone else ""
            item = QListWidgetItem(f"{row.name}   {phone}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(NAME_ROLE, row.name)
            self.matches.addItem(item)
        if self.matches.count() == 1:
            self.matches.setCurrentRow(0)

    def _picked(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.picked.emit(int(current.data(Qt.ItemDataRole.UserRole)))
