"""One customer's purchases inside the customer form: the list, the total, and a quick-add row.

Purchases added or removed here are kept in the form until its Save, which writes them with the
profile in one transaction (referrals.customer_file); Cancel leaves the file as it was."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFocusEvent, QFont, QKeySequence, QShortcut
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
from custdesk.ui.common.display import MUTED_STYLE, message_label, money, short_date, show_message
from custdesk.ui.common.form_keys import submit_on_enter
from custdesk.ui.common.messages import field_problem_text
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.refresh_on_change import RefreshOnChange
from custdesk.ui.common.typed_text import unsavable_text_message
from custdesk.ui.models.record_table_model import select_outlined_row
from custdesk.ui.widgets.date_field import DateField

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _PurchaseTable(QTableWidget):
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        select_outlined_row(self)


@dataclass(frozen=True)
class _Row:
    """A line of the table: a purchase on file (``saved``) or one added in this form."""

    purchased_on: dt.date
    item: str
    quantity: int
    amount_cents: int
    saved: PurchaseRecord | None = None
    added: PurchaseDraft | None = None


class PurchasesPanel(QWidget):
    def __init__(
        self,
        *,
        purchases: PurchaseService,
        changes: ChangeNotifier,
        customer_id: int,
    ) -> None:
        super().__init__()
        self._purchases = purchases
        self._customer_id = customer_id
        self._saved: list[PurchaseRecord] = []
        self._added: list[tuple[PurchaseDraft, int]] = []  # checked drafts and their fen
        self._removing: set[int] = set()  # ids of purchases on file the clerk removed
        self._rows: list[_Row] = []

        self.table = _PurchaseTable(0, 4)
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
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.summary = QLabel()
        # What Save will do to the purchases on file: said, so that Cancel is no surprise.
        self.pending_label = QLabel()
        self.pending_label.setStyleSheet(MUTED_STYLE)
        self.pending_label.setWordWrap(True)
        self.pending_label.hide()
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
        layout.addWidget(self.pending_label)
        layout.addWidget(self.opening_balance_label)
        layout.addLayout(add_row)
        layout.addWidget(self.error_label)
        # Purchases recorded elsewhere (an import, an undo) while the file is open.
        self.refresher = RefreshOnChange(self, changes, Changes.CUSTOMERS, self.reload)
        self.refresher.catch_up()  # read now, through the one failure path

    # -- what Save writes --------------------------------------------------------------------
    def added(self) -> tuple[PurchaseDraft, ...]:
        """The purchases added in this form, oldest added first (Save records them)."""
        return tuple(draft for draft, _cents in self._added)

    def removed_ids(self) -> tuple[int, ...]:
        """The purchases on file removed in this form (Save deletes them)."""
        return tuple(sorted(self._removing))

    # -- reading and showing -----------------------------------------------------------------
    def reload(self) -> None:
        self._saved = self._purchases.purchases_of(self._customer_id)
        self._removing &= {purchase.id for purchase in self._saved}
        balance = self._purchases.opening_balance_of(self._customer_id)
        self.opening_balance_label.setText(
            self.tr("From the old list: {amount}").format(amount=money(balance))
        )
        self.opening_balance_label.setVisible(balance > 0)
        self._show()

    def _show(self) -> None:
        added = [
            _Row(d.purchased_on, d.item, d.quantity, cents, added=d) for d, cents in self._added
        ]
        on_file = [
            _Row(p.purchased_on, p.item, p.quantity, p.amount_cents, saved=p) for p in self._saved
        ]
        # Newest first, as the file lists them; the ones added here above those of their day.
        rows = self._rows = sorted(
            added[::-1] + on_file, key=lambda row: row.purchased_on, reverse=True
        )
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self._fill_row(number, row)
        kept = [row for row in rows if not self._is_removed(row)]
        self.summary.setText(self._summary(kept))
        self._update_remove_button()

    def _summary(self, kept: list[_Row]) -> str:
        pending = ""
        if self._added or self._removing:
            pending = self.tr(
                "Added here: {added}, removed here: {removed}: written when you save the customer."
            ).format(
                added=QLocale().toString(len(self._added)),
                removed=QLocale().toString(len(self._removing)),
            )
        self.pending_label.setText(pending)
        self.pending_label.setVisible(bool(pending))
        return self.tr("Purchases: {count}, total {total}").format(
            count=QLocale().toString(len(kept)),
            total=money(sum(row.amount_cents for row in kept)),
        )

    def _is_removed(self, row: _Row) -> bool:
        return row.saved is not None and row.saved.id in self._removing

    def _fill_row(self, number: int, row: _Row) -> None:
        cells = (
            short_date(row.purchased_on),
            row.item,
            QLocale().toString(row.quantity),
            money(row.amount_cents),
        )
        tip = ""
        if row.added is not None:
            tip = self.tr("Added here: recorded when you save the customer.")
        elif self._is_removed(row):
            tip = self.tr("Removed here: deleted when you save the customer.")
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setTextAlignment(_RIGHT)
            font = QFont(item.font())
            font.setItalic(row.added is not None)
            font.setStrikeOut(self._is_removed(row))
            item.setFont(font)
            item.setToolTip(tip)
            self.table.setItem(number, column, item)

    # -- the clerk's actions -----------------------------------------------------------------
    def add(self) -> None:
        """Check the typed purchase and keep it for Save; a problem is told below the row."""
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
        Operation(self, None, done=self._added_one, refused=self._refused).run(
            lambda: self._purchases.check(draft)
        )

    def _added_one(self, checked: tuple[PurchaseDraft, int]) -> None:
        self._added.append(checked)
        self.error_label.hide()
        self.item_edit.clear()
        self.amount_edit.clear()
        self.quantity_spin.setValue(1)
        self._show()
        self.item_edit.setFocus()  # the next item of the same sale

    def _refused(self, exc: ValidationError) -> None:
        first = sorted(exc.field_errors.items())[0][1]
        show_message(self.error_label, field_problem_text(first))

    def remove_selected(self) -> None:
        """A purchase added here goes at once; one on file is marked, and pressed again kept."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        number = rows[0].row()
        row = self._rows[number]
        if row.added is not None:
            index = next(i for i, (draft, _c) in enumerate(self._added) if draft is row.added)
            del self._added[index]
            self._show()
            # Nothing selected: a second press must not take the next purchase, one on file.
            self.table.clearSelection()
            self.table.setFocus()
            return
        if row.saved is not None:
            self._removing ^= {row.saved.id}
        self._show()
        self.table.selectRow(number)  # still this one: pressed again, it is kept after all

    def _update_remove_button(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        marked = bool(rows) and self._is_removed(self._rows[rows[0].row()])
        self.remove_button.setText(
            self.tr("Keep purchase") if marked else self.tr("Remove purchase")
        )
        self.remove_button.setEnabled(bool(rows))
