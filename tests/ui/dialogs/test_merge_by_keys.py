"""Two files of one person merged with the keys alone: Ctrl+M on the selected customer, the
other found by phone, Down into the files found (the first chosen), Enter to choose, Enter to
merge. A trial needed Tab, then Space, before Merge would do anything, and found no key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.dialogs.merge_dialog import MergeDialog
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def test_a_file_is_merged_into_the_one_found_with_down_and_enter(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customers = context.services.customers
    doubled = customers.create(CustomerDraft(name="邱洁", phones=("15640404413",))).id
    kept = customers.create(CustomerDraft(name="邱 洁", phones=("13394227677",))).id
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "15640404413")
    press(qtbot, Qt.Key.Key_F6)  # into the list, the one found selected
    press(qtbot, Qt.Key.Key_M, CTRL)
    dialog = window.findChild(MergeDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(QApplication.focusWidget(), "13394227677")
    assert not dialog.merge_button.isEnabled()  # found, not yet chosen
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.choices.hasFocus()
    assert [item.text(0) for item in dialog.choices.selectedItems()] == ["邱 洁"]
    assert dialog.merge_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return)  # chosen: on to Merge, nothing merged yet
    assert dialog.merge_button.hasFocus() and dialog.merge_button.isDefault()
    assert not customers.get(doubled).in_trash
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert customers.get(doubled).in_trash
    assert customers.get(kept).draft.phones == ("+8613394227677", "+8615640404413")


def test_ctrl_m_away_from_the_list_says_what_to_do(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    """On Today nobody is chosen to merge: the list, and the status bar says how."""
    context.services.customers.create(CustomerDraft(name="邱洁"))
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_M, CTRL)
    assert window.findChild(MergeDialog) is None
    assert window.current_page().objectName() == "page_customers"
    assert window.statusBar().currentMessage() == (
        "Select the customer whose file goes into another, then press Ctrl+M."
    )
