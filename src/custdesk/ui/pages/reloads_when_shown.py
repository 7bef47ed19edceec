"""Pages that reload their data when shown after a change elsewhere, not on every change."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class ReloadsWhenShown(QWidget):
    """A page whose data others may change: ``mark_stale`` reloads now if the page is on
    screen, otherwise the next time it is shown. Subclasses define ``reload``."""

    _stale = True

    def reload(self) -> None:
        raise NotImplementedError

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)
