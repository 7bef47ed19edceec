"""The window as the clerk left it: size, position, toolbars and splitter positions (QSettings,
per computer; shop data lives in the database instead)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter/{name}"


def _splitters(widget: QWidget) -> list[QSplitter]:
    """The splitters worth remembering: those given an object name."""
    return [s for s in widget.findChildren(QSplitter) if s.objectName()]


def restore_window_state(window: QMainWindow) -> None:
    settings = QSettings()
    geometry = settings.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = settings.value(STATE_KEY)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    restore_splitters(window)


def restore_splitters(widget: QWidget) -> None:
    """Splitter positions inside ``widget``: the window's at start, a page's when it is built
    on its first visit. A page never built keeps what was saved for it last time."""
    settings = QSettings()
    for splitter in _splitters(widget):
        sizes = settings.value(SPLITTER_KEY.format(name=splitter.objectName()))
        if isinstance(sizes, QByteArray):
            splitter.restoreState(sizes)


def save_window_state(window: QMainWindow) -> None:
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    for splitter in _splitters(window):
        settings.setValue(SPLITTER_KEY.format(name=splitter.objectName()), splitter.saveState())
