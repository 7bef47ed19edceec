"""Pictures of every main page and the main dialogs, for the README and for tests.

Each picture is the window (or dialog) as a clerk sees it at a fixed size, saved as
``{name}-{language}.png``, readable by this user only (pictures of a real shop show its customers).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QDialog

from custdesk.paths import ensure_private_dir
from custdesk.ui.common.pictures import save_png
from custdesk.ui.shell.main_window import PAGE_KEYS, MainWindow

WINDOW_SIZE = (1280, 820)

Opener = Callable[[MainWindow], QDialog]


def _settle() -> None:
    """Let layouts, lazy loads and charts finish before the picture is taken."""
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _dialogs() -> dict[str, Opener]:
    return {
        "settings": lambda window: window.open_settings(),
        "about": lambda window: window.show_about(),
    }


def save_screenshots(window: MainWindow, out_dir: Path, language: str) -> list[Path]:
    """Show each page in turn and save it, then each main dialog; returns the files written."""
    ensure_private_dir(out_dir)  # 0700 when we create it
    window.resize(*WINDOW_SIZE)
    window.show()
    written = []
    for key in PAGE_KEYS:
        window.navigation.select(key)
        _settle()
        written.append(save_png(window, out_dir / f"{key}-{language}.png"))
    window.navigation.select("today")
    for name, open_dialog in _dialogs().items():
        dialog = open_dialog(window)
        _settle()
        written.append(save_png(dialog, out_dir / f"{name}-{language}.png"))
        dialog.reject()
    return written
