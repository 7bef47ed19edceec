"""Ctrl+Z takes back a create, an edit or a delete; Ctrl+Shift+Z does it again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

MakeWindow = Callable[[], MainWindow]


def names(window: MainWindow) -> list[str]:
    model = window.customers_page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_undo_and_redo_a_new_customer_an_edit_and_a_delete(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    window = make_window()
    page = window.customers_page
    stack = window.undo_stack
    window.navigation.select("customers")

    dialog = page.new_customer()
    type_text(qtbot, dialog.name_edit, "张三")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert names(window) == ["张三"]
    assert window.count_label.text() == "Customers: 1"
    assert stack.undoText() == "New customer 张三"

    customer_id = page.model.customer_id(0)
    dialog = page.edit_customer(customer_id)
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, "张三丰")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    page.table.selectRow(0)
    page.trash_selected()
    assert names(window) == []

    stack.undo()  # the delete
    assert names(window) == ["张三丰"]
    stack.undo()  # the edit
    assert names(window) == ["张三"]
    assert context.services.customers.get(customer_id).name == "张三"
    stack.undo()  # the creation: moved to the Trash, not destroyed
    assert names(window) == []
    assert window.count_label.text() == "Customers: 0"
    assert context.services.customers.get(customer_id).in_trash

    stack.redo()
    stack.redo()
    assert names(window) == ["张三丰"]
    stack.redo()
    assert names(window) == []


def test_undoing_an_edit_restores_a_phone_even_if_it_was_shared_since(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customers = context.services.customers
    first = customers.create(CustomerDraft(name="王五", phones=("13700137000",)))
    window = make_window()
    page = window.customers_page
    dialog = page.edit_customer(first.id)
    dialog.phones_edit.clear()
    type_text(qtbot, dialog.phones_edit, "13600136000")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    customers.create(CustomerDraft(name="王六", phones=("13700137000",)))
    window.undo_stack.undo()
    assert customers.get(first.id).draft.phones == ("+8613700137000",)
