"""Every file the window writes for the clerk (an export, a chart, the rows an import skipped)
starts in Documents/CustDesk and ends with one message: where the file is, Open file, Open
folder. A place that cannot be written is told as such, not as trouble with the customer file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.demo import generate_demo
from custdesk.ui.common.file_written import FileWrittenBox
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


class SaveDialog:
    """Stands in for the system's save dialog: records where it opened, whether that folder
    was there, and answers as the clerk would (the suggestion, or another place)."""

    def __init__(self) -> None:
        self.opened: list[Path] = []
        self.folder_was_there: list[bool] = []
        self.answer: Path | None = None

    def __call__(self, _parent: QWidget, _title: str, start: str, kinds: str) -> tuple[str, str]:
        self.opened.append(Path(start))
        self.folder_was_there.append(Path(start).parent.is_dir())
        return str(self.answer or start), kinds


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SaveDialog:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # a wrong suggestion stays in tmp
    dialog = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return dialog


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def written_box(qtbot: QtBot, window: QWidget, failures: list[tuple[str, str]]) -> FileWrittenBox:
    qtbot.waitUntil(
        lambda: bool(failures) or window.findChild(FileWrittenBox) is not None, timeout=10_000
    )
    assert failures == []
    box = window.findChild(FileWrittenBox)
    qtbot.waitUntil(box.isActiveWindow)
    return box


def press_space_on(qtbot: QtBot, button: QPushButton) -> None:
    """Tab until ``button`` has the focus, then Space, as a clerk without a mouse does."""
    for _ in range(6):
        if QApplication.focusWidget() is button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_the_customer_list_is_saved_in_documents_custdesk_and_opens_from_the_message(
    qtbot: QtBot,
    context: AppContext,
    make_window: MakeWindow,
    private_user_dirs: Path,
    save_dialog: SaveDialog,
    opened_urls: list[QUrl],
    shown_messages: list[tuple[str, str]],
) -> None:
    context.services.customers.create(CustomerDraft(name="王芳"))
    window = make_window()
    window.navigation.select("customers")
    qtbot.keyClick(window.customers_page.export_button, Qt.Key.Key_Space)
    box = written_box(qtbot, window, shown_messages)

    written = private_user_dirs / "Documents" / "CustDesk" / "customers.xlsx"
    assert save_dialog.opened == [written]
    assert save_dialog.folder_was_there == [True]  # made before the dialog opens in it
    assert written.is_file()
    assert box.informativeText() == str(written)
    press_space_on(qtbot, box.open_file_button)
    assert opened_urls == [QUrl.fromLocalFile(str(written))]


@pytest.mark.parametrize(("button", "suffix"), [("png_button", ".png"), ("excel_button", ".xlsx")])
def test_a_chart_saved_as_a_picture_or_figures_ends_with_where_it_is(
    qtbot: QtBot,
    context: AppContext,
    make_window: MakeWindow,
    private_user_dirs: Path,
    save_dialog: SaveDialog,
    opened_urls: list[QUrl],
    shown_messages: list[tuple[str, str]],
    button: str,
    suffix: str,
) -> None:
    generate_demo(context.db, 200, seed=4, today=dt.date.today())
    window = make_window()
    window.navigation.select("reports")
    card = window.reports_page.cards["new_customers"]
    qtbot.waitUntil(lambda: not card.is_empty())
    qtbot.keyClick(getattr(card, button), Qt.Key.Key_Space)
    box = written_box(qtbot, window, shown_messages)

    written = private_user_dirs / "Documents" / "CustDesk" / f"{card.title}{suffix}"
    assert save_dialog.opened == [written]
    assert written.stat().st_size > 0
    assert box.informativeText() == str(written)
    press_space_on(qtbot, box.open_folder_button)
    assert opened_urls == [QUrl.fromLocalFile(str(written.parent))]


def test_a_folder_that_is_gone_is_told_as_the_files_place_not_the_customer_file(
    qtbot: QtBot,
    context: AppContext,
    make_window: MakeWindow,
    tmp_path: Path,
    save_dialog: SaveDialog,
    shown_messages: list[tuple[str, str]],
) -> None:
    context.services.customers.create(CustomerDraft(name="王芳"))
    window = make_window()
    window.navigation.select("customers")
    save_dialog.answer = tmp_path / "USB stick taken out" / "customers.xlsx"
    qtbot.keyClick(window.customers_page.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=10_000)
    ((title, text),) = shown_messages
    assert title == "The file was not written"
    assert text.startswith(
        "The file could not be written in that place (the folder may be gone, or a USB stick "
        "taken out). Nothing was written, and the customer file is as it was."
    )
    assert window.findChild(FileWrittenBox) is None
    assert not save_dialog.answer.exists()


def test_the_rows_an_import_skipped_are_saved_in_documents_custdesk_with_the_message(
    qtbot: QtBot,
    context: AppContext,
    make_window: MakeWindow,
    private_user_dirs: Path,
    tmp_path: Path,
    save_dialog: SaveDialog,
    shown_messages: list[tuple[str, str]],
) -> None:
    context.services.customers.create(CustomerDraft(name="老张", phones=("13800138000",)))
    book = openpyxl.Workbook()
    for row in (["姓名", "手机号"], ["张三", "13800138000"], ["李四", "13900139000"]):
        book.active.append(row)
    book.save(tmp_path / "老客户.xlsx")
    window = make_window()
    wizard = window.import_customers()
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):
        wizard.open_file(tmp_path / "老客户.xlsx")
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    report = wizard.report_box
    qtbot.waitUntil(report.isActiveWindow)
    (save,) = [b for b in report.buttons() if b.text() == "Save skipped rows…"]
    press_space_on(qtbot, save)
    box = written_box(qtbot, window, shown_messages)

    written = private_user_dirs / "Documents" / "CustDesk" / "rows-not-imported.xlsx"
    assert save_dialog.opened == [written]
    assert box.informativeText() == str(written)
    sheet = openpyxl.load_workbook(written).active
    skipped = [row[:2] for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert skipped == [(2, "张三")]  # the row of a phone on file; 李四 was imported
