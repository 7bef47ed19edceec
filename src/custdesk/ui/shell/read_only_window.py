"""Looking inside a backup: a copy, brought to the current schema, in its own read-only window.

The backup file itself is never opened for writing; the copy lives in a temporary folder that
goes when the window closes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from custdesk.app import Services, build_services
from custdesk.errors import CustDeskError
from custdesk.services.shop.backups import BackupInfo, open_copy_read_only
from custdesk.ui.common.messages import warn_about

Window = TypeVar("Window", bound=QWidget)


def open_backup_window(
    info: BackupInfo, parent: QWidget, new_window: Callable[[Services, Path, str], Window]
) -> Window | None:
    """The backup in a window of its own: ``new_window(services, path, label)`` makes it (the
    main window passes its own kind, so this module need not import it)."""
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
    window = new_window(build_services(db, info.path), info.path, label)
    QApplication.restoreOverrideCursor()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def forget() -> None:
        db.engine.dispose()
        scratch.cleanup()

    window.destroyed.connect(forget)
    window.show()
    return window
