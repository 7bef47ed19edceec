"""Ctrl+Tab turns a window's tabs wherever the focus is in it, as a browser's or Excel's do.

Why not QTabWidget's own: it turns its tabs only while the focus is inside it, and a table on a
tab takes Ctrl+Tab as Tab, moving between its cells (issue 18: in Settings, once in the greeting
days a clerk could not reach another tab without the mouse).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

# Ctrl+Backtab: what some platforms send for Ctrl+Shift+Tab.
TURN_KEYS = (
    ("Ctrl+Tab", 1),
    ("Ctrl+PgDown", 1),
    ("Ctrl+Shift+Tab", -1),
    ("Ctrl+Backtab", -1),
    ("Ctrl+PgUp", -1),
)


def turn_tabs_from_anywhere(window: QWidget, tabs: QTabWidget) -> list[QShortcut]:
    """Ctrl+Tab and Ctrl+PgDown show ``tabs``' next tab, Ctrl+Shift+Tab and Ctrl+PgUp the one
    before, from any field of ``window``, round from the last to the first. The focus goes to
    the tab bar, so that Tab goes on into the page shown."""
    shortcuts = []
    for keys, step in TURN_KEYS:
        shortcut = QShortcut(QKeySequence(keys), window)
        shortcut.activated.connect(partial(turn_tab, tabs, step))
        shortcuts.append(shortcut)
    return shortcuts


def turn_tab(tabs: QTabWidget, step: int) -> None:
    """The tab ``step`` away from the one shown (-1: the one before), round the ends."""
    if tabs.count():
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
        tabs.tabBar().setFocus()
