"""The main window's menus: File, Edit, Go and Help, each action with its shortcut.

A backup's window (``writes`` False) offers no change at all: its menus hold what reads (issue
18: its New customer opened a form whose Save was then refused, the typing lost). The words stay
in MainWindow's context of the catalogue, where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from custdesk.ui.common.icons import icon
from custdesk.ui.shell.navigation import page_texts

if TYPE_CHECKING:
    from custdesk.ui.shell.main_window import MainWindow


def build_menus(window: MainWindow, *, writes: bool) -> None:
    """The window's menu bar, with only what reads when ``writes`` is False."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    if writes:
        _writing_file_menu(window, file_menu)
    words = QCoreApplication.translate("MainWindow", "&Export reports to Excel…")
    _add(file_menu, window, words, window.export_reports, QKeySequence("Ctrl+E"))
    file_menu.addSeparator()
    if writes:
        words = QCoreApplication.translate("MainWindow", "&Settings…")
        settings = _add(file_menu, window, words, window.open_settings, QKeySequence("Ctrl+,"))
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addSeparator()
    # The backup's window only closes itself: "Quit" would read as leaving CustDesk.
    words = (
        QCoreApplication.translate("MainWindow", "&Quit")
        if writes
        else QCoreApplication.translate("MainWindow", "&Close this backup")
    )
    _add(file_menu, window, words, window.close, QKeySequence.StandardKey.Quit)
    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    if writes:
        undo_action = window.undo_stack.createUndoAction(
            window, QCoreApplication.translate("MainWindow", "&Undo")
        )
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = window.undo_stack.createRedoAction(
            window, QCoreApplication.translate("MainWindow", "&Redo")
        )
        redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        window.undo_stack.said.connect(window.say)
        edit_menu.addAction(undo_action)
        edit_menu.addAction(redo_action)
        edit_menu.addSeparator()
        # The customer list's "Merge into…" had no key: a clerk at the keyboard could not reach it.
        words = QCoreApplication.translate("MainWindow", "&Merge into another file…")
        _add(edit_menu, window, words, window.merge_customer, QKeySequence("Ctrl+M"))
        edit_menu.addSeparator()
    words = QCoreApplication.translate("MainWindow", "&Find customer")
    _add(edit_menu, window, words, window.find_customer, QKeySequence.StandardKey.Find)
    # Beside Ctrl+F, where the keys that move the focus are learnt. F6 moves between panes
    # on Windows; no other key of the window or its pages uses it.
    words = QCoreApplication.translate("MainWindow", "Go to the page's &list")
    _add(edit_menu, window, words, window.focus_list, QKeySequence(Qt.Key.Key_F6))
    go_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    for row, (key, label, _explanation) in enumerate(page_texts()):
        if key == "backups" and not writes:
            continue  # hidden there: a backup's backups are not the shop's
        action = QAction(icon(key), label, window)
        action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        action.triggered.connect(lambda _checked=False, k=key: window.go_to(k))
        go_menu.addAction(action)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    words = QCoreApplication.translate("MainWindow", "How customer &stages work")
    _add(help_menu, window, words, window.show_stage_rules)
    help_menu.addSeparator()
    words = QCoreApplication.translate("MainWindow", "&About CustDesk")
    _add(help_menu, window, words, window.show_about).setMenuRole(QAction.MenuRole.AboutRole)


def _writing_file_menu(window: MainWindow, file_menu: QMenu) -> None:
    words = QCoreApplication.translate("MainWindow", "&New customer…")
    _add(file_menu, window, words, window.new_customer, QKeySequence.StandardKey.New)
    words = QCoreApplication.translate("MainWindow", "&Log visit or call…")
    _add(file_menu, window, words, window.log_visit, QKeySequence("Ctrl+L"))
    # K for 客诉: taken down while the customer is still at the counter (太阳下山原则).
    words = QCoreApplication.translate("MainWindow", "New &complaint…")
    _add(file_menu, window, words, window.new_complaint, QKeySequence("Ctrl+K"))
    file_menu.addSeparator()
    words = QCoreApplication.translate("MainWindow", "&Import customers…")
    _add(file_menu, window, words, window.import_customers)


def _add(
    menu: QMenu,
    window: MainWindow,
    words: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    """An entry of ``menu`` running ``slot``; the action belongs to the window, so that its
    key works wherever the focus is in it."""
    action = QAction(words, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action
