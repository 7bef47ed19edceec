"""A date and time field that is one Tab stop.

QDateTimeEdit moves Tab from section to section (year, month, day, hour, minute): five stops
that trap a clerk who only wanted to get past "now" to the next field. Here Tab and Shift+Tab
leave the field, as in every other field; the arrow keys still change the section the cursor
is in, and typing still overwrites it.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget


class OneStopDateTimeEdit(QDateTimeEdit):
    def __init__(self, moment: QDateTime, parent: QWidget | None = None) -> None:
        super().__init__(moment, parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")

    def event(self, event: QEvent) -> bool:
        # QAbstractSpinBox takes Tab in event(), before keyPressEvent, to step sections.
        if _is_tab(event):
            assert isinstance(event, QKeyEvent)
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, not backwards)
            return True
        return super().event(event)


def _is_tab(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
    )
