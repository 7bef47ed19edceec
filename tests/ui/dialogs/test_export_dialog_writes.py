"""Exporting this month's report as a clerk does, by keyboard: Ctrl+E, "This month", Enter, the
name suggested in Documents/CustDesk; then the workbook holds the month's first and last moment
and nothing of the month before, and the message says where the file is and opens its folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.contacts.visits import VisitDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.common.file_written import FileWrittenBox
from custdesk.ui.dialogs.export_dialog import THIS_MONTH, ExportDialog
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
NOW = dt.datetime(2026, 11, 30, 18, 0)  # the last day of the month, after work


@pytest.fixture(autouse=True)
def shop_day() -> Iterator[None]:
    with shop_clock.frozen_at(NOW):
        yield


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Where each save dialog opened; the clerk accepts the name it suggests (Enter)."""
    # Accepting the suggestion writes there: a suggestion in the home folder must not reach
    # the real one.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    opened: list[Path] = []

    def accept_suggestion(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple:
        opened.append(Path(start))
        return start, _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", accept_suggestion)
    return opened


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the desktop was asked to open (nothing is opened)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def press_tab_until(qtbot: QtBot, target: QPushButton) -> None:
    """Tab, as a clerk does, until ``target`` has the focus (a button box orders its buttons
    as the platform does)."""
    for _ in range(6):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target


def export_this_month(
    qtbot: QtBot, window: MainWindow, failures: list[tuple[str, str]]
) -> FileWrittenBox:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.period_combo  # the first field
    # Opened on the Reports page's "Last 12 months", first in the list: This month is next.
    qtbot.keyClick(dialog.period_combo, Qt.Key.Key_Down)
    assert dialog.period_combo.currentData() == THIS_MONTH
    qtbot.keyClick(dialog.period_combo, Qt.Key.Key_Return)  # Export…, the dialog's default
    qtbot.waitUntil(
        lambda: bool(failures) or window.findChild(FileWrittenBox) is not None, timeout=10_000
    )
    assert failures == []
    box = window.findChild(FileWrittenBox)
    qtbot.waitUntil(box.isActiveWindow)
    return box


def test_this_months_report_is_written_to_documents_and_its_folder_opens(
    qtbot: QtBot,
    context: AppContext,
    make_window: MakeWindow,
    private_user_dirs: Path,
    save_dialog: list[Path],
    opened_urls: list[QUrl],
    shown_messages: list[tuple[str, str]],
) -> None:
    zhang = context.services.customers.create(CustomerDraft(name="张三")).id
    context.services.customers.create(CustomerDraft(name="李四"))  # no visit at all
    for moment in (
        dt.datetime(2026, 10, 31, 23, 59),  # last month's last minute: left out
        dt.datetime(2026, 11, 1, 0, 0),  # this month's first moment
        dt.datetime(2026, 11, 30, 17, 30),  # today
    ):
        context.services.visits.log(zhang, VisitDraft(moment, "store"))
    window = make_window()
    box = export_this_month(qtbot, window, shown_messages)

    written = private_user_dirs / "Documents" / "CustDesk" / "custdesk-reports-2026-11.xlsx"
    assert save_dialog == [written]
    book = openpyxl.load_workbook(written)
    visits = book["Visits"]
    assert visits["A2"].value.startswith("2026-11-01 – 2026-11-30")
    assert [row[0] for row in visits.iter_rows(min_row=4, values_only=True)] == [
        dt.datetime(2026, 11, 30, 17, 30),
        dt.datetime(2026, 11, 1, 0, 0),
    ]
    # The customer files are everyone's, whatever the dates, as the dialog says beside them.
    customers = book["Customers"]
    assert sorted(row[0] for row in customers.iter_rows(min_row=4, values_only=True)) == [
        "张三",
        "李四",
    ]

    assert box.text() == "Saved to:"
    assert box.informativeText() == str(written)
    assert (box.open_file_button.text(), box.open_folder_button.text()) == (
        "Open file",
        "Open folder",
    )
    press_tab_until(qtbot, box.open_folder_button)
    qtbot.keyClick(box.open_folder_button, Qt.Key.Key_Space)
    assert opened_urls == [QUrl.fromLocalFile(str(written.parent))]
    qtbot.waitUntil(lambda: not box.isVisible())


def test_in_chinese_the_name_and_the_message_are_chinese(
    qtbot: QtBot,
    chinese: None,
    make_window: MakeWindow,
    private_user_dirs: Path,
    save_dialog: list[Path],
    opened_urls: list[QUrl],
    shown_messages: list[tuple[str, str]],
) -> None:
    window = make_window()
    box = export_this_month(qtbot, window, shown_messages)
    written = private_user_dirs / "Documents" / "CustDesk" / "客户档案台报表-2026-11.xlsx"
    assert save_dialog == [written]
    assert written.is_file()
    assert (box.windowTitle(), box.text()) == ("文件已保存", "已保存到：")
    buttons = [box.open_file_button.text(), box.open_folder_button.text()]
    assert buttons == ["打开文件", "打开文件夹"]
    press_tab_until(qtbot, box.open_file_button)
    qtbot.keyClick(box.open_file_button, Qt.Key.Key_Space)
    assert opened_urls == [QUrl.fromLocalFile(str(written))]
