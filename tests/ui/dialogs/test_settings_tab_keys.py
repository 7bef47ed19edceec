"""Settings' tabs turned by keyboard from anywhere in the dialog, the greeting-days table too,
as the customer form's (issue 18: inside the table Ctrl+Tab moved between its cells, and the
clerk could not reach Backups or Language without the mouse)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.calendar import Holiday
from custdesk.ui.dialogs.settings_dialog import SettingsDialog
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

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


def test_tab_leaves_the_greeting_days_and_a_day_typed_stays_when_the_tab_is_turned(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    """Tab went round the table's cells for ever; Tab while typing a day goes on to its next
    cell, and Ctrl+Tab in the middle of typing keeps what was typed."""
    dialog = open_settings(qtbot, make_window)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    table = dialog.holiday_table
    before = table.rowCount()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    assert QApplication.focusWidget() is dialog.add_holiday_button
    press(qtbot, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)
    assert table.rowCount() == before + 1
    type_text(qtbot, QApplication.focusWidget(), "店庆")
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Shop birthday")
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "05-18")
    press(qtbot, Qt.Key.Key_Tab)
    assert shown_tab(dialog) == "Backups"
    assert [table.item(before, column).text() for column in range(3)] == [
        "店庆",
        "Shop birthday",
        "05-18",
    ]
    with qtbot.waitSignal(dialog.saved):
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    saved = context.services.settings.get()
    assert saved.holidays[-1] == Holiday("店庆", "Shop birthday", month=5, day=18)
