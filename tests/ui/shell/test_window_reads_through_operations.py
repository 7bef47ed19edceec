"""What the window reads to open a dialog goes through an Operation: a busy file is told in
words and no half-filled dialog opens (before, the read failed inside the dialog's constructor
and reached the internal-error dialog)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custdesk.errors import DatabaseLockedError
from custdesk.services.shop.settings import SettingsService
from custdesk.ui.dialogs.settings_dialog import SettingsDialog
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
BUSY_READING = (
    "The file is busy",
    "Another program is using the customer file right now (a backup or sync tool, or a second"
    " CustDesk), so this could not be read. Wait a moment and try again; nothing was changed.",
)


@pytest.fixture
def busy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(self: SettingsService) -> object:
        raise DatabaseLockedError("database is locked")

    monkeypatch.setattr(SettingsService, "get", locked)


def test_settings_on_a_busy_file_are_told_and_no_dialog_opens(
    qtbot: QtBot,
    make_window: MakeWindow,
    shown_messages: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    real_get = SettingsService.get
    monkeypatch.setattr(
        SettingsService, "get", lambda self: (_ for _ in ()).throw(DatabaseLockedError("locked"))
    )

    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)

    assert shown_messages == [BUSY_READING]
    assert window.findChild(SettingsDialog) is None
    monkeypatch.setattr(SettingsService, "get", real_get)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_the_stage_rules_on_a_busy_file_are_told(
    make_window: MakeWindow, shown_messages: list[tuple[str, str]], busy_settings: None
) -> None:
    window = make_window()
    told_at_start = len(shown_messages)  # the shop's name for the title
    assert window.show_stage_rules() is None
    assert shown_messages[told_at_start:] == [BUSY_READING]


def test_a_window_opened_on_a_busy_file_tells_it_and_still_opens(
    make_window: MakeWindow, shown_messages: list[tuple[str, str]], busy_settings: None
) -> None:
    window = make_window()
    assert window.isVisible()
    assert window.windowTitle() == "custdesk.db — CustDesk"  # without the shop's name
    assert BUSY_READING in shown_messages
