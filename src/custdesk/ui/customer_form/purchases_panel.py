"""One customer's purchases inside the customer form: the list, the total, and a quick-add row."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, ValidationError
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseRecord, PurchaseService
from custdesk.ui.common.display import message_label, money, short_date, show_message
from custdesk.ui.common.form_keys import submit_on_enter
from custdesk.ui.common.messages import field_problem_text
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.refresh_on_change import RefreshOnChange
from custdesk.ui.common.typed_text import unsavable_text_message
from custdesk.ui.customer_form import undo
from custdesk.ui.widgets.date_field import DateField

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PurchasesPanel(QWidget):
    def __init__(
        self,
        *,
        purchases: PurchaseService,
        changes: ChangeNotifier,
        undo_stack: QUndoStack,
        customer_id: int,
    ) -> None:
        """``undo_stack``: the window's, which outlives this panel (Ctrl+Z after the form
        closed still takes a purchase back)."""
        super().__init__()
        self._purchases = purchases
        self._customer_id = customer_id
        self._changes = changes
        self._rows: list[PurchaseRecord] = []
        self._undo_stack = undo_stack

        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Item"), self.tr("Quantity"), self.tr("Amount")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(130)
        self.table.itemSelectionChanged.connect(self._update_remove_button)
        self.summary = QLabel()
        # What the shop's old list said was spent before CustDesk: counted in the total spent,
        # never a purchase of its own (read-only here).
        self.opening_balance_label = QLabel()
        self.opening_balance_label.hide()

        self.date_edit = DateField(required=True)
        self.date_edit.show_date(shop_clock.today())
        self.item_edit = QLineEdit()
        self.item_edit.setPlaceholderText(self.tr("Item"))
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, 10_000)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("Amount (¥)"))
        self.amount_edit.setMaximumWidth(110)
        self.add_button = QPushButton(self.tr("Add purchase"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove purchase"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        # Enter in the amount adds the purchase and does nothing else. Let through, it also
        # pressed the form's default button: the whole file was saved and closed after each
        # purchase, and a refused amount's message closed with it, the sale never recorded.
        submit_on_enter([self.amount_edit], self.add)
        self.error_label = message_label()

        add_row = QHBoxLayout()
        for widget in (self.date_edit, self.item_edit, self.quantity_spin, self.amount_edit):
            add_row.addWidget(widget, 1 if widget is self.item_edit else 0)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.remove_button)
        layout.addLayout(summary_row)
        layout.addWidget(self.opening_balance_label)
        layout.addLayout(add_row)
        layout.addWidget(self.error_label)
        # Purchases added here, or taken back or put back by undo (whose command outlives this
        # panel and only announces).
        self.refresher = RefreshOnChange(self, changes, Changes.CUSTOMERS, self.reload)
        self.refresher.catch_up()  # read now, through the one failure path
        # What an undo or redo does when done; it must not need this panel, which may be gone.
        self._announce = partial(changes.announce, Changes.CUSTOMERS)

    def reload(self) -> None:
        rows = self._rows = self._purchases.purchases_of(self._customer_id)
        balance = self._purchases.opening_balance_of(self._customer_id)
        self.opening_balance_label.setText(
            self.tr("From the old list: {amount}").format(amount=money(balance))
        )
        self.opening_balance_label.setVisible(balance > 0)
        self.table.setRowCount(len(rows))
        for row, purchase in enumerate(rows):
            self._fill_row(row, purchase)
        total = sum(p.amount_cents for p in rows)
        self.summary.setText(
            self.tr("Purchases: {count}, total {total}").format(
                count=QLocale().toString(len(rows)), total=money(total)
            )
        )

    def _fill_row(self, row: int, purchase: PurchaseRecord) -> None:
        cells = (
            short_date(purchase.purchased_on),
            purchase.item,
            QLocale().toString(purchase.quantity),
            money(purchase.amount_cents),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setTextAlignment(_RIGHT)
            self.table.setItem(row, column, item)

    def add(self) -> None:
        removed = unsavable_text_message(self.item_edit, self.amount_edit)
        if removed is not None:
            show_message(self.error_label, removed)
            return
        day, problem = self.date_edit.date(), self.date_edit.problem()
        if day is None or problem is not None:
            show_message(self.error_label, field_problem_text(problem or FieldProblem.REQUIRED))
            self.date_edit.setFocus()
            return
        draft = PurchaseDraft(
            purchased_on=day,
            item=self.item_edit.text(),
            amount=self.amount_edit.text(),
            quantity=self.quantity_spin.value(),
        )
        Operation(
            self, self._changes, Changes.CUSTOMERS, done=self._added, refused=self._refused
        ).run(lambda: self._purchases.record(self._customer_id, draft))

    def _added(self, record: PurchaseRecord) -> None:
        self.error_label.hide()
        self.item_edit.clear()
        self.amount_edit.clear()
        self.quantity_spin.setValue(1)
        self.refresher.catch_up()
        # The customer's stage and total follow (the list, Today) through the announcement.
        undo.push(self._undo_stack, undo.purchase_added(self._purchases, record, self._announce))

    def _refused(self, exc: ValidationError) -> None:
        first = sorted(exc.field_errors.items())[0][1]
        show_message(self.error_label, field_problem_text(first))

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        record = self._rows[rows[0].row()]
        command = undo.purchase_removed(self._purchases, record, self._announce)
        Operation(
            self, self._changes, Changes.CUSTOMERS, done=lambda _: self._removed(command)
        ).run(lambda: self._purchases.remove(record.id))

    def _removed(self, command: undo.CustomerCommand) -> None:
        self.refresher.catch_up()
        undo.push(self._undo_stack, command)

    def _update_remove_button(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
