"""Pick the file to keep when one person has two; the other is merged into it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custdesk.errors import ValidationError
from custdesk.services.customers.customer_list import (
    CustomerFilter,
    CustomerListService,
    CustomerRow,
    SortKey,
)
from custdesk.services.customers.merge import MergeResult, MergeService
from custdesk.services.customers.phones import display_phone
from custdesk.ui.common.display import message_label, money, short_date, show_message
from custdesk.ui.common.messages import user_message
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation, query

MAX_CHOICES = 50


class MergeDialog(QDialog):
    merged = Signal(object)  # the MergeResult, for the undo stack

    def __init__(
        self,
        *,
        merge: MergeService,
        customer_list: CustomerListService,
        changes: ChangeNotifier,
        absorb_id: int,
        absorb_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._merge = merge
        self._changes = changes
        self._list = customer_list
        self._absorb_id = absorb_id
        self.merged_into: int | None = None
        self.setWindowTitle(self.tr("Merge customer files"))
        self.setMinimumSize(560, 380)

        explanation = QLabel(
            self.tr(
                "Find the file to keep. Everything in {name}'s file (purchases, visits, "
                "complaints, referrals, phones, tags) moves into it, and {name}'s file goes to "
                "the Trash."
            ).format(name=absorb_name)
        )
        explanation.setWordWrap(True)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search by name, pinyin or phone"))
        self.search_box.textChanged.connect(self._search)
        self.choices = QTreeWidget()
        self.choices.setRootIsDecorated(False)
        self.choices.setUniformRowHeights(True)
        self.choices.setAlternatingRowColors(True)
        self.choices.setHeaderLabels(
            [self.tr("Name"), self.tr("Phone"), self.tr("Last contact"), self.tr("Total spent")]
        )
        self.choices.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.choices.header().setStretchLastSection(False)
        self.choices.itemSelectionChanged.connect(self._update_button)
        self.error_label = message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        # Enter merges once a file is chosen (Down, then Enter, then Enter again).
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.merge_now)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (explanation, self.search_box, self.choices, self.error_label, self.buttons):
            layout.addWidget(widget)
        self.search_box.installEventFilter(self)
        self.choices.installEventFilter(self)
        self.search_box.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search goes into the files found, the first chosen (as the customer
        picker does); Enter on a file chooses it and moves on to Merge. A clerk's trial needed
        Tab, then Space, before Merge would do anything."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.search_box and event.key() == Qt.Key.Key_Down:
            first = self.choices.topLevelItem(0)
            if first is None:
                return False
            self.choices.setFocus(Qt.FocusReason.TabFocusReason)
            chosen = self.choices.currentItem() or first
            self.choices.setCurrentItem(chosen)
            chosen.setSelected(True)
            return True
        if watched is self.choices and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.choices.currentItem()
            if current is not None:
                current.setSelected(True)
                self.merge_button.setFocus(Qt.FocusReason.TabFocusReason)
            return True  # not the dialog's default button yet: the clerk sees what is chosen
        return super().eventFilter(watched, event)

    def _matches(self, text: str) -> list[CustomerRow]:
        found = self._list.page(CustomerFilter(text=text), SortKey.RELEVANCE, limit=MAX_CHOICES + 1)
        ids = [i for i in found if i != self._absorb_id]
        return self._list.rows(ids[:MAX_CHOICES])

    def _search(self, text: str) -> None:
        self.choices.clear()
        if not text.strip():
            return
        found = query(self, lambda: self._matches(text))  # a busy file is told, not a bug
        for row in found or ():
            contact = short_date(row.last_contact_at.date()) if row.last_contact_at else ""
            item = QTreeWidgetItem(
                [
                    row.name,
                    display_phone(row.phone) if row.phone else "",
                    contact,
                    money(row.total_spent_cents),
                ]
            )
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.choices.addTopLevelItem(item)
        for column in range(1, 4):
            self.choices.resizeColumnToContents(column)
        self._update_button()

    def _update_button(self) -> None:
        self.merge_button.setEnabled(bool(self.choices.selectedItems()))

    def merge_now(self) -> None:
        selected = self.choices.selectedItems()
        if not selected:
            return
        keep_id = int(selected[0].data(0, Qt.ItemDataRole.UserRole))
        Operation(
            self,
            self._changes,
            # everything the other file had moves into this one
            Changes.CUSTOMERS | Changes.VISITS | Changes.COMPLAINTS | Changes.REFERRALS,
            done=lambda result: self._merged(keep_id, result),
            refused=self._refused,
        ).run(lambda: self._merge.merge(keep_id, self._absorb_id))

    def _merged(self, keep_id: int, result: MergeResult) -> None:
        self.merged_into = keep_id
        self.merged.emit(result)
        self.accept()

    def _refused(self, exc: ValidationError) -> None:
        show_message(self.error_label, user_message(exc).text)
