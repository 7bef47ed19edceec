"""A clerk types a sale's amount into the customer form; the fen stored are the fen typed, and
every place that shows money shows them: the purchase row, the form's total, the list.

19.99 and 0.29 are amounts a float stores one fen short (19.99 * 100 == 1998.9999999999998)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from custdesk.services.customer_list import CustomerListService
from custdesk.services.customer_records import CustomerDraft
from custdesk.services.customers import CustomerService
from custdesk.services.purchases import PurchaseService
from custdesk.storage.db import Database
from custdesk.ui.dialogs.customer_dialog import CustomerDialog
from custdesk.ui.views.customers_page import CustomersPage
from custdesk.ui.views.purchases_panel import PurchasesPanel
from tests.ui.keyboard import type_text


def stored_amounts(db_path: Path) -> list[tuple[int, str]]:
    """The purchases as the file holds them: whole fen, in an INTEGER column."""
    with closing(sqlite3.connect(db_path)) as connection:
        query = "SELECT amount_cents, typeof(amount_cents) FROM purchases ORDER BY id"
        return connection.execute(query).fetchall()


def open_purchases(qtbot: QtBot, db: Database) -> tuple[CustomersPage, CustomerDialog]:
    """The customer list with one customer, her file open on its Purchases tab."""
    customers = CustomerService(db)
    saved = customers.create(CustomerDraft(name="孙七"))
    # The real clock: the date field opens on today, which the clerk leaves as it is.
    page = CustomersPage(CustomerListService(db), customers, PurchaseService(db))
    qtbot.addWidget(page)
    page.show()
    dialog = page.edit_customer(saved.id)
    panel = dialog.purchases_panel
    assert panel is not None
    tab_bar = dialog.tabs.tabBar()
    tab = dialog.tabs.indexOf(panel)
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(tab).center())
    assert dialog.tabs.currentWidget() is panel
    dialog.activateWindow()  # the keys go where a clerk's would: to the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return page, dialog


def tab_to(qtbot: QtBot, widget: QWidget, presses: int = 1) -> None:
    """Press Tab as often as the clerk would to reach ``widget`` (the item, the quantity, the
    amount, then Add)."""
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget


def panel_of(dialog: CustomerDialog) -> PurchasesPanel:
    assert dialog.purchases_panel is not None
    return dialog.purchases_panel


def test_enter_in_the_amount_field_adds_the_purchase_and_keeps_the_file_open(
    qtbot: QtBot, db: Database, db_path: Path
) -> None:
    """Enter also pressed the form's Save: the file closed after each purchase, and an amount
    the service refused (19,99 typed with a decimal comma) closed with its message unread and
    the sale never recorded."""
    _page, dialog = open_purchases(qtbot, db)
    panel = panel_of(dialog)
    saved: list[int] = []
    dialog.saved.connect(saved.append)
    type_text(qtbot, panel.item_edit, "围巾")
    tab_to(qtbot, panel.amount_edit, presses=2)
    qtbot.keyClicks(panel.amount_edit, "19,99")
    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and saved == []
    assert panel.error_label.isVisible()
    assert "amount in yuan" in panel.error_label.text()
    assert stored_amounts(db_path) == []

    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.amount_edit, "19.99")
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.amount_edit, Qt.Key.Key_Enter)  # the keypad's Enter
    assert stored_amounts(db_path) == [(1999, "integer")]
    assert dialog.isVisible() and saved == []
    assert not panel.error_label.isVisible()
    assert panel.amount_edit.text() == ""  # ready for the next purchase
