"""The Customers page: search as you type, quick filters and the 100,000-row table."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitService
from custdesk.services.customers.customer_list import (
    COUNT_EXACT_UP_TO,
    CustomerFilter,
    CustomerListService,
    is_short_phone_digits,
    typed_words,
)
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeResult, MergeService
from custdesk.services.customers.purchases import PurchaseService
from custdesk.services.customers.records import CustomerRecord
from custdesk.services.referrals.customer_file import CustomerFileService, FileSaved
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.spreadsheets.export_reports import ExportService
from custdesk.ui.common.background_job import BackgroundJob, start_export
from custdesk.ui.common.i18n import export_language
from custdesk.ui.common.look_only import set_aside, show_for_reading
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation, query
from custdesk.ui.common.refresh_on_change import RefreshOnChange
from custdesk.ui.common.save_places import ask_save_path
from custdesk.ui.customer_form import undo
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.dialogs.merge_dialog import MergeDialog
from custdesk.ui.models.customer_table_model import NAME, CustomerTableModel
from custdesk.ui.pages.customer_search_keys import SearchBoxKeys
from custdesk.ui.pages.customer_table_view import CustomerTableView
from custdesk.ui.widgets.customer_filter_bar import CustomerFilterBar

# The list shows each customer's stage (set by the shop's thresholds), last and next contact,
# open complaints and referrals made: any of them changing may change a row.
SHOWS = (
    Changes.CUSTOMERS | Changes.VISITS | Changes.COMPLAINTS | Changes.REFERRALS | Changes.SETTINGS
)
# A merge or emptying the Trash moves or deletes everything a customer had.
WHOLE_FILES = Changes.CUSTOMERS | Changes.VISITS | Changes.COMPLAINTS | Changes.REFERRALS


def count_shown(count: int) -> str:
    """How many customers the list holds, as the count beside it reads: ``10,000+`` above."""
    if count > COUNT_EXACT_UP_TO:
        return QLocale().toString(COUNT_EXACT_UP_TO) + "+"
    return QLocale().toString(count)


class CustomersPage(QWidget):
    def __init__(
        self,
        *,
        customer_list: CustomerListService,
        customers: CustomerService,
        customer_files: CustomerFileService,
        purchases: PurchaseService,
        merge: MergeService,
        visits: VisitService,
        follow_ups: FollowUpService,
        referrals: ReferralService,
        exports: ExportService,
        changes: ChangeNotifier,
        undo_stack: QUndoStack,
        column_settings: QSettings | None = None,
    ) -> None:
        """``column_settings``: where the columns' choice, widths and order are remembered
        (this user's QSettings when not given)."""
        super().__init__()
        self._look_only = False  # a backup's window: see look_only
        self.setObjectName("page_customers")
        self._changes = changes
        self.undo_stack = undo_stack
        self._settings = column_settings or QSettings()
        self._customers = customers
        self._customer_files = customer_files
        self._purchases = purchases
        self._merge = merge
        self._customer_list = customer_list
        # Handed on to the customer form: its contacts and referrals tabs.
        self._visits, self._follow_ups, self._referrals = visits, follow_ups, referrals
        self._exports = exports
        # The ids are read when the page is first shown, not while the window starts.
        self.model = CustomerTableModel(
            customer_list, load_now=False, read=lambda work: Operation(self, None).run(work)
        )
        self.new_button = QPushButton(self.tr("New customer"))
        self.new_button.clicked.connect(self.new_customer)

        self.filter_bar = CustomerFilterBar(customer_list.tag_names)
        self.filter_bar.changed.connect(self._filter_changed)
        self.search_box = self.filter_bar.search_box

        self.delete_button = QPushButton(self.tr("Move to Trash"))
        self.delete_button.clicked.connect(self.trash_selected)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.empty_trash_button = QPushButton(self.tr("Empty Trash…"))
        self.empty_trash_button.clicked.connect(self.empty_trash)
        self.delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self)
        self.delete_shortcut.activated.connect(self.trash_selected)

        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")

        self.table = CustomerTableView(
            self.model, self._settings, row_height=self.fontMetrics().height() + 10
        )

        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.ask_export)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        for button in (
            self.restore_button,
            self.empty_trash_button,
            self.merge_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._show_trash_actions(False)
        self.model.modelReset.connect(self._show_count)
        # Double-click and Enter (one signal: both would open the file twice).
        self.table.activated.connect(
            lambda index: self.edit_customer(self.model.customer_id(index.row()))
        )
        self.keys = SearchBoxKeys(self)  # Down, Enter and Escape in the search box
        self._show_count()
        # The ids are read when the page is first shown, then after changes it shows.
        self.refresher = RefreshOnChange(self, changes, SHOWS, self.refresh)

    def focus_list(self) -> None:
        """F6: into the results, the selected (or first) customer selected; the search typed
        last applies first, as for the search box's Down and Enter."""
        self.apply_filters()
        self.table.focus_row()

    def apply_filters(self) -> None:
        """Apply what the filter bar shows now (without waiting for the typing pause)."""
        self.filter_bar.emit_filter()

    def _filter_changed(self, where: CustomerFilter) -> None:
        new = where != self.model.current_filter
        if self.model.set_filter(where):
            self._show_trash_actions(where.in_trash)
            self.table.show_sort_indicator()
            if new:  # a new search shows its best matches, not the old list's scroll position
                self.table.scrollToTop()

    def _show_trash_actions(self, in_trash: bool) -> None:
        self.restore_button.setVisible(in_trash)
        self.empty_trash_button.setVisible(in_trash)
        self.delete_button.setVisible(not in_trash)
        self.merge_button.setVisible(not in_trash)
        self.new_button.setVisible(not in_trash)

    def column_menu(self) -> QMenu:
        """A checkable entry per column; the name column always stays."""
        return self.table.column_menu()

    def selected(self) -> tuple[int, str] | None:
        """The selected customer's id and name, as the list shows them."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.model.customer_id(row), str(self.model.index(row, NAME).data())

    def _announce(self, changes: Changes = Changes.CUSTOMERS) -> None:
        """After an undo or redo (the stack outlives any form): like an operation's end."""
        self._changes.announce(changes)

    def trash_selected(self) -> None:
        selected = self.selected()
        if selected is None or self.model.current_filter.in_trash:
            return
        command = undo.trashed(self._customers, *selected, self._announce)
        Operation(
            self,
            self._changes,
            Changes.CUSTOMERS,
            done=lambda _: undo.push(self.undo_stack, command),
        ).run(lambda: self._customers.trash(selected[0]))

    def restore_selected(self) -> None:
        selected = self.selected()
        if selected is None or not self.model.current_filter.in_trash:
            return
        command = undo.restored(self._customers, *selected, self._announce)
        Operation(
            self,
            self._changes,
            Changes.CUSTOMERS,
            done=lambda _: undo.push(self.undo_stack, command),
        ).run(lambda: self._customers.restore(selected[0]))

    def merge_selected(self) -> MergeDialog | None:
        """Merge into… (Ctrl+M): the selected file into another; none from the Trash."""
        selected = self.selected()
        if selected is None or self.model.current_filter.in_trash:
            return None
        dialog = MergeDialog(
            merge=self._merge,
            customer_list=self._customer_list,
            changes=self._changes,
            absorb_id=selected[0],
            absorb_name=selected[1],
            parent=self,
        )
        dialog.merged.connect(self._after_merge)
        dialog.open()
        return dialog

    def _after_merge(self, result: MergeResult) -> None:
        merge = self._merge
        names = query(
            self,
            lambda: (
                self._customers.get(result.merged_id).name,
                self._customers.get(result.kept_id).name,
            ),
        )
        if names is not None:
            after = partial(self._announce, WHOLE_FILES)
            undo.push(self.undo_stack, undo.merged(merge, result, *names, after))
        self.show_customer(result.kept_id)

    def empty_trash(self) -> None:
        count = query(self, lambda: self._customer_list.count(CustomerFilter(in_trash=True)))
        if not count:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Empty Trash"),
            self.tr(
                "Delete every customer in the Trash (customers: {count}) for good, with their "
                "purchases, visits and complaints? This cannot be undone."
            ).format(count=QLocale().toString(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            Operation(self, self._changes, WHOLE_FILES).run(self._customers.empty_trash)

    def look_only(self) -> None:
        """In a backup's window: no new customer, trash, merge or restore; files open for
        reading (_open_dialog)."""
        self._look_only = True
        self.delete_shortcut.setEnabled(False)
        set_aside(
            self.new_button,
            self.delete_button,
            self.restore_button,
            self.merge_button,
            self.empty_trash_button,
        )

    def new_customer(self) -> CustomerDialog:
        return self._open_dialog(None)

    def edit_customer(self, customer_id: int) -> CustomerDialog | None:
        """The customer's file (None, after saying so, when it cannot be read)."""
        record = query(self, lambda: self._customers.get(customer_id))
        return None if record is None else self._open_dialog(record)

    def _open_dialog(self, record: CustomerRecord | None) -> CustomerDialog:
        dialog = CustomerDialog(
            customers=self._customers,
            customer_files=self._customer_files,
            purchases=self._purchases,
            visits=self._visits,
            follow_ups=self._follow_ups,
            referrals=self._referrals,
            customer_list=self._customer_list,
            changes=self._changes,
            record=record,
            parent=self,
        )
        if self._look_only:
            show_for_reading(
                dialog, self.tr("A customer's file in a backup: it can be read, not changed.")
            )
        dialog.saved.connect(lambda _id: self._saved(dialog.file_saved))
        dialog.open_existing.connect(self.edit_customer)
        dialog.open()
        return dialog

    def _saved(self, saved: FileSaved | None) -> None:
        assert saved is not None  # the form has saved it
        now = saved.record
        if saved.put_back is None:
            command = undo.created(self._customers, now.id, now.name, self._announce)
        else:
            after = partial(self._announce, Changes.CUSTOMERS | Changes.REFERRALS)
            command = undo.file_saved(self._customer_files, saved, after)
        undo.push(self.undo_stack, command)
        self.show_customer(now.id)
        # Back in the list on the saved customer, not in the search box the form was opened
        # from: there Ctrl+Z undid the search text instead of the save (a clerk's trial).
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Read the list again after a change it shows, keeping the clerk's place: the search
        and filters, the selected customer and the scroll position (the rows themselves may
        have moved, e.g. sorted by last contact)."""
        self.filter_bar.reload_tags()
        selected = self.selected()
        scrolled = self.table.verticalScrollBar().value()
        if not self.model.refresh():
            self._show_count()  # pages not read yet may have gained or lost customers
            return  # the same rows: repainted in place, selection and scrolling untouched
        row = self.model.row_of(selected[0]) if selected else None
        if row is not None:
            self.table.selectRow(row)
        self.table.updateGeometries()  # the scroll range of the new rows, before scrolling back
        self.table.verticalScrollBar().setValue(scrolled)

    def show_customer(self, customer_id: int) -> None:
        """Reload the list and select this customer (clearing a search that hides them)."""
        self.filter_bar.reload_tags()
        if not Operation(self, None).run(self.model.reload):
            return
        if self.model.row_of(customer_id) is None and self.search_box.text():
            self.search_box.clear()
            self.apply_filters()
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, NAME))

    def visible_columns(self) -> list[str]:
        """Column keys in the order the clerk sees them, hidden ones left out."""
        return self.table.visible_columns()

    def ask_export(self) -> BackgroundJob | None:
        path = ask_save_path(self, self.tr("customers.xlsx"))
        return self.export_to(path) if path else None

    def export_to(self, path: Path) -> BackgroundJob:
        """Write what the list shows (search, filters, order, visible columns) to ``path``."""
        where, (sort, descending) = self.model.current_filter, self.model.current_sort
        columns = self.visible_columns()
        heading = self.count_label.text()
        builder = self._exports.builder(export_language())
        return start_export(
            self,
            lambda: [builder.customer_list(where, sort, descending, columns, heading)],
            path,
        )

    def _show_count(self) -> None:
        count = count_shown(self.model.count)
        self.count_label.setText(self.tr("{count} found").format(count=count))
        where = self.model.current_filter
        if where.in_trash:
            self.table.set_placeholder(self.tr("The Trash is empty."))
        elif (words := typed_words(where.text)) and all(map(is_short_phone_digits, words)):
            self.table.set_placeholder(self.tr("Type 3 or more digits to find a phone number."))
        elif where != CustomerFilter():
            self.table.set_placeholder(self.tr("No customer matches this search or filter."))
        else:
            self.table.set_placeholder(
                self.tr(
                    "No customers yet. Press Ctrl+N to add the first one, or bring them in "
                    "from Excel with File ▸ Import customers."
                )
            )
