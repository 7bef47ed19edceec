"""Run an Excel export in a worker thread with a progress bar and Cancel.

The window stays responsive while 100,000 rows are written; Cancel stops at the next batch and
the export leaves no file behind (write_workbook writes to a temporary name).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from custdesk.errors import CancelledError
from custdesk.services.excel_export import Sheet, write_workbook
from custdesk.ui.messages import user_message


class _Worker(QObject):
    progressed = Signal(int, int)
    done = Signal(int)
    failed = Signal(object)

    def __init__(self, make_sheets: Callable[[], list[Sheet]], path: Path) -> None:
        super().__init__()
        self._make_sheets, self._path = make_sheets, path
        self.cancelled = False

    def run(self) -> None:
        try:
            rows = write_workbook(self._path, self._make_sheets(), self._progress)
        except BaseException as exc:  # reported to the window, never lost in the thread
            self.failed.emit(exc)
        else:
            self.done.emit(rows)

    def _progress(self, done: int, expected: int | None) -> bool:
        self.progressed.emit(done, expected or 0)
        return not self.cancelled


class ExportJob(QObject):
    """One export: owns its thread and its progress dialog; ``finished`` when all is over."""

    finished = Signal(bool)  # True when the file was written

    def __init__(self, parent: QWidget, make_sheets: Callable[[], list[Sheet]], path: Path) -> None:
        super().__init__(parent)
        self._parent, self.path = parent, Path(path)
        self.rows = 0
        self.error: BaseException | None = None
        self.progress = QProgressDialog(
            self.tr("Writing {name}…").format(name=self.path.name), self.tr("Cancel"), 0, 0, parent
        )
        self.progress.setWindowTitle(self.tr("Export to Excel"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self._thread = QThread(self)
        self._worker = _Worker(make_sheets, self.path)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._show_progress)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._failed)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> ExportJob:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._worker.cancelled = True

    def wait(self, milliseconds: int = 60_000) -> bool:
        return self._thread.wait(milliseconds)

    def _show_progress(self, done: int, expected: int) -> None:
        if expected:
            self.progress.setMaximum(expected)
            self.progress.setValue(min(done, expected))
        self.progress.setLabelText(
            self.tr("Writing {name}: {rows} rows…").format(
                name=self.path.name, rows=QLocale().toString(done)
            )
        )

    def _done(self, rows: int) -> None:
        self.rows = rows
        self._finish(True)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._finish(False)
        if not isinstance(exc, CancelledError):
            message = user_message(exc)
            QMessageBox.warning(self._parent, message.title, message.text)

    def _finish(self, written: bool) -> None:
        self.progress.reset()
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(written)


def start_export(
    parent: QWidget, make_sheets: Callable[[], list[Sheet]], path: Path | str
) -> ExportJob:
    return ExportJob(parent, make_sheets, Path(path)).start()
