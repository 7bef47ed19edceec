"""Unexpected exceptions reach the clerk as a dialog, never as a silent crash or a traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from custdesk.ui.common.messages import user_message

log = logging.getLogger(__name__)


class ErrorReporter:
    """Installed as ``sys.excepthook`` while the window is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._previous_hook = sys.excepthook
        self.last_dialog: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        message = user_message(exc)
        dialog = QMessageBox(
            QMessageBox.Icon.Critical,
            message.title,
            message.text,
            QMessageBox.StandardButton.Close,
            self._parent,
        )
        if message.is_bug:
            dialog.setDetailedText(details)
        self.last_dialog = dialog
        dialog.open()  # window-modal but non-blocking: the event loop keeps running
