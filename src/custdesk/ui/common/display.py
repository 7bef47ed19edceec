"""How values and messages look everywhere in the window: money, shares, dates, error and hint
text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QObject
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b3261e;"
MUTED_STYLE = "color: palette(placeholder-text);"


def money(cents: int) -> str:
    """¥1,299.50 in the current locale's digits and separators."""
    return QLocale().toCurrencyString(cents / 100, "¥", 2)


def percent(share: float | None) -> str:
    """A share (0.56) as a whole percent (56%); "—" when there is nothing to divide by."""
    return "—" if share is None else QLocale().toString(share * 100, "f", 0) + "%"


# Every date a clerk reads is written as every date field shows and takes it: 2026-11-30, in
# both languages (issue 18: lists showed 11/30/26 beside fields showing 2026-11-30), and every
# time on the 24-hour clock, as the shop's day is counted.


def short_date(value: dt.date | None) -> str:
    """2026-11-30 (ISO, four-digit year); "" for no date. A datetime shows its day only."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, dt.datetime) else value
    return day.isoformat()


def short_time(value: dt.time | dt.datetime | None) -> str:
    """14:05, on the 24-hour clock; "" for no time. A datetime shows its time only."""
    if value is None:
        return ""
    moment = value.time() if isinstance(value, dt.datetime) else value
    return moment.isoformat("minutes")


def date_time(value: dt.datetime | None) -> str:
    """2026-11-30 14:05: the shop's local wall-clock time, as stored (clock.py); "" for none."""
    return "" if value is None else f"{short_date(value)} {short_time(value)}"


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


class _WrappedLinesWhole(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth():
                needed = max(
                    layout.totalMinimumSize().height(),
                    layout.totalMinimumHeightForWidth(watched.width()),
                )
                if watched.minimumHeight() != needed:
                    watched.setMinimumHeight(needed)  # resizes a window that is shorter
        return False


def keep_wrapped_lines_whole(window: QWidget) -> None:
    """Keep ``window`` at least as tall as its wrapped labels need at whatever width it has,
    as opened and as the clerk narrows it. Qt gives a window the minimum height of its layout
    as if every wrapped label took one line, so a label squeezed into a grid beside a check box
    was cut through its lines (issue 18, the export dialog at 1024x560)."""
    window.installEventFilter(_WrappedLinesWhole(window))
