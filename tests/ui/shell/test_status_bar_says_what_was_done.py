"""Each save, Done, resolve, undo and redo says so in the status bar ("已保存：张三"), so the
clerk knows it went in after the form has closed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

# The shop's midnight never falls inside a test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("at_midday")

MakeWindow = Callable[[], MainWindow]


def press(qtbot: QtBot, button: QPushButton) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def said(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


@pytest.mark.usefixtures("chinese")
def test_saving_undoing_and_redoing_a_customer_is_said(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customer_id = context.services.customers.create(CustomerDraft(name="张三")).id
    window = make_window()
    window.navigation.select("customers")
    dialog = window.customers_page.edit_customer(customer_id)
    assert dialog is not None
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, "张三丰")
    press(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert said(window) == "已保存：张三丰"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert context.services.customers.get(customer_id).draft.name == "张三"
    assert said(window) == "已撤销：编辑 张三丰"
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Redo
    assert context.services.customers.get(customer_id).draft.name == "张三丰"
    assert said(window) == "已重做：编辑 张三丰"


def test_done_and_resolve_are_said(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customer_id = context.services.customers.create(CustomerDraft(name="王芳")).id
    context.services.follow_ups.schedule(customer_id, shop_clock.today(), "回访")
    complaint = context.services.complaints.record(
        customer_id, ComplaintDraft(shop_clock.now() - dt.timedelta(minutes=5), "phone", "等太久了")
    )
    window = make_window()
    page = window.today_page
    page.work_list.table.selectRow(1)  # the follow-up: the open complaint comes first
    form = page.complete(page.work_list)
    assert form is not None
    type_text(qtbot, form.outcome_edit, "满意")
    with qtbot.waitSignal(form.logged):
        press(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert said(window) == "Follow-up done: 王芳"
    resolve = ResolveDialog(
        complaints=context.services.complaints,
        changes=window.changes,
        complaint=complaint,
        parent=window,
    )
    resolve.show()
    type_text(qtbot, resolve.resolution_edit, "已道歉并补偿")
    with qtbot.waitSignal(resolve.resolved):
        press(qtbot, resolve.resolve_button)
    assert said(window) == "Complaint resolved: 王芳"
