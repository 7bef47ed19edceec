"""What a clerk sees when something goes wrong."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from custdesk.errors import DatabaseInUseError, LockHolder, SchemaTooNewError
from custdesk.storage.migrate import create_shop_file
from custdesk.ui.common.messages import user_message
from custdesk.ui.shell import launch
from custdesk.ui.shell.error_hook import ErrorReporter
from tests.helpers import lock_holder


def raise_and_catch(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException:
        return sys.exc_info()  # type: ignore[return-value]


def test_an_unexpected_error_opens_a_dialog_with_details(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    reporter = ErrorReporter(parent)
    reporter.install()
    try:
        assert sys.excepthook == reporter.handle
        reporter.handle(*raise_and_catch(KeyError("boom")))  # type: ignore[arg-type]
    finally:
        reporter.uninstall()
    dialog = reporter.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Unexpected error"
    assert "Your saved data is safe" in dialog.text()
    assert "KeyError: 'boom'" in dialog.detailedText()
    dialog.close()
    assert sys.excepthook is not reporter.handle


def test_known_problems_get_plain_sentences_without_a_traceback() -> None:
    holder = LockHolder(pid=4321, host="counter-pc", user="clerk", started_at="09:00", program="x")
    message = user_message(DatabaseInUseError("/data/shop.db", holder))
    assert not message.is_bug
    assert (
        "4321" in message.text and "counter-pc" in message.text and "/data/shop.db" in message.text
    )
    assert "not changed" in user_message(SchemaTooNewError("9", "1")).text


def test_the_chinese_message_names_the_holder(chinese: None) -> None:
    holder = LockHolder(pid=4321, host="柜台电脑", user="clerk", started_at="09:00", program="x")
    message = user_message(DatabaseInUseError("/data/shop.db", holder))
    assert message.title == "档案已被打开"
    assert "柜台电脑" in message.text and "4321" in message.text


def test_opening_a_database_already_in_use_shows_who_has_it(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text))
    )
    create_shop_file(db_path)
    before = db_path.read_bytes()
    with lock_holder(db_path) as holder:
        assert launch.run_gui(db_path) == 1
    assert shown and shown[0][0] == "Database already open"
    assert str(holder.pid) in shown[0][1]
    assert db_path.read_bytes() == before
