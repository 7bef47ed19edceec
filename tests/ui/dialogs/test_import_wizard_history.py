"""The import wizard takes a purchase history too: the clerk says so on the first page with the
keyboard, checks the rows (each one left out said with why), and imports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """A key pressed where the keyboard focus is, as a clerk presses it."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)


def test_a_purchase_history_is_checked_and_imported_from_the_keyboard(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    customers = context.services.customers
    zhang = customers.create(CustomerDraft(name="张伟", phones=("13800138000",)))
    path = tmp_path / "消费记录.csv"
    path.write_text(
        "手机,消费日期,商品,金额\n"
        "13800138000,2026-01-01,羊毛围巾,19.99\n"
        "13800138000,2025-12-31,纽扣,0.29\n"
        "13700137000,2026-01-02,丝巾,100\n",
        encoding="utf-8",
    )
    window = make_window()
    wizard = window.import_customers()
    qtbot.waitExposed(wizard)
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):  # read in the background
        wizard.open_file(path)
    pages = wizard.history_pages
    assert pages is not None and pages.customers_choice.isChecked()
    wizard.activateWindow()  # the keys go where a clerk's would: to the active window
    qtbot.waitUntil(wizard.isActiveWindow)
    pages.customers_choice.setFocus()
    assert QApplication.focusWidget() is pages.customers_choice
    press(qtbot, Qt.Key.Key_Right)  # the arrow moves the choice, as in any group of options
    assert pages.history_choice.isChecked()
    press(qtbot, Qt.Key.Key_Return)  # Next
    assert wizard.currentPage() is pages.columns_page
    assert pages.columns_page.kind_combo.currentText() == "Purchases"
    assert pages.columns_page.mapping() == {"phone": 0, "date": 1, "item": 2, "amount": 3}
    press(qtbot, Qt.Key.Key_Return)  # Next
    check = pages.check_page
    assert wizard.currentPage() is check
    assert check.summary_label.text() == "Ready to add: 2. To be left out: 1."
    assert [check.problems.index(0, column).data() for column in range(3)] == [
        "4",
        "",
        "No customer on file has the phone 13700137000. The row was not imported.",
    ]
    with qtbot.waitSignal(check.imported, timeout=20_000):
        press(qtbot, Qt.Key.Key_Return)  # Import
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert pages.box is not None
    assert pages.box.text() == "Purchases added: 2, for customers: 1. Rows left out: 1."
    pages.box.close()
    bought = context.services.purchases.purchases_of(zhang.id)
    assert [(p.purchased_on, p.amount_cents) for p in bought] == [
        (dt.date(2026, 1, 1), 1999),
        (dt.date(2025, 12, 31), 29),
    ]
    assert customers.get(zhang.id).total_spent_cents == 2028
