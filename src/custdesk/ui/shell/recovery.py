"""A damaged customer file, found at start or by the check that runs just after: the clerk is
offered the newest good backup, the damaged file is kept aside, and no traceback is ever shown.

The check (quick_check + foreign_key_check, ~0.4 s at 100,000 customers) runs in the background
once the window is up, so it does not slow the start.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from custdesk import clock as shop_clock
from custdesk.services.shop.backups import (
    BackupInfo,
    Recovery,
    folder_for_damaged,
    newest_sound_backup,
    recover,
)
from custdesk.services.shop.health import HealthReport, check_database
from custdesk.ui.common.background_job import BackgroundJob
from custdesk.ui.common.display import date_time

log = logging.getLogger(__name__)


def ask_to_recover(parent: QWidget | None, db_path: Path, detail: str) -> BackupInfo | None:
    """Tell the clerk the file is damaged; the backup they agreed to restore, or None.

    ``detail`` (SQLite's own English words) goes to the log, not into the clerk's dialog."""
    log.error("damaged customer file %s: %s", db_path, detail)
    best = newest_sound_backup(db_path, folder_for_damaged(db_path))
    if best is None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("recovery", "Damaged customer file"),
            QCoreApplication.translate(
                "recovery",
                "The customer file {path} is damaged and there is no good backup of it. The "
                "file was left as it is; ask someone to look at it before anything more is "
                "written.",
            ).format(path=db_path),
        )
        return None
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("recovery", "Damaged customer file"),
        QCoreApplication.translate(
            "recovery",
            "The customer file is damaged. CustDesk can keep the damaged file aside (nothing is "
            "deleted) and put back the newest good backup, made {when} (customers: {count}). "
            "Changes made after that backup would have to be entered again.\n\nRestore that "
            "backup now?",
        ).format(
            when=date_time(best.made_at),
            count=QLocale().toString(best.customers or 0),
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,  # a reflexive Enter must not swap in an older backup
    )
    return best if answer == QMessageBox.StandardButton.Yes else None


def recover_and_tell(parent: QWidget | None, db_path: Path, chosen: BackupInfo) -> Recovery | None:
    """Move the damaged file aside and restore the backup the clerk agreed to (nothing may have
    the file open); say what was done."""
    done = recover(db_path, shop_clock.now(), chosen)
    if done is not None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("recovery", "Backup restored"),
            QCoreApplication.translate(
                "recovery",
                "The backup from {when} is back in place. The damaged file was kept as {aside}.",
            ).format(
                when=date_time(done.restored.made_at),
                aside=done.damaged_copy,
            ),
        )
    return done


class StartupCheck(QObject):
    """Checks the open file in the background; ``damaged`` with a one-line reason if it is."""

    damaged = Signal(str)

    def __init__(self, db_path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.report: HealthReport | None = None
        self.job = BackgroundJob(
            parent, lambda _progress: check_database(db_path, quick=True), "", "", quiet=True
        )
        self.job.finished.connect(self._done)

    def start(self) -> StartupCheck:
        self.job.start()
        return self

    def _done(self, completed: bool) -> None:
        self.report = self.job.result if completed else None
        if self.report is None or self.report.ok:
            return
        problems = [*self.report.integrity_problems, *self.report.foreign_key_problems]
        self.damaged.emit(problems[0])
