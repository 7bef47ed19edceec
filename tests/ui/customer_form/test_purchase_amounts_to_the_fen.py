"""A clerk types a sale's amount into the customer form; the fen stored are the fen typed, and
every place that shows money shows them: the purchase row, the form's total, the list.

19.99 and 0.29 are amounts a float stores one fen short (19.99 * 100 == 1998.9999999999998)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.ui.common.display import money
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.customer_form.purchases_panel import PurchasesPanel
from custdesk.ui.models.customer_table_model import TOTAL_SPENT
from custdesk.ui.pages.customers_page import CustomersPage
from tests.ui.building import customers_page
from tests.ui.keyboard import type_text

AMOUNT_COLUMN = 3


def stored_amounts(db_path: Path) -> list[tuple[int, str]]:
    """The purchases as the file holds them: whole fen, in an INTEGER column."""
    with closing(sqlite3.connect(db_path)) as connection:
        query = "SELECT amount_cents, typeof(amount_cents) FROM purchases ORDER BY id"
        return connection.execute(query).fetchall()


def open_purchases(
    qtbot: QtBot, services: Services
) -> tuple[CustomersPage, CustomerDialog, ChangeNotifier]:
    """The customer list with one customer, her file open on its Purchases tab; and the
    notifier a recorded purchase is announced on."""
    saved = services.customers.create(CustomerDraft(name="孙七"))
    # The real clock: the date field opens on today, which the clerk leaves as it is.
    changes = ChangeNotifier()
    page = customers_page(services, changes=changes)
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
    return page, dialog, changes


def tab_to(qtbot: QtBot, widget: QWidget, presses: int = 1) -> None:
    """Press Tab as often as the clerk would to reach ``widget`` (the item, the quantity, the
    amount, then Add)."""
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget


def save_with_ctrl_s(qtbot: QtBot, dialog: CustomerDialog) -> None:
    """The clerk's Ctrl+S: the purchases added in the form are written with it."""
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )


def add_with_enter(qtbot: QtBot, panel: PurchasesPanel, item: str, amount: str) -> None:
    type_text(qtbot, panel.item_edit, item)
    tab_to(qtbot, panel.amount_edit, presses=2)
    qtbot.keyClicks(panel.amount_edit, amount)
    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_Return)


def panel_of(dialog: CustomerDialog) -> PurchasesPanel:
    assert dialog.purchases_panel is not None
    return dialog.purchases_panel


@pytest.mark.parametrize(
    ("fen", "shown"),
    [
        (29, "¥0.29"),
        (1999, "¥19.99"),
        (123456, "¥1,234.56"),
        (1, "¥0.01"),
        (0, "¥0.00"),
        (10000010, "¥100,000.10"),
        (9999999999, "¥99,999,999.99"),
    ],
)
def test_money_is_shown_to_the_fen(fen: int, shown: str) -> None:
    assert money(fen) == shown


def test_money_is_shown_to_the_fen_in_chinese() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        assert [money(fen) for fen in (29, 1999, 123456)] == ["¥0.29", "¥19.99", "¥1,234.56"]
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_a_clerk_types_19_99_and_0_29_and_exactly_those_fen_are_kept(
    qtbot: QtBot, db: Database, db_path: Path, services: Services
) -> None:
    page, dialog, _changes = open_purchases(qtbot, services)
    panel = panel_of(dialog)

    add_with_enter(qtbot, panel, "羊毛围巾", "19.99")
    assert panel.table.item(0, AMOUNT_COLUMN).text() == "¥19.99"
    assert panel.summary.text() == "Purchases: 1, total ¥19.99"
    assert dialog.isVisible()  # Return added the purchase; it did not close the file
    assert stored_amounts(db_path) == []  # kept in the form until Save

    type_text(qtbot, panel.item_edit, "纽扣")
    tab_to(qtbot, panel.amount_edit, presses=2)
    qtbot.keyClicks(panel.amount_edit, "0.29")
    tab_to(qtbot, panel.add_button)
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    amounts = {panel.table.item(r, AMOUNT_COLUMN).text() for r in range(panel.table.rowCount())}
    assert amounts == {"¥19.99", "¥0.29"}
    assert panel.summary.text() == "Purchases: 2, total ¥20.28"

    save_with_ctrl_s(qtbot, dialog)
    assert stored_amounts(db_path) == [(1999, "integer"), (29, "integer")]
    assert page.model.index(0, TOTAL_SPENT).data() == "¥20.28"


