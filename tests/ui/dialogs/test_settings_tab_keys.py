"""Settings' tabs turned by keyboard from anywhere in the dialog, the greeting-days table too,
as the customer form's (issue 18: inside the table Ctrl+Tab moved between its cells, and the
clerk could not reach Backups or Language without the mouse)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from custdesk.ui.dialogs.settings_dialog import SettingsDialog
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def open_settings(qtbot: QtBot, make_window: MakeWindow) -> SettingsDialog:
    dialog = make_window().open_settings()
    assert dialog is not None
    dialog.activateWindow()  # shortcuts and Tab work in the active window, as on a screen
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    qtbot.keyClick(focused, key, modifiers)


def shown_tab(dialog: SettingsDialog) -> str:
    return dialog.tabs.tabText(dialog.tabs.currentIndex())


def test_ctrl_tab_turns_the_settings_tabs_from_inside_the_greeting_days(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    dialog = open_settings(qtbot, make_window)
    assert dialog.focusWidget() is dialog.shop_name_edit
    press(qtbot, Qt.Key.Key_Tab)
    assert shown_tab(dialog) == "Greeting days"
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)  # into the page shown
    table = dialog.holiday_table
    assert QApplication.focusWidget() is table
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    cell = (table.currentRow(), table.currentColumn())

    press(qtbot, Qt.Key.Key_Tab)
    assert shown_tab(dialog) == "Backups"
    assert (table.currentRow(), table.currentColumn()) == cell  # the table kept its place
    press(qtbot, Qt.Key.Key_Tab, CTRL_SHIFT)
    assert shown_tab(dialog) == "Greeting days"
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    assert QApplication.focusWidget() is table
    press(qtbot, Qt.Key.Key_PageDown)
    assert shown_tab(dialog) == "Backups"
    press(qtbot, Qt.Key.Key_PageDown)
    assert shown_tab(dialog) == "Language"
    press(qtbot, Qt.Key.Key_PageDown)  # round from the last tab to the first
    assert shown_tab(dialog) == "Shop"
    press(qtbot, Qt.Key.Key_PageUp)
    assert shown_tab(dialog) == "Language"
    press(qtbot, Qt.Key.Key_Tab, CTRL_SHIFT)
    assert shown_tab(dialog) == "Backups"
