"""Cancel on a changed customer form asks before the typing is thrown away; an untouched form
closes at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.storage.db import Database
from tests.ui.building import customer_dialog
from tests.ui.keyboard import type_text


def test_escape_on_a_changed_form_asks_and_keeps_the_typing_until_told(
    qtbot: QtBot,
    db: Database,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def answer(_parent: object, _title: str, text: str, *_buttons: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = customer_dialog(services, customers=services.customers)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "张三")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert asked == ["The changes to this customer have not been saved. Discard them?"]
    assert dialog.isVisible() and dialog.name_edit.text() == "张三"  # "Cancel": still typing
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # "Discard"
    assert CustomerListService(db).count() == 0


def test_an_untouched_form_closes_without_a_question(
    qtbot: QtBot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: pytest.fail("asked"))
    dialog = customer_dialog(services, customers=services.customers)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "张")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Backspace)  # typed and taken back
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_save_in_the_question_saves_what_was_typed_and_closes(
    qtbot: QtBot,
    db: Database,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered: list[QMessageBox.StandardButton] = []

    def save(_parent: object, _title: str, _text: str, buttons: object, *_rest: object) -> object:
        offered.append(buttons)  # type: ignore[arg-type]
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", save)
    dialog = customer_dialog(services, customers=services.customers)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "张三")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert offered[0] & QMessageBox.StandardButton.Discard
    assert not dialog.isVisible()
    assert [row.name for row in services.customer_list.rows(services.customer_list.ids())] == [
        "张三"
    ]
    assert CustomerListService(db).count() == 1