def test_full_width_amounts_from_a_chinese_input_method_are_kept_to_the_fen(
    qtbot: QtBot, db: Database, db_path: Path, services: Services
) -> None:
    page, dialog, _changes = open_purchases(qtbot, services)
    panel = panel_of(dialog)
    type_text(qtbot, panel.item_edit, "大衣")
    tab_to(qtbot, panel.amount_edit, presses=2)
    type_text(qtbot, panel.amount_edit, "￥１，２３４．５６")  # committed by the IME
    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_Return)
    assert panel.summary.text() == "Purchases: 1, total ¥1,234.56"
    save_with_ctrl_s(qtbot, dialog)
    assert stored_amounts(db_path) == [(123456, "integer")]
    assert page.model.index(0, TOTAL_SPENT).data() == "¥1,234.56"


def test_a_purchase_removed_and_brought_back_with_undo_keeps_its_fen(
    qtbot: QtBot, db: Database, db_path: Path, services: Services
) -> None:
    """Undo records the purchase again from its amount as text: it must be the amount to the
    fen, not a float's approximation of it."""
    page, dialog, _changes = open_purchases(qtbot, services)
    panel = panel_of(dialog)
    for typed in ("0.29", "19.99"):
        add_with_enter(qtbot, panel, "纽扣", typed)
    save_with_ctrl_s(qtbot, dialog)
    dialog = page.edit_customer(page.selected()[0])
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    panel = panel_of(dialog)  # the first tab
    panel.table.setFocus()
    # Newest first, the later added first: the 19.99.
    qtbot.keyClick(panel.table, Qt.Key.Key_Home)
    qtbot.keyClick(panel.remove_button, Qt.Key.Key_Space)
    assert panel.summary.text() == "Purchases: 1, total ¥0.29"
    save_with_ctrl_s(qtbot, dialog)
    assert stored_amounts(db_path) == [(29, "integer")]
    assert page.undo_stack.undoText() == "Edit 孙七"
    page.undo_stack.undo()
    assert sorted(fen for fen, _type in stored_amounts(db_path)) == [29, 1999]
    assert page.model.index(0, TOTAL_SPENT).data() == "¥20.28"


def test_a_purchase_recorded_elsewhere_shows_to_the_fen_when_the_file_opens(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in)
    saved = customers.create(CustomerDraft(name="周八"))
    purchases = PurchaseService(db, stage_rules=stage_rules_in)
    for typed in ("19.99", "0.29", "1,234.56"):
        purchases.record(saved.id, PurchaseDraft(dt.date.today(), "围巾", typed))
    page = customers_page(services, customers=customers, purchases=purchases)
    qtbot.addWidget(page)
    page.show()
    assert page.model.index(0, TOTAL_SPENT).data() == "¥1,254.84"
    panel = panel_of(page.edit_customer(saved.id))
    assert panel.summary.text() == "Purchases: 3, total ¥1,254.84"


def test_enter_in_the_amount_field_adds_the_purchase_and_keeps_the_file_open(
    qtbot: QtBot, db: Database, db_path: Path, services: Services
) -> None:
    """Enter also pressed the form's Save: the file closed after each purchase, and an amount
    the service refused (19,99 typed with a decimal comma) closed with its message unread and
    the sale never recorded."""
    _page, dialog, _changes = open_purchases(qtbot, services)
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
    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_Enter)  # the keypad's Enter
    assert panel.table.item(0, AMOUNT_COLUMN).text() == "¥19.99"
    assert dialog.isVisible() and saved == []
    assert not panel.error_label.isVisible()
    assert panel.amount_edit.text() == ""  # ready for the next purchase
    save_with_ctrl_s(qtbot, dialog)
    assert stored_amounts(db_path) == [(1999, "integer")]
