"""Does a window fit a counter's screen? Its controls inside it, none clipped, none out of reach.

The screens a shop has (issue 18): a 1024x600 netbook-sized screen less its taskbar, and a
1366x768 laptop at 125% scaling (1093x614 logical pixels). A window must fit the screen's
available area with its title bar; every button and field must then lie inside the window and
inside each of its ancestors, or inside a scroll area's contents that scroll only up and down.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Available areas in logical pixels, as QScreen.availableGeometry gives them.
AREAS = {
    "1024x600 less its taskbar": QSize(1024, 560),
    "1366x768 at 125%": QSize(1093, 614),
}
# What the window system adds above a window's client area (Windows 10: 31 px at any scaling,
# in logical pixels); the window's frame must fit the area too.
TITLE_BAR = 32

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)

# Controls whose pieces are widgets of their own (a spin box's line edit, a field's buttons).
OWNERS = (QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QAbstractScrollArea)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def client_area(area: QSize) -> QSize:
    """The largest client area a window can have in ``area``: less the title bar."""
    return QSize(area.width(), area.height() - TITLE_BAR)


def _inner_part(widget: QWidget) -> bool:
    """A piece of another control (a spin box's line edit, a field's calendar button): checked
    as part of its owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return False  # a form's scroll area: its fields are controls of their own
        if isinstance(
            parent, QAbstractSpinBox | QComboBox | QLineEdit | QTabBar | QAbstractScrollArea
        ):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> Iterator[QWidget]:
    """The buttons and fields a clerk can reach in ``root`` as it is shown now."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, CONTROLS) and widget.isVisibleTo(root) and not _inner_part(widget):
            yield widget


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText() or widget.text()
    return f"{type(widget).__name__} {widget.objectName() or text!r}".strip()


def least_size(widget: QWidget) -> QSize:
    """The smallest a layout makes ``widget``: the minimum size it was given, else the one its
    contents need (a text box given a fixed height of three lines is meant to be that high)."""
    hint, given = widget.minimumSizeHint(), widget.minimumSize()
    least = QSize(given.width() or hint.width(), given.height() or hint.height())
    return least.boundedTo(widget.maximumSize())


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def _cut_off(widget: QWidget, root: QWidget) -> list[str]:
    """``widget`` outside one of its parents up to ``root``; in a scroll area, the scroll area
    in sight instead (the widget is reached by scrolling down, and Tab scrolls to it), and the
    contents no wider than the view (no scrolling sideways)."""
    shown, child, parent = widget, widget, widget.parentWidget()
    while child is not root and parent is not None:
        scroll_area = parent.parentWidget()
        if isinstance(scroll_area, QScrollArea) and scroll_area.viewport() is parent:
            if child.width() > parent.width():
                return [f"{_name(widget)} in a scroll area wider than its view"]
            shown, child, parent = scroll_area, scroll_area, scroll_area.parentWidget()
            continue
        if not parent.rect().contains(_rect_in(shown, parent)):
            where = _rect_in(shown, root)
            return [
                f"{_name(widget)} at {where.x()},{where.y()} {where.width()}x{where.height()}"
                f" cut off by {type(parent).__name__} {parent.objectName()}"
                f" ({parent.width()}x{parent.height()})"
            ]
        child, parent = parent, parent.parentWidget()
    return []


def misplaced(root: QWidget) -> list[str]:
    """Each control that is outside ``root``, cut off by a parent, squeezed below the size its
    text needs, or inside a scroll area that would have to scroll sideways to show it."""
    found = []
    for widget in controls(root):
        least = least_size(widget)
        if widget.width() < least.width() or widget.height() < least.height():
            found.append(f"{_name(widget)} squeezed to {widget.width()}x{widget.height()}")
            continue
        found.extend(_cut_off(widget, root))
    return found


def misplaced_on_every_tab(root: QWidget) -> dict[str, list[str]]:
    """``misplaced`` with each tab of each tab widget brought forward in turn."""
    found = {"": misplaced(root)}
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(root):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                found[tabs.tabText(index)] = misplaced(root)
            tabs.setCurrentIndex(0)
    return {where: problems for where, problems in found.items() if problems}


def minimum_size(window: QWidget) -> QSize:
    """The smallest the window system lets the window be: its minimum size as its layout sets
    it, or its minimum size hint when nothing sets one."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    return window.minimumSize().expandedTo(window.minimumSizeHint())


def opening_size(window: QWidget, area: QSize) -> QSize:
    """The size the window opens at in ``area``: what it asks for, as far as the area allows,
    and never below its minimum."""
    return window.sizeHint().boundedTo(client_area(area)).expandedTo(minimum_size(window))


def fits(size: QSize, area: QSize) -> bool:
    client = client_area(area)
    return size.width() <= client.width() and size.height() <= client.height()
