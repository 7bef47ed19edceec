"""Starting the window: a mistyped path asks before a new shop file appears there; another
program's database is refused untouched and never offered for 'recovery'."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from custdesk.paths import default_db_path
from custdesk.storage.identity import FileKind, inspect_file
from custdesk.storage.migrate import create_shop_file
from custdesk.ui.shell import launch
from tests.storage.test_identity import foreign_database

Answer = Callable[[QMessageBox], None]


def answer_the_dialog(answer: Answer, seen: list[str]) -> None:
    """When the modal dialog shows, read it and answer it from the keyboard."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        answer(box)

    QTimer.singleShot(0, look)


def press_enter(box: QMessageBox) -> None:
    QtBot.keyClick(box, Qt.Key.Key_Return)


def press_yes(box: QMessageBox) -> None:
    """Tab to Yes (the dialog starts on No), then Space, as a clerk without a mouse does."""
    QtBot.keyClick(box, Qt.Key.Key_Backtab)
    assert box.focusWidget() is box.button(QMessageBox.StandardButton.Yes)
    QtBot.keyClick(box.focusWidget(), Qt.Key.Key_Space)


@pytest.fixture
def no_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)  # close the window at once


def test_a_mistyped_path_asks_and_enter_creates_nothing(
    qtbot: object, tmp_path: Path, no_event_loop: None
) -> None:
    mistyped = tmp_path / "shp.db"
    seen: list[str] = []
    answer_the_dialog(press_enter, seen)  # Enter takes the default: No
    assert launch.run_gui(mistyped) == 1
    assert str(mistyped) in seen[0] and "Create a new, empty shop file" in seen[0]
    assert not mistyped.exists()


def test_yes_creates_the_new_shop_file(qtbot: object, tmp_path: Path, no_event_loop: None) -> None:
    second_shop = tmp_path / "second-shop.db"
    seen: list[str] = []
    answer_the_dialog(press_yes, seen)
    assert launch.run_gui(second_shop) == 0
    assert len(seen) == 1
    assert inspect_file(second_shop).kind is FileKind.SHOP


def test_an_empty_file_is_asked_about_too(
    qtbot: object, tmp_path: Path, no_event_loop: None
) -> None:
    zero = tmp_path / "zero.db"
    zero.touch()
    seen: list[str] = []
    answer_the_dialog(press_enter, seen)
    assert launch.run_gui(zero) == 1
    assert zero.stat().st_size == 0 and seen


def test_the_usual_file_is_created_on_the_first_start_without_asking(
    qtbot: object, no_event_loop: None
) -> None:
    assert not default_db_path().exists()
    assert launch.run_gui(default_db_path()) == 0
    assert inspect_file(default_db_path()).kind is FileKind.SHOP


def test_another_programs_database_is_refused_untouched(
    qtbot: object, tmp_path: Path, no_event_loop: None
) -> None:
    other = foreign_database(tmp_path / "till.db")
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    seen: list[str] = []
    answer_the_dialog(press_enter, seen)
    assert launch.run_gui(other) == 1
    assert seen == ["This file is not a CustDesk customer file. It was left as it is."]
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["till.db"]  # nothing moved aside


def test_a_text_file_is_refused_and_not_offered_for_recovery(
    qtbot: object, tmp_path: Path, no_event_loop: None
) -> None:
    text = tmp_path / "text.db"
    text.write_text("hi\n", "utf-8")
    seen: list[str] = []
    answer_the_dialog(press_enter, seen)
    assert launch.run_gui(text) == 1
    assert seen == ["This file is not a CustDesk customer file. It was left as it is."]
    assert text.read_text("utf-8") == "hi\n"


def test_a_working_file_of_sqlite_is_never_opened_or_recovered(
    qtbot: object, tmp_path: Path, no_event_loop: None
) -> None:
    """shop.db-wal holds the newest saves of shop.db: 'recovering' it would move them away."""
    shop = tmp_path / "shop.db"
    create_shop_file(shop)
    wal = tmp_path / "shop.db-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(4092))
    before = wal.read_bytes()
    seen: list[str] = []
    answer_the_dialog(press_enter, seen)
    assert launch.run_gui(wal) == 1
    assert len(seen) == 1 and "corrupt" not in seen[0].lower()
    assert wal.read_bytes() == before
    assert not list(tmp_path.glob("*.corrupt-*"))
