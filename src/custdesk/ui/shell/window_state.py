"""The window as the clerk left it: size, position, toolbars and splitter positions (QSettings,
per computer; shop data lives in the database instead)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from custdesk.ui.common.screen_size import available_area, first_geometry, within

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter/{name}"
FIRST_SIZE = QSize(1180, 760)  # on a screen that has the room


def _splitters(widget: QWidget) -> list[QSplitter]:
    """The splitters worth remembering: those given an object name."""
    return [s for s in widget.findChildren(QSplitter) if s.objectName()]


def place_first_time(window: QMainWindow) -> None:
    """A window that fits the screen's available area, in its middle."""
    window.setGeometry(first_geometry(FIRST_SIZE, available_area(window)))


def restore_window_state(window: QMainWindow) -> None:
    """The window as it was left, inside the screen's available area: a size remembered from
    a larger screen (or a position on a screen no longer there) is brought within it. The first
    time, a window that fits the area."""
    settings = QSettings()
    geometry = settings.value(GEOMETRY_KEY)
    area = available_area(window)
    if not isinstance(geometry, QByteArray) or not window.restoreGeometry(geometry):
        place_first_time(window)
    elif not window.isMaximized() and not window.isFullScreen():
        window.setGeometry(within(window.geometry(), area))
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
