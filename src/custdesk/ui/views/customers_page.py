"""The Customers page: search as you type, quick filters and the 100,000-row table."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custdesk.services.customer_list import CustomerListService
from custdesk.services.customer_records import CustomerRecord
from custdesk.services.customers import CustomerService
from custdesk.services.purchases import PurchaseService
from custdesk.ui.dialogs.customer_dialog import CustomerDialog
from custdesk.ui.labels import STAGES
from custdesk.ui.models.customer_table_model import NAME, CustomerTableModel

SEARCH_DELAY_MS = 150  # long enough to skip keystrokes in a burst, short enough to feel instant


class CustomersPage(QWidget):
    def __init__(
        self,
        customer_list: CustomerListService,
        customers: CustomerService,
        purchases: PurchaseService | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("page_customers")
        self._customers = customers
        self._purchases = purchases
        self.model = CustomerTableModel(customer_list)
        self.new_button = QPushButton(self.tr("New customer"))
        self.new_button.clicked.connect(self.new_customer)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("customerSearch")
        self.search_box.setPlaceholderText(self.tr("Search by name, pinyin (zs), phone or tag"))
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_box.textChanged.connect(self._search_timer.start)

        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("All stages"), None)
        for code, source in STAGES.items():
            self.stage_filter.addItem(QCoreApplication.translate("labels", source), code)
        self.stage_filter.currentIndexChanged.connect(self.apply_filters)

        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 120, 56, 46, 72, 90, 100, 100, 70, 100)):
            self.table.setColumnWidth(column, width)

        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.stage_filter)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.model.modelReset.connect(self._show_count)
        self.table.doubleClicked.connect(
            lambda index: self.edit_customer(self.model.customer_id(index.row()))
        )
        self._show_count()

    def apply_filters(self) -> None:
        self._search_timer.stop()
        where = replace(
            self.model.current_filter,
            text=self.search_box.text().strip(),
            stage=self.stage_filter.currentData(),
        )
        self.model.set_filter(where)

    def new_customer(self) -> CustomerDialog:
        return self._open_dialog(None)

    def edit_customer(self, customer_id: int) -> CustomerDialog:
        return self._open_dialog(self._customers.get(customer_id))

    def _open_dialog(self, record: CustomerRecord | None) -> CustomerDialog:
        dialog = CustomerDialog(self._customers, record, self, purchases=self._purchases)
        if dialog.purchases_panel is not None:
            dialog.purchases_panel.changed.connect(self.model.reload)
        dialog.saved.connect(self.show_customer)
        dialog.open_existing.connect(self.edit_customer)
        dialog.open()
        return dialog

    def show_customer(self, customer_id: int) -> None:
        """Reload the list and select this customer (clearing a search that hides them)."""
        self.model.reload()
        if self.model.row_of(customer_id) is None and self.search_box.text():
            self.search_box.clear()
            self.apply_filters()
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, NAME))

    def _show_count(self) -> None:
        count = QLocale().toString(self.model.rowCount())
        self.count_label.setText(self.tr("{count} found").format(count=count))
