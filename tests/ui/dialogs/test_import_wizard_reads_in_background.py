"""The wizard reads the clerk's file off the GUI thread: a 100,000-row sheet takes seconds, and
the window must keep painting meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.spreadsheets.customer_import import ImportService
from custdesk.services.spreadsheets.import_files import Table
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


class GatedReads:
    """ImportService.read, each call held until the test opens the gate: ``gate`` for all, or
    ``by_header_row[n]`` for the read of header row n (None: found)."""

    def __init__(self, real: Callable[..., Table]) -> None:
        self._real = real
        self.gate = threading.Event()
        self.by_header_row = {None: threading.Event(), 1: threading.Event()}
        self.calls = 0
        self._counting = threading.Lock()  # two reads may start at once

    def method(self) -> Callable[..., Table]:
        def read(service: ImportService, path: Path, sheet: object, header_row: object) -> Table:
            with self._counting:
                self.calls += 1
            own = self.by_header_row.get(header_row, self.gate)  # type: ignore[call-overload]
            for _ in range(1000):
                if own.is_set() or self.gate.is_set():
                    return self._real(service, path, sheet, header_row)
                own.wait(0.01)
            raise AssertionError("the test never opened the gate")

        return read


def a_list(tmp_path: Path) -> Path:
    path = tmp_path / "名单.csv"
    path.write_text("客户名单\n姓名,手机\n张三,13800138000\n李四,13800138001\n", encoding="utf-8")
    return path


def test_the_wizard_keeps_painting_while_the_file_is_read(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path, monkeypatch
) -> None:
    reads = GatedReads(ImportService.read)
    monkeypatch.setattr(ImportService, "read", reads.method())
    wizard = make_window().import_customers()
    wizard.open_file(a_list(tmp_path))

    ticked: list[bool] = []
    QTimer.singleShot(10, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=2_000)
    assert wizard.file_summary.text() == "Reading 名单.csv…"
    assert not wizard.file_page.isComplete()  # Next waits for the table

    with qtbot.waitSignal(wizard.loaded, timeout=5_000):
        reads.gate.set()
    assert wizard.file_summary.text() == "Rows: 2. Columns: 姓名, 手机"
    assert wizard.file_page.isComplete()


def test_only_the_latest_read_is_shown(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path, monkeypatch
) -> None:
    reads = GatedReads(ImportService.read)
    monkeypatch.setattr(ImportService, "read", reads.method())
    wizard = make_window().import_customers()
    wizard.open_file(a_list(tmp_path))  # found: the header in row 2
    first = wizard.read_job
    wizard.load(None, 1)  # the clerk names row 1 before the first read is done
    with qtbot.waitSignal(wizard.loaded, timeout=5_000):
        reads.by_header_row[1].set()  # the later read comes first...
    reads.by_header_row[None].set()  # ...and the earlier one after it
    assert first is not None
    qtbot.waitUntil(lambda: not first.running(), timeout=5_000)
    qtbot.wait(50)  # its result delivered, if it were to be shown

    assert reads.calls == 2
    assert wizard.table is not None and wizard.table.header_row_number == 1
    assert wizard.header_spin.value() == 1


def test_closing_the_wizard_during_a_read_waits_for_it(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path, monkeypatch
) -> None:
    reads = GatedReads(ImportService.read)
    monkeypatch.setattr(ImportService, "read", reads.method())
    wizard = make_window().import_customers()
    wizard.open_file(a_list(tmp_path))
    threading.Timer(0.2, reads.gate.set).start()

    wizard.reject()  # the worker must not outlive the wizard it reports to

    assert wizard.read_job is not None and not wizard.read_job.running()
    assert wizard.table is None
    assert not wizard.isVisible()
