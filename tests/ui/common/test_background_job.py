"""Long work in a worker: the busy dialog comes up after a moment even when the work reports no
progress, and keeps the window from taking clicks meanwhile."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from custdesk.ui.common.background_job import BackgroundJob


def test_work_without_progress_still_shows_the_busy_dialog(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()
    job = BackgroundJob(window, lambda _progress: release.wait(5), "Restore", "Restoring")
    job.start()
    try:
        assert job.progress is not None
        qtbot.waitUntil(job.progress.isVisible, timeout=2_000)
        assert job.progress.windowModality() == Qt.WindowModality.WindowModal
        assert job.progress.labelText() == "Restoring"
    finally:
        release.set()
        with qtbot.waitSignal(job.finished, timeout=5_000):
            pass
    assert not job.progress.isVisible()
