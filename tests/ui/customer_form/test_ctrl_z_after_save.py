"""After Save the clerk is back in the customer list on the saved customer, so that Ctrl+Z takes
the save back (a clerk's trial: from the search box Ctrl+Z undid the search text instead)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_right_after_a_save_opened_from_the_search_takes_the_save_back(
    qtbot: QtBot, context: AppContext, make_window: Callable[[], MainWindow]
) -> None:
    customer = context.services.customers.create(CustomerDraft(name="郭晶萍")).id
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, CTRL)
    page = window.customers_page
    qtbot.keyClicks(page.search_box, "guojingping")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), CustomerDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, CustomerDialog)
    type_text(qtbot, dialog.notes_edit, "喜欢红色")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    window.activateWindow()  # the window manager gives the window back its focus
    qtbot.waitUntil(window.isActiveWindow)
    assert context.services.customers.get(customer).draft.notes == "喜欢红色"
    assert QApplication.focusWidget() is page.table

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert context.services.customers.get(customer).draft.notes == ""
    assert page.search_box.text() == "guojingping"  # the search stays as typed
