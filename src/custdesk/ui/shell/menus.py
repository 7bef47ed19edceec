"""The main window's menus: File, Edit, Go and Help, each action with its shortcut.

A backup's window (``writes`` False) offers no change at all: its menus hold what reads (issue
18: its New customer opened a form whose Save was then refused, the typing lost). The words stay
in MainWindow's context of the catalogue, where they were written first.
"""

from __future__ import annotations

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
    export_action = QAction(
        QCoreApplication.translate("MainWindow", "&Export reports to Excel…"), window
    )
    export_action.setShortcut(QKeySequence("Ctrl+E"))
    export_action.triggered.connect(window.export_reports)
    file_menu.addAction(export_action)
    file_menu.addSeparator()
    if writes:
        settings_action = QAction(QCoreApplication.translate("MainWindow", "&Settings…"), window)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(window.open_settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
    # The backup's window only closes itself: "Quit" would read as leaving CustDesk.
    quit_action = QAction(
        QCoreApplication.translate("MainWindow", "&Quit")
        if writes
        else QCoreApplication.translate("MainWindow", "&Close this backup"),
        window,
    )
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
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
        merge_action = QAction(
            QCoreApplication.translate("MainWindow", "&Merge into another file…"), window
        )
        merge_action.setShortcut(QKeySequence("Ctrl+M"))
        merge_action.triggered.connect(window.merge_customer)
        edit_menu.addAction(merge_action)
        edit_menu.addSeparator()
    find_action = QAction(QCoreApplication.translate("MainWindow", "&Find customer"), window)
    find_action.setShortcut(QKeySequence.StandardKey.Find)
    find_action.triggered.connect(window.find_customer)
    edit_menu.addAction(find_action)
    # Beside Ctrl+F, where the keys that move the focus are learnt. F6 moves between panes
    # on Windows; no other key of the window or its pages uses it.
    list_action = QAction(
        QCoreApplication.translate("MainWindow", "Go to the page's &list"), window
    )
    list_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
    list_action.triggered.connect(window.focus_list)
    edit_menu.addAction(list_action)
    go_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    for row, (key, label, _explanation) in enumerate(page_texts()):
        if key == "backups" and not writes:
            continue  # hidden there: a backup's backups are not the shop's
        action = QAction(icon(key), label, window)
        action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        action.triggered.connect(lambda _checked=False, k=key: window.go_to(k))
        go_menu.addAction(action)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    stages_action = QAction(
        QCoreApplication.translate("MainWindow", "How customer &stages work"), window
    )
    stages_action.triggered.connect(window.show_stage_rules)
    help_menu.addAction(stages_action)
    help_menu.addSeparator()
    about_action = QAction(QCoreApplication.translate("MainWindow", "&About CustDesk"), window)
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(window.show_about)
    help_menu.addAction(about_action)


def _writing_file_menu(window: MainWindow, file_menu: QMenu) -> None:
    new_action = QAction(QCoreApplication.translate("MainWindow", "&New customer…"), window)
    new_action.setShortcut(QKeySequence.StandardKey.New)
    new_action.triggered.connect(window.new_customer)
    file_menu.addAction(new_action)
    log_action = QAction(QCoreApplication.translate("MainWindow", "&Log visit or call…"), window)
    log_action.setShortcut(QKeySequence("Ctrl+L"))
    log_action.triggered.connect(window.log_visit)
    file_menu.addAction(log_action)
    complaint_action = QAction(QCoreApplication.translate("MainWindow", "New &complaint…"), window)
    # K for 客诉: taken down while the customer is still at the counter (太阳下山原则).
    complaint_action.setShortcut(QKeySequence("Ctrl+K"))
    complaint_action.triggered.connect(window.new_complaint)
    file_menu.addAction(complaint_action)
    file_menu.addSeparator()
    import_action = QAction(QCoreApplication.translate("MainWindow", "&Import customers…"), window)
    import_action.triggered.connect(window.import_customers)
    file_menu.addAction(import_action)
