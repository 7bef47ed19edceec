"""A backup looked into (issue 18, the worst of a clerk's trial): Ctrl+7 F6 Enter opened a window
like the live shop, whose Ctrl+N form was refused on Save with "fix the folder's permissions"
and the typing lost. The window now says what it is across its top, offers nothing that writes,
and a customer's file opens for reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.shell.main_window import PAGE_KEYS, MainWindow

MakeWindow = Callable[[], MainWindow]
CTRL, PLAIN = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
WRITING_MENU_ITEMS = {
    "&New customer…",
    "&Log visit or call…",
    "New &complaint…",
    "&Import customers…",
    "&Settings…",
    "&Undo",
    "&Redo",
}
WRITING_BUTTONS = {
    "New customer",
    "Move to Trash",
    "Merge into…",
    "Log a visit or call…",
    "New complaint…",
    "Start work",
    "Resolve…",
    "Close without fix",
    "Reward the referrer…",
    "Mark as given",
    "Done…",
    "Snooze",
    "Cancel it",
    "Log greeting…",
    "Log call…",
    "Call today",
}


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def backup_window(qtbot: QtBot, context: AppContext, make_window: MakeWindow) -> MainWindow:
    """张三's shop backed up by hand, then Ctrl+7 F6 Enter, as the clerk did."""
    context.services.customers.create(CustomerDraft(name="张三", notes="老顾客"))
    context.services.backups.back_up()
    window = make_window()
    activate(qtbot, window)
    press(qtbot, window, Qt.Key.Key_7, CTRL)
    press(qtbot, window, Qt.Key.Key_F6, PLAIN)
    press(qtbot, window, Qt.Key.Key_Return, PLAIN)
    qtbot.waitUntil(lambda: len(window.read_only_windows) == 1, timeout=10_000)
    (look,) = window.read_only_windows
    qtbot.addWidget(look)
    activate(qtbot, look)
    return look


def made_at(window: MainWindow) -> str:
    return window.read_only_label.removeprefix("Backup of ").removesuffix(" 的备份")


def test_the_backups_window_says_across_its_top_what_it_is(backup_window: MainWindow) -> None:
    banner = backup_window.banner
    assert banner is not None and banner.isVisible()
    assert banner.text() == (
        f"This is the backup of {made_at(backup_window)}: it can be looked at, not changed. "
        "To put it in place of the data you have now, choose Restore on the Backups page of the "
        "main window."
    )


def test_the_backups_window_says_it_in_chinese(chinese: None, backup_window: MainWindow) -> None:
    banner = backup_window.banner
    assert banner is not None and banner.isVisible()
    when = made_at(backup_window)
    assert banner.text() == (
        f"这是 {when} 的备份，只能查看，不能修改。"
        "要用它替换现在的数据，请在主窗口的“备份”页选“恢复”。"
    )


def test_its_menus_offer_nothing_that_writes_and_ctrl_n_opens_no_form(
    qtbot: QtBot, backup_window: MainWindow
) -> None:
    offered = {
        action.text()
        for menu in backup_window.menuBar().findChildren(QMenu)
        for action in menu.actions()
    }
    assert offered & WRITING_MENU_ITEMS == set()
    assert "&Export reports to Excel…" in offered  # reading stays

    press(qtbot, backup_window, Qt.Key.Key_N, CTRL)
    assert backup_window.findChildren(CustomerDialog) == []


def test_no_page_shows_a_button_that_writes(backup_window: MainWindow) -> None:
    shown: set[str] = set()
    for key in PAGE_KEYS:
        if key == "backups":
            continue  # not listed in a backup's window
        backup_window.navigation.select(key)
        page = backup_window.current_page()
        shown |= {b.text() for b in page.findChildren(QPushButton) if b.isVisible()}
    assert shown & WRITING_BUTTONS == set()
    assert "Export to Excel…" in shown


def test_a_customers_file_opens_for_reading_without_save(
    qtbot: QtBot,
    context: AppContext,
    backup_window: MainWindow,
    shown_messages: list[tuple[str, str]],
) -> None:
    press(qtbot, backup_window, Qt.Key.Key_2, CTRL)
    press(qtbot, backup_window, Qt.Key.Key_F6, PLAIN)
    press(qtbot, backup_window, Qt.Key.Key_Return, PLAIN)
    (form,) = backup_window.findChildren(CustomerDialog)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    assert form.name_edit.text() == "张三"
    texts = {b.text() for b in form.findChildren(QPushButton) if b.isVisible()}
    assert "Save" not in texts and "Close" in texts

    qtbot.keyClicks(form.name_edit, "abc")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_S, CTRL)
    assert form.name_edit.text() == "张三"  # nothing typed, nothing to lose
    assert shown_messages == []  # no refused Save
    assert form.isVisible()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Escape)
    assert not form.isVisible()
