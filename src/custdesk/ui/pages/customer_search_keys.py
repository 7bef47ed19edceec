"""The keys of the Customers page's search box: Down into the results, Enter opens the selected
(or first) customer, Escape clears the search.

Apart from customers_page because it is an event filter on one field, with its own reason to
exist (a clerk's trial: 7 Tabs to the results, and only a double-click opened a customer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from custdesk.ui.pages.customers_page import CustomersPage

KEYPAD = Qt.KeyboardModifier.KeypadModifier  # the keypad's Enter and arrows are the same keys


class SearchBoxKeys(QObject):
    """Installed on ``page.search_box``; the page is its parent."""

    def __init__(self, page: CustomersPage) -> None:
        super().__init__(page)
        self._page = page
        page.search_box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """From the search box, Down goes into the results and Enter opens the selected (or
        first) customer; Escape clears the search. Seen by a clerk: 7 Tabs to the results and
        only a double-click opened a customer."""
        page = self._page
        if watched is not page.search_box or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & ~KEYPAD:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape and page.search_box.text():
            page.search_box.clear()
            page.apply_filters()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            row = self._result_row()
            if row is not None and key == Qt.Key.Key_Down:
                page.table.setFocus(Qt.FocusReason.TabFocusReason)
            elif row is not None:
                page.edit_customer(page.model.customer_id(row))
            return True
        return False

    def _result_row(self) -> int | None:
        """The selected result, else the first (then selected): what the search box's Down and
        Enter act on. The search typed last is applied first, not left to its typing pause."""
        page = self._page
        page.apply_filters()
        if not page.model.rowCount():
            return None
        rows = page.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        page.table.selectRow(row)
        return row
