"""Windows sized for the screen they open on: a counter PC's is 1024x600 less its taskbar, or
1366x768 at 125% scaling (issue 18), and a window taller than the screen's available area hides
its buttons or status bar below the taskbar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window system adds above a window's client area, in logical pixels (Windows 10's
# title bar is 31 px at any scaling). Before a window is shown its frame is not known, so the
# room is kept for it.
TITLE_BAR = 32


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen not taken by taskbars (QScreen.availableGeometry)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def client_size(area: QRect) -> QSize:
    """The largest client area a window can have in ``area``: less the title bar."""
    return QSize(area.width(), area.height() - TITLE_BAR)


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Open ``window`` at the size it asks for (or ``preferred``, when larger) as far as its
    screen allows. Qt alone opens a dialog at two thirds of the screen at most: a tall form then
    scrolls on a screen it fits."""
    wanted = window.sizeHint().expandedTo(preferred or QSize())
    least = window.minimumSizeHint()
    window.resize(wanted.boundedTo(client_size(available_area(window))).expandedTo(least))


def first_geometry(preferred: QSize, area: QRect) -> QRect:
    """Where a window opens the first time: ``preferred`` as far as ``area`` allows with the
    title bar, in the middle of it (a client rectangle, as QWidget.setGeometry takes)."""
    size = preferred.boundedTo(client_size(area))
    left = area.left() + (area.width() - size.width()) // 2
    top = area.top() + TITLE_BAR + (area.height() - TITLE_BAR - size.height()) // 2
    return QRect(QPoint(left, top), size)


def within(geometry: QRect, area: QRect) -> QRect:
    """A remembered client rectangle made to fit ``area`` with its title bar: no larger, and
    moved in from any edge it crosses (left on a larger screen, or another screen's place)."""
    size = geometry.size().boundedTo(client_size(area))
    # Moved in from the right and bottom edges first: a window still larger than the area (its
    # minimum size is) keeps its title bar and menus in sight.
    left = max(min(geometry.left(), area.right() + 1 - size.width()), area.left())
    top = max(min(geometry.top(), area.bottom() + 1 - size.height()), area.top() + TITLE_BAR)
    return QRect(QPoint(left, top), size)
