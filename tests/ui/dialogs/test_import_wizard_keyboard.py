"""The import wizard from the keyboard: a path typed or pasted is read on Enter, and Enter then
goes on to the columns (a clerk's trial found the path box ignoring typing and Enter reopening
the file picker)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def test_a_typed_path_is_read_and_enter_goes_on(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("name,phone\nAnn Lee,13800138000\n", encoding="utf-8")
    wizard = make_window().import_customers()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.path_edit.setFocus()

    qtbot.keyClicks(wizard.path_edit, str(path))
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):
        qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    assert wizard.file_summary.text() == "Rows: 1. Columns: name, phone"
    assert QApplication.focusWidget() is wizard.button(wizard.WizardButton.NextButton)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.columns_page
    assert wizard.mapping() == {"name": 0, "phones": 1}


def test_a_mistyped_path_says_why_and_keeps_what_was_typed(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    wizard = make_window().import_customers()
    wizard.path_edit.setFocus()
    typed = str(tmp_path / "no such list.csv")
    qtbot.keyClicks(wizard.path_edit, typed)
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):
        qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    # Not "It may be damaged": there is no such file (a clerk's trial).
    assert wizard.file_error.text() == (
        "There is no file with this name in that folder. Check the name and the folder."
    )
    assert wizard.path_edit.text() == typed
    assert not wizard.file_page.isComplete()
