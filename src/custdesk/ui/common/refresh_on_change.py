"""A page (or panel) reads its data again when an operation changed a kind of data it shows.

On screen, it refreshes at once; hidden, it only remembers that it is stale and refreshes the next
time it is shown. Shown again with nothing changed, it reads nothing: a clerk switching pages
keeps the rows, selection and scroll position as they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation


class RefreshOnChange(QObject):
    """Keeps ``widget`` current: ``refresh`` runs after an announcement naming any of ``shows``.

    ``stale`` says whether the widget has yet to read its data (a page built empty reads when
    first shown); a failed read leaves it stale, to be tried again when next shown.
    """

    def __init__(
        self,
        widget: QWidget,
        notifier: ChangeNotifier,
        shows: Changes,
        refresh: Callable[[], object],
        *,
        stale: bool = True,
    ) -> None:
        super().__init__(widget)  # goes with the widget, and so does its connection
        self._widget = widget
        self._notifier = notifier
        self._shows = shows
        self._refresh = refresh
        self.stale = stale
        notifier.changed.connect(self._changed)
        widget.installEventFilter(self)

    def _changed(self, changes: Changes) -> None:
        if changes & self._shows:
            self.mark_stale()

    def mark_stale(self) -> None:
        """Refresh now if the widget is on screen, else when it is next shown."""
        self.stale = True
        if self._widget.isVisible():
            self.refresh_now()

    def catch_up(self) -> None:
        """After the widget's own action: current now even if hidden (in a tab not chosen),
        without reading twice when the announcement has just refreshed it."""
        if self.stale:
            self.refresh_now()

    def refresh_now(self) -> None:
        self.stale = False
        # A read that fails (the disk, a lock) is told like any other failure, not as a bug.
        if not Operation(self._widget, self._notifier).run(self._refresh):
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.refresh_now()
        return False
