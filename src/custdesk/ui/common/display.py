"""How values and messages look everywhere in the window: money, dates, error and hint text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b3261e;"
MUTED_STYLE = "color: palette(placeholder-text);"


def money(cents: int) -> str:
    """¥1,299.50 in the current locale's digits and separators."""
    return QLocale().toCurrencyString(cents / 100, "¥", 2)


def short_date(value: dt.date | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""


def hint_label(text: str = "") -> QLabel:
    """A quiet, wrapping line that explains the field or page above it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


def message_label() -> QLabel:
    """A red line for a field or form message (what to fix, what was removed): hidden until
    :func:`show_message`, and wrapping within the window's width, never cut off at its edge."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    """``text`` in a :func:`message_label` (hidden when empty). The window grows as tall as the
    wrapped lines need: Qt keeps a shown window's height unless its minimum height grows, and
    that minimum ignores how many lines a wrapped label takes, so the fields above would be
    squeezed into each other instead."""
    label.setText(text)
    label.setVisible(bool(text))
    if text:
        fit_height(label.window())


def fit_height(window: QWidget) -> None:
    """Make ``window`` at least as tall as its layout needs at its present width; never
    narrower, and never shorter than the clerk made it."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalMinimumHeightForWidth(width))
    if window.height() < needed:
        window.resize(width, needed)
