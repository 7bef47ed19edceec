"""Looking inside a backup: a copy, brought to the current schema, in its own read-only window.

The backup file itself is never opened for writing; the copy lives in a temporary folder that
goes when the window closes. Copying and upgrading a large backup takes a while, so it is done in
a worker under a progress dialog; the window is built when the copy is ready.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from custdesk.app import Services, build_services
from custdesk.services.shop.backups import BackupInfo, open_copy_read_only
from custdesk.storage.db import Database
from custdesk.ui.common.background_job import BackgroundJob
from custdesk.ui.common.display import date_time
from custdesk.ui.common.operations import ChangeNotifier, Operation

Window = TypeVar("Window", bound=QWidget)


def open_backup_window(
    info: BackupInfo,
    parent: QWidget,
    notifier: ChangeNotifier,
    new_window: Callable[[Services, Path, str, str], Window],
    opened: Callable[[Window], object],
) -> BackgroundJob:
    """The backup in a window of its own: ``new_window(services, path, label, banner)`` makes
    it (the main window passes its own kind, so this module need not import it) and ``opened``
    gets it once shown. A backup that cannot be opened is told over ``parent``."""
    scratch = tempfile.TemporaryDirectory(prefix="custdesk-backup-")
    when = date_time(info.made_at)

    def show(db: Database) -> None:
        label = QCoreApplication.translate("MainWindow", "Backup of {when}").format(when=when)
        banner = QCoreApplication.translate(
            "MainWindow",
            "This is the backup of {when}: it can be looked at, not changed. To put it in place "
            "of the data you have now, choose Restore on the Backups page of the main window.",
        ).format(when=when)
        window = new_window(build_services(db, info.path), info.path, label, banner)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def forget() -> None:
            db.engine.dispose()
            scratch.cleanup()

        window.destroyed.connect(forget)
        window.show()
        opened(window)

    job = Operation(parent, notifier, done=show).run_in_background(
        lambda _progress: open_copy_read_only(info.path, Path(scratch.name)),
        QCoreApplication.translate("MainWindow", "Open read-only"),
        QCoreApplication.translate("MainWindow", "Opening the backup of {when}").format(when=when),
    )
    job.finished.connect(lambda completed: completed or scratch.cleanup())
    return job
