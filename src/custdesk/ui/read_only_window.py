"""Looking inside a backup: a copy, brought to the current schema, in its own read-only window.

The backup file itself is never opened for writing; the copy lives in a temporary folder that
goes when the window closes.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from custdesk.app import build_services
from custdesk.errors import CustDeskError
from custdesk.services.shop.backups import BackupInfo, open_copy_read_only
from custdesk.ui.messages import warn_about

if TYPE_CHECKING:
    from custdesk.ui.main_window import MainWindow


def open_backup_window(info: BackupInfo, parent: QWidget) -> MainWindow | None:
    from custdesk.ui.main_window import MainWindow  # the window shows windows of its own kind

    scratch = tempfile.TemporaryDirectory(prefix="custdesk-backup-")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        db = open_copy_read_only(info.path, Path(scratch.name))
    except CustDeskError as exc:
        QApplication.restoreOverrideCursor()
        scratch.cleanup()
        warn_about(parent, exc)
        return None
    label = QApplication.translate("MainWindow", "Backup of {when}").format(
        when=QLocale().toString(info.made_at, QLocale.FormatType.ShortFormat)
    )
    window = MainWindow(build_services(db, info.path), info.path, read_only_label=label)
    QApplication.restoreOverrideCursor()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def forget() -> None:
        db.engine.dispose()
        scratch.cleanup()

    window.destroyed.connect(forget)
    window.show()
    return window
