"""The form's tags box: what a clerk types between tags separates them, as the import reads an
exported cell, and the saved tags come back joined the way the export writes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.customers.customers import CustomerService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from tests.ui.building import customer_dialog
from tests.ui.keyboard import type_text


def test_tags_typed_with_any_separator_are_saved_apart_and_shown_joined(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22)
    )
    dialog = customer_dialog(services, customers=customers)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "张伟")
    type_text(qtbot, dialog.tags_edit, "团购/老客户|VIP、vip")
    with qtbot.waitSignal(dialog.saved) as saved:
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    record = customers.get(saved.args[0])
    assert record.draft.tags == ("VIP", "团购", "老客户")
    again = customer_dialog(services, customers=customers, record=record)
    qtbot.addWidget(again)
    assert again.tags_edit.text() == "VIP, 团购, 老客户"
