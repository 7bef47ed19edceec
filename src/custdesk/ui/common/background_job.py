"""Long work (an Excel export, an import) in a worker thread, with a progress bar and Cancel.

The window stays responsive; Cancel is passed to the work through its progress callback, and the
work itself guarantees that a cancelled run leaves nothing behind (no file, no rows).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from custdesk.errors import CancelledError
from custdesk.services.spreadsheets.excel_export import Sheet, write_workbook
from custdesk.ui.common.file_written import tell_file_written
from custdesk.ui.common.messages import warn_about

Progress = Callable[[int, int | None], bool]
Work = Callable[[Progress], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.cancelled = False

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # reported to the window, never lost in the thread
            self.failed.emit(exc)
        else:
            self.done.emit(result)

    def _progress(self, done: int, expected: int | None) -> bool:
        self.progressed.emit(done, expected or 0)
        return not self.cancelled


def _wrapping_label(text: str) -> QLabel:
    """The progress dialog's label, wrapping: Qt's own stays on one line and widens the dialog
    to fit it, past the screen's edge for a long file name, so that the text was cut off."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class BackgroundJob(QObject):
    """One run of ``work``: owns its thread and progress dialog; ``finished`` when all is over."""

    finished = Signal(bool)  # True when the work completed

    def __init__(
        self,
        parent: QWidget,
        work: Work,
        title: str,
        label: str,
        *,
        quiet: bool = False,
        tell_failure: bool = True,
        cancellable: bool = True,
    ) -> None:
        """``quiet``: no progress dialog and no error dialog (the caller reads ``error``);
        ``tell_failure=False``: the progress dialog, but the caller tells a failure (an
        Operation, which lets a form show a refused value under its field);
        ``cancellable=False``: work that cannot stop halfway (a restore) offers no Cancel, which
        would only hide the dialog while the work went on."""
        super().__init__(parent)
        self._parent, self._label = parent, label
        self._tell_failure = tell_failure and not quiet
        self.result: Any = None
        self.error: BaseException | None = None
        self.progress: QProgressDialog | None = None
        if not quiet:
            self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            self.progress.setLabel(_wrapping_label(label))
            self.progress.setWindowTitle(title)
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(300)
            # Work that counts in steps (an import: its rows placed, then written) reaches a
            # step's end before it is done; the dialog goes only when the work has (_finish).
            self.progress.setAutoReset(False)
            # Starts the dialog's clock: without a first value it never comes up for work that
            # reports no progress (a backup, a restore), and the window stayed clickable.
            self.progress.setValue(0)
            if cancellable:
                self.progress.canceled.connect(self.cancel)
            else:
                self.progress.setCancelButton(None)  # type: ignore[arg-type]
        self._thread = QThread(self)
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._show_progress)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._failed)

    def start(self) -> BackgroundJob:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._worker.cancelled = True

    def running(self) -> bool:
        """Whether the worker thread is still at work."""
        return self._thread.isRunning()

    def wait(self) -> None:
        """Block until the work has stopped (after cancel(), at the next batch)."""
        self._thread.quit()
        self._thread.wait()

    def _show_progress(self, done: int, expected: int) -> None:
        if self.progress is None:
            return
        if expected:
            self.progress.setMaximum(expected)
            self.progress.setValue(min(done, expected))
        self.progress.setLabelText(
            self.tr("{what}: rows done: {rows}…").format(
                what=self._label, rows=QLocale().toString(done)
            )
        )

    def _done(self, result: object) -> None:
        self.result = result
        self._finish(True)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._finish(False)
        if not isinstance(exc, CancelledError) and self._tell_failure:
            warn_about(self._parent, exc)

    def _finish(self, completed: bool) -> None:
        if self.progress is not None:
            self.progress.reset()
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(completed)


def start_export(
    parent: QWidget, make_sheets: Callable[[], list[Sheet]], path: Path | str
) -> BackgroundJob:
    """Write the sheets to ``path`` in the background (rows written -> job.result); once the
    file is complete, the clerk is told where it is (file_written.tell_file_written)."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    job = BackgroundJob(
        parent,
        lambda progress: write_workbook(target, make_sheets(), progress),
        QCoreApplication.translate("BackgroundJob", "Export to Excel"),
        QCoreApplication.translate("BackgroundJob", "Writing {name}").format(name=target.name),
    )
    job.finished.connect(lambda completed: completed and tell_file_written(parent, target))
    return job.start()
