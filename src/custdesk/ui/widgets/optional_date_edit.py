"""A date field that may be left empty (a birthday nobody knows yet).

QDateEdit has no "no date": the minimum date stands for it and is shown as blank. Qt then keeps
Tab inside the field while the blank is shown, so a clerk could not tab past an unknown birthday;
here Tab moves on as in every other field.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget


class OptionalDateEdit(QDateEdit):
    def __init__(self, no_date: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(no_date)
        self.setSpecialValueText(" ")
        self.setDate(no_date)

    def is_empty(self) -> bool:
        return self.date() == self.minimumDate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.is_empty() and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)
