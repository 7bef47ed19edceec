"""Long work in a worker: the busy dialog comes up after a moment even when the work reports no
progress, and keeps the window from taking clicks meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
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


def test_a_long_chinese_label_wraps_inside_the_screen_instead_of_being_cut_off(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    name = (  # a name a clerk gave: on one line, wider than a 1024-pixel counter screen
        "2026年11月一号门店客户名单（含全部历史购买记录、回访记录、投诉处理记录和转介绍关系，"
        "供总部核对，核对后请交回门店经理签字存档，不要外传）.xlsx"
    )
    release = threading.Event()

    def work(progress: Callable[[int, int | None], bool]) -> None:
        progress(12_345, 50_000)
        release.wait(5)

    job = BackgroundJob(window, work, "导出到 Excel", f"正在写入 {name}")
    job.start()
    try:
        assert job.progress is not None
        dialog = job.progress
        qtbot.waitUntil(lambda: dialog.isVisible() and "12,345" in dialog.labelText())
        label = dialog.findChild(QLabel)
        assert label is not None and name in label.text()
        screen = dialog.screen().availableGeometry()
        assert dialog.frameGeometry().width() <= screen.width()
        shown = label.contentsRect()
        if label.wordWrap():
            assert label.heightForWidth(shown.width()) <= shown.height()
        else:
            assert label.fontMetrics().horizontalAdvance(label.text()) <= shown.width()
    finally:
        release.set()
        with qtbot.waitSignal(job.finished, timeout=5_000):
            pass


def test_the_dialog_stays_up_when_a_count_reaches_its_end_before_the_work_does(
    qtbot: QtBot,
) -> None:
    """An import counts its rows placed, then its customers written: the dialog went away at
    the end of the first count and the window looked frozen while the rows were written."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()

    def work(progress: Callable[[int, int | None], bool]) -> None:
        progress(20_000, 20_000)  # every row placed
        release.wait(5)  # the writing

    job = BackgroundJob(window, work, "Import", "Importing")
    job.start()
    try:
        assert job.progress is not None
        dialog = job.progress
        qtbot.waitUntil(lambda: "20,000" in dialog.labelText())
        qtbot.wait(400)  # past the dialog's minimum duration
        assert dialog.isVisible() and dialog.value() == 20_000
    finally:
        release.set()
        with qtbot.waitSignal(job.finished, timeout=5_000):
            pass
    assert not dialog.isVisible()
