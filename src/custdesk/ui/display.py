"""How values and messages look everywhere in the window: money, dates, error and hint text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

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
