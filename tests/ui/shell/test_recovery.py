"""A damaged customer file never shows a traceback: the clerk is offered the newest good backup,
the damaged file is kept aside, and the window opens on the restored data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from custdesk.app import open_app
from custdesk.services.shop.demo import generate_demo
from custdesk.ui.shell import launch
from custdesk.ui.shell.recovery import StartupCheck


@pytest.fixture
def backed_up_shop(db_path: Path) -> Path:
    with open_app(db_path, create=True) as context:
        generate_demo(context.db, 25, seed=6)
        assert context.services.backups.back_up("manual") is not None
    return db_path


def test_a_file_damaged_at_start_is_swapped_for_the_newest_backup(
    qtbot: QtBot, backed_up_shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with backed_up_shop.open("r+b") as handle:
        handle.write(b"\0" * 100)  # the header is gone: SQLite cannot read it any more
    asked: list[str] = []

    def warning(_parent: QWidget | None, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)  # close the window at once
    assert launch.run_gui(backed_up_shop) == 0
    assert "(customers: 25)" in asked[0]
    assert "corrupt" in shown[0]
    with open_app(backed_up_shop, create=True) as context:
        assert context.services.overview.overview().customers == 25
    assert len(list(backed_up_shop.parent.glob("custdesk.db.corrupt-*"))) == 1


def test_a_damaged_file_without_a_backup_is_left_alone(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_app(db_path, create=True) as context:
        generate_demo(context.db, 5, seed=6)
    with db_path.open("r+b") as handle:
        handle.write(b"\0" * 100)
    damaged = db_path.read_bytes()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    assert launch.run_gui(db_path) == 1
    assert "no good backup" in told[0]
    assert db_path.read_bytes() == damaged


def test_the_check_after_start_finds_damage_inside_the_file(
    qtbot: QtBot, backed_up_shop: Path
) -> None:
    size = backed_up_shop.stat().st_size
    with backed_up_shop.open("r+b") as handle:  # scribble over pages in the middle
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(b"\xa5" * 4096 * 3)
    parent = QWidget()
    qtbot.addWidget(parent)
    check = StartupCheck(backed_up_shop, parent)
    with qtbot.waitSignal(check.damaged, timeout=10_000) as found:
        check.start()
    assert found.args[0]
    assert check.report is not None and not check.report.ok
