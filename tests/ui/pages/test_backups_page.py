"""The Backups page as a clerk uses it: back up now, restore (and undo it), look inside a backup
read-only; and the backups made by themselves."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.errors import ReadOnlyStorageError
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.demo import generate_demo
from custdesk.ui.common.operations import Changes
from custdesk.ui.shell import read_only_window
from custdesk.ui.shell.backup_scheduler import BackupScheduler
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def window(context: AppContext, make_window: MakeWindow) -> MainWindow:
    generate_demo(context.db, 40, seed=3)
    window = make_window()
    window.navigation.select("backups")
    return window


def back_up_now(qtbot: QtBot, window: MainWindow) -> None:
    page = window.backups_page
    with qtbot.waitSignal(page.table.model().modelReset, timeout=10_000):
        qtbot.mouseClick(page.back_up_button, Qt.MouseButton.LeftButton)
    assert page.job is not None and page.job.error is None


def test_back_up_now_lists_the_copy(qtbot: QtBot, window: MainWindow) -> None:
    page = window.backups_page
    assert page.model.rowCount() == 0
    assert page.table.showing_placeholder()
    back_up_now(qtbot, window)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Backed up by hand"
    assert page.model.index(0, 2).data() == "40"
    assert page.restore_button.isEnabled()  # the new backup is selected


def test_the_status_bar_tells_the_time_of_a_backup_made_by_hand(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    """Before, only the automatic backups reached the status bar: a clerk who pressed Back up
    now still read the time of the last automatic one."""
    assert window.backup_label.text() == ""
    back_up_now(qtbot, window)
    made_at = context.services.backups.backups()[0].made_at
    assert window.backup_label.text() == f"Backed up {made_at:%H:%M}"


def test_the_status_bar_tells_the_time_of_an_automatic_backup(
    qtbot: QtBot, context: AppContext
) -> None:
    generate_demo(context.db, 5, seed=4)
    window = MainWindow(context.services, context.db_path)  # with its backup scheduler
    qtbot.addWidget(window)
    assert window.backup_scheduler is not None
    with qtbot.waitSignal(window.backup_scheduler.finished, timeout=10_000) as done:
        window.backup_scheduler.run("start")
    made_at = done.args[0].made_at
    assert window.backup_label.text() == f"Backed up {made_at:%H:%M}"


def test_restore_brings_the_customers_back_and_can_be_undone(
    qtbot: QtBot, window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    back_up_now(qtbot, window)
    context.services.customers.create(CustomerDraft(name="备份后新增"))
    window.changes.announce(Changes.CUSTOMERS)  # as the form that made it would
    assert window.count_label.text() == "Customers: 41"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = window.backups_page
    page.table.selectRow(0)
    with qtbot.waitSignal(window.changes.changed, timeout=10_000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert window.count_label.text() == "Customers: 40"
    reasons = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert reasons == ["Before a restore", "Backed up by hand"]
    page.table.selectRow(0)  # undo: restore the copy made before the restore
    with qtbot.waitSignal(window.changes.changed, timeout=10_000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert window.count_label.text() == "Customers: 41"


def test_a_backup_opens_read_only_in_its_own_window(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    back_up_now(qtbot, window)
    page = window.backups_page
    page.table.selectRow(0)
    qtbot.mouseClick(page.look_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.read_only_windows) == 1, timeout=10_000)
    (look,) = window.read_only_windows
    assert "(read-only)" in look.windowTitle()
    assert look.count_label.text() == "Customers: 40"
    with pytest.raises(ReadOnlyStorageError):
        look._services.customers.create(CustomerDraft(name="写不进去"))
    look.close()
    assert context.services.overview.overview().customers == 40


def test_backups_are_made_by_themselves_when_something_changed(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    scheduler = BackupScheduler(context.services.backups, window)
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as first:
        scheduler.run("start")
    assert first.args[0] is not None and first.args[0].reason == "start"
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as second:
        scheduler.run("auto")
    assert second.args == [None]  # nothing written since: no new copy
    context.services.customers.create(CustomerDraft(name="新来的"))
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as third:
        scheduler.run("auto")
    assert third.args[0].customers == 41
    assert len(context.services.backups.backups()) == 2


def test_another_programs_file_named_like_a_backup_is_neither_restored_nor_opened(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[tuple[str, str]],
) -> None:
    import hashlib

    from tests.storage.test_identity import foreign_database

    folder = context.services.backups.folder()
    folder.mkdir(parents=True, exist_ok=True)
    disguised = foreign_database(folder / f"{context.db_path.stem}-20261120-100000-manual.db")
    before = hashlib.sha256(disguised.read_bytes()).hexdigest()
    page = window.backups_page
    page.reload()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Not a CustDesk file: cannot be used"
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append("asked"))
    page.table.selectRow(0)
    assert page.selected() is not None
    assert not page.restore_button.isEnabled() and not page.look_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # and tries to open it
    page.ask_restore()  # a shortcut to Restore asks nothing about it
    assert asked == []
    with qtbot.waitSignal(page.restore(disguised).finished, timeout=10_000):
        pass  # and the service refuses it even if asked directly
    assert shown_messages == [
        ("Not a CustDesk file", "This file is not a CustDesk customer file. It was left as it is.")
    ]
    assert window.read_only_windows == []
    assert context.services.overview.overview().customers == 40
    assert hashlib.sha256(disguised.read_bytes()).hexdigest() == before
    assert page.model.rowCount() == 1  # no before-restore copy was made either


class HeldInWorker:
    """Wraps a slow service call: records the thread it ran in and holds it until released
    (at most 3 s, so that a call wrongly made in the GUI thread fails the test, not hangs it)."""

    def __init__(self, call: Callable[..., object]) -> None:
        self._call = call
        self.threads: list[int] = []
        self.release = threading.Event()

    def __call__(self, *args: object) -> object:
        self.threads.append(threading.get_ident())
        self.release.wait(3)
        return self._call(*args)


def stays_responsive(qtbot: QtBot, window: MainWindow, held: HeldInWorker) -> None:
    """While the call is held, the window's event loop still runs (a timer fires, the progress
    dialog comes up), and that dialog offers no Cancel the work could not honour."""
    try:
        qtbot.waitUntil(lambda: bool(held.threads), timeout=5_000)
        ticked: list[bool] = []
        QTimer.singleShot(0, lambda: ticked.append(True))
        qtbot.waitUntil(lambda: bool(ticked), timeout=1_000)
        qtbot.waitUntil(lambda: bool(shown_progress(window)), timeout=2_000)
        (progress,) = shown_progress(window)
        assert progress.findChildren(QPushButton) == []
        assert not held.release.is_set()
    finally:
        held.release.set()  # a failed check must not leave the worker waiting


def shown_progress(window: MainWindow) -> list[QProgressDialog]:
    return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def test_a_restore_runs_in_a_worker_while_the_window_stays_responsive(
    qtbot: QtBot, window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    back_up_now(qtbot, window)
    context.services.customers.create(CustomerDraft(name="备份后新增"))
    held = HeldInWorker(context.services.backups.restore)
    monkeypatch.setattr(context.services.backups, "restore", held)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = window.backups_page
    page.table.selectRow(0)
    with qtbot.waitSignal(window.changes.changed, timeout=10_000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        stays_responsive(qtbot, window, held)
    assert held.threads != [threading.get_ident()]
    assert window.count_label.text() == "Customers: 40"


def test_a_backup_is_opened_in_a_worker_while_the_window_stays_responsive(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    back_up_now(qtbot, window)
    held = HeldInWorker(read_only_window.open_copy_read_only)
    monkeypatch.setattr(read_only_window, "open_copy_read_only", held)
    page = window.backups_page
    page.table.selectRow(0)
    qtbot.mouseClick(page.look_button, Qt.MouseButton.LeftButton)
    stays_responsive(qtbot, window, held)
    qtbot.waitUntil(lambda: len(window.read_only_windows) == 1, timeout=10_000)
    assert held.threads != [threading.get_ident()]
    (look,) = window.read_only_windows
    assert look.count_label.text() == "Customers: 40"
    look.close()


def test_a_restore_forgets_what_undo_remembered(
    qtbot: QtBot, window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A redo after a restore wrote an old edit into the restored file (a clerk's trial)."""
    back_up_now(qtbot, window)
    customer_id = context.services.customers.create(CustomerDraft(name="蔡海")).id
    window.navigation.select("customers")
    dialog = window.customers_page.edit_customer(customer_id)
    assert dialog is not None
    dialog.occupation_edit.clear()
    qtbot.keyClicks(dialog.occupation_edit, "Shop manager")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: window.undo_stack.canUndo())
    window.undo_stack.undo()
    assert window.undo_stack.canRedo()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.navigation.select("backups")
    page = window.backups_page
    page.table.selectRow(0)
    with qtbot.waitSignal(page.restored, timeout=10_000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)

    assert not window.undo_stack.canRedo() and not window.undo_stack.canUndo()
    assert window.statusBar().currentMessage() == "The customer file was restored from the backup."


def test_a_change_tried_in_a_backups_window_is_told_as_such(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext,
    shown_messages: list[tuple[str, str]],
) -> None:
    """A clerk's trial was told to fix folder permissions for a click in a backup's window."""
    back_up_now(qtbot, window)
    page = window.backups_page
    page.table.selectRow(0)
    qtbot.mouseClick(page.look_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.read_only_windows) == 1, timeout=10_000)
    (look,) = window.read_only_windows
    look.navigation.select("customers")
    look.customers_page.table.selectRow(0)

    look.customers_page.trash_selected()

    assert shown_messages == [
        (
            "A backup, opened to look at",
            "This window shows a backup, and nothing in it can be changed. To work with this"
            " data, restore the backup on the Backups page of the main window.",
        )
    ]
    look.close()
    assert context.services.overview.overview().customers == 40
