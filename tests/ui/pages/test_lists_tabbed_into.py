"""A list reached with Tab acts on the row it outlines (issue 18, seen driving the app with real
keys): Qt outlines the first row as current but selects none, and Enter did nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def test_tab_into_the_complaints_then_enter_resolves_the_outlined_one_as_typed(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    someone = context.services.customers.create(CustomerDraft(name="张三")).id
    complaint = context.services.complaints.record(
        someone, ComplaintDraft(dt.datetime.now(), "phone", "拉链坏了")
    )
    window = make_window()
    window.navigation.select("complaints")
    page = window.complaints_page
    page.new_button.setFocus()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Tab)  # Start, Resolve, Close: off until a row
    assert page.focusWidget() is page.table

    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    (resolve,) = page.findChildren(ResolveDialog)
    resolve.activateWindow()  # as the window manager does for a dialog just opened
    qtbot.waitUntil(resolve.isActiveWindow)
    qtbot.keyClicks(resolve.resolution_edit, "New zipper")
    qtbot.keyClick(resolve.resolution_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    (stored,) = context.services.complaints.complaints()
    assert (stored.id, stored.status, stored.resolution) == (complaint.id, "resolved", "New zipper")
