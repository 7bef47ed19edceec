"""Backups nobody has to remember: soon after start and every 30 minutes, in the background,
and only when something was written since the last one."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from custdesk.services.shop.backups import BackupService
from custdesk.ui.common.background_job import BackgroundJob

EVERY_MS = 30 * 60 * 1000
FIRST_AFTER_MS = 3000  # after the window is up, so the start stays quick


class BackupScheduler(QObject):
    finished = Signal(object)  # the BackupInfo made, or None when nothing had changed
    failed = Signal(object)  # the error (disk full…): the window says so without a dialog

    def __init__(self, backups: BackupService, parent: QWidget) -> None:
        super().__init__(parent)
        self._backups = backups
        self._parent = parent
        self.job: BackgroundJob | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(lambda: self.run("auto"))

    def start(self, first_after_ms: int = FIRST_AFTER_MS) -> None:
        QTimer.singleShot(first_after_ms, self, lambda: self.run("start"))
        self.timer.start()

    def run(self, reason: str) -> BackgroundJob | None:
        if self.job is not None:
            return None  # one at a time; the next tick catches up
        job = self.job = BackgroundJob(
            self._parent,
            lambda _progress: self._backups.back_up(reason, only_if_changed=True),
            "",
            "",
            quiet=True,
        )
        job.finished.connect(self._done)
        return job.start()

    def _done(self, completed: bool) -> None:
        job, self.job = self.job, None
        assert job is not None
        if completed:
            self.finished.emit(job.result)
        else:
            self.failed.emit(job.error)

    def stop(self) -> None:
        self.timer.stop()
        if self.job is not None:
            self.job.wait()
