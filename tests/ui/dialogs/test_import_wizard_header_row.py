"""The wizard's first page shows the header row it found, and the clerk types another."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def test_the_clerk_types_the_header_row_and_the_columns_follow(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    rows = [
        ["客户", "张经理"],
        [],
        ["姓名", "手机"],
        ["张伟", "13800138000"],
        ["李娜", "13900139000"],
    ]
    for row in rows:
        book.active.append(row)
    path = tmp_path / "名单.xlsx"
    book.save(path)
    wizard = make_window().import_customers()
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):  # read in the background
        wizard.open_file(path)
    assert wizard.header_spin.text() == "1"  # found: a known word in a short row
    assert wizard.file_summary.text() == "Rows: 3. Columns: 客户, 张经理"
    wizard.activateWindow()  # the keys go where a clerk's would: to the active window
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.header_spin.setFocus()
    qtbot.keyClick(wizard.header_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(wizard.header_spin, "3")
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # leaving the box reads again
    assert QApplication.focusWidget() is not wizard.header_spin
    assert wizard.file_summary.text() == "Rows: 2. Columns: 姓名, 手机"
    wizard.next()
    assert wizard.mapping() == {"name": 0, "phones": 1}
    wizard.next()
    assert wizard.summary_label.text() == "Ready to import: 2. To be skipped: 0."
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    wizard.report_box.close()
    names = {context.services.customers.get(i).name for i in context.services.customer_list.ids()}
    assert names == {"张伟", "李娜"}
