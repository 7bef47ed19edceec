"""A name and what is said of it are joined with the language's own colon: "郭晶萍：鞋子开胶" in
Chinese, "Guo: ..." in English (issue 18: the Resolve dialog wrote "郭晶萍: xiezi" with an
ASCII colon, built in code instead of through the catalogue)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import Services
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

MakeWindow = Callable[[], MainWindow]
NO_KEYS = Qt.KeyboardModifier.NoModifier


def shown_text(rich: str) -> str:
    """What a clerk reads in a label showing ``rich``."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "郭晶萍: xiezi开胶\n尺码 S<M & 偏小"),
        ("zh_CN", "郭晶萍：xiezi开胶\n尺码 S<M & 偏小"),
    ],
)
def test_the_resolve_dialog_names_the_customer_and_the_complaint_as_typed(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    services: Services,
    language: str,
    expected: str,
) -> None:
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    customer = services.customers.create(CustomerDraft(name="郭晶萍"))
    received = shop_clock.now().replace(microsecond=0)
    draft = ComplaintDraft(received, "phone", "xiezi开胶\n尺码 S<M & 偏小")
    complaint = services.complaints.record(customer.id, draft)
    dialog = ResolveDialog(
        complaints=services.complaints, changes=ChangeNotifier(), complaint=complaint
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert shown_text(dialog.summary_label.text()) == expected


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_KEYS) -> None:
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    qtbot.keyClick(focused, key, modifiers)


def test_a_refused_setting_is_named_with_a_chinese_colon(
    qtbot: QtBot, chinese: None, make_window: MakeWindow
) -> None:
    dialog = make_window().open_settings()
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # to the greeting days
    press(qtbot, Qt.Key.Key_Tab)  # into the table
    press(qtbot, Qt.Key.Key_Tab)  # on to Add
    press(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, QApplication.focusWidget(), "春节")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "next spring")
    press(qtbot, Qt.Key.Key_Return)  # the cell is done (the table takes it a moment later)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.holiday_table)
    press(qtbot, Qt.Key.Key_Return)  # Save
    assert dialog.isVisible()
    problem = dialog.error_label.text()
    assert problem.startswith("问候节日：")
    assert ": " not in problem
