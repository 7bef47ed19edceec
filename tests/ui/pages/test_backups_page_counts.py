"""A backup's customer count is the customers outside its Trash, as the window's own count:
one trashed and one merged away (merged files go to the Trash) leave 2 of 4 (issue 20)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def four_customers_two_counted(context: AppContext) -> None:
    customers = context.services.customers
    ids = {
        name: customers.create(CustomerDraft(name=name, phones=(phone,))).id
        for name, phone in [
            ("王芳", "13800138001"),
            ("李娜", "13800138002"),
            ("张伟", "13800138003"),
            ("王芳2", "13800138004"),
        ]
    }
    customers.trash(ids["张伟"])
    context.services.merge.merge(ids["王芳"], ids["王芳2"])


def test_the_backups_page_counts_the_customers_outside_the_trash(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    four_customers_two_counted(context)
    window = make_window()
    assert window.count_label.text() == "Customers: 2"
    window.navigation.select("backups")
    page = window.backups_page
    with qtbot.waitSignal(page.table.model().modelReset, timeout=10_000):
        qtbot.keyClick(page.back_up_button, Qt.Key.Key_Space)
    assert page.model.index(0, 2).data() == "2"
    assert (
        page.model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        == "Customer files in the backup, not counting those in its Trash"
    )
    assert context.services.backups.backups()[0].customers == 2
