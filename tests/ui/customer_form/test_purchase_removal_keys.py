"""Removing purchases in the customer form by keyboard (a clerk's trial): Delete removes the
selected one; a second press never takes another purchase than the one the clerk chose."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.customers.purchases import PurchaseDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.customer_form.purchases_panel import PurchasesPanel
from tests.ui.building import customer_dialog
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def items(panel: PurchasesPanel) -> list[tuple[str, bool]]:
    """Each line's item and whether it is struck out (removed when the form is saved)."""
    table = panel.table
    return [
        (table.item(row, 1).text(), table.item(row, 1).font().strikeOut())
        for row in range(table.rowCount())
    ]


def opened_on_purchases(qtbot: QtBot, services: Services) -> tuple[CustomerDialog, int]:
    customer = services.customers.create(CustomerDraft(name="郭晶萍"))
    services.purchases.record(customer.id, PurchaseDraft(dt.date(2026, 11, 1), "营养品", "3792"))
    dialog = customer_dialog(services, record=services.customers.get(customer.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog, customer.id


def test_delete_marks_the_selected_purchase_and_delete_again_keeps_it(
    qtbot: QtBot, services: Services
) -> None:
    dialog, _customer = opened_on_purchases(qtbot, services)
    panel = dialog.purchases_panel
    assert panel is not None
    panel.table.setFocus()  # Tabbed into: its first line selected
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert items(panel) == [("营养品", True)]
    assert panel.remove_button.text() == "Keep purchase"
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert items(panel) == [("营养品", False)]


def test_removing_a_purchase_just_added_leaves_the_one_on_file_alone(
    qtbot: QtBot, services: Services
) -> None:
    dialog, customer = opened_on_purchases(qtbot, services)
    panel = dialog.purchases_panel
    assert panel is not None
    type_text(qtbot, panel.item_edit, "维生素")
    qtbot.keyClicks(panel.amount_edit, "19.99")
    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_Return)
    panel.table.setFocus()  # the new one, newest, first and selected
    panel.remove_button.setFocus()
    qtbot.keyClick(panel.remove_button, Qt.Key.Key_Space)
    assert items(panel) == [("营养品", False)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # pressed once too often
    assert items(panel) == [("营养品", False)]
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    assert [p.item for p in services.purchases.purchases_of(customer)] == ["营养品"]
