"""Complaints from first call to resolution, the shop's visit log, and a customer's history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.contacts.visits import VisitDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.models.customer_table_model import LAST_CONTACT, NEXT_FOLLOW_UP
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

MakeWindow = Callable[[], MainWindow]


def column_texts(model: object, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]  # type: ignore[attr-defined]


def test_a_complaint_is_taken_down_resolved_the_same_day_and_checked_back(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customer_id = context.services.customers.create(CustomerDraft(name="张三")).id
    window = make_window()
    page = window.complaints_page
    window.navigation.select("complaints")
    dialog = window.new_complaint()
    assert dialog.picker is not None
    type_text(qtbot, dialog.picker.search_box, "zhangsan")
    type_text(qtbot, dialog.description_edit, "衣服洗后缩水")
    dialog.severity_combo.setCurrentIndex(2)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert column_texts(page.model, 1) == ["张三"]
    assert column_texts(page.model, 5) == ["Open"]
    assert column_texts(page.model, 7) == ["Resolve today"]
    assert window.navigation.item(4).text() == "Complaints  (1)"

    page.table.selectRow(0)
    assert page.start_button.isEnabled()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert column_texts(page.model, 5) == ["In progress"]
    page.table.selectRow(0)
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    resolve = page.findChild(ResolveDialog)
    assert resolve is not None and resolve.isVisible()
    qtbot.mouseClick(resolve.resolve_button, Qt.MouseButton.LeftButton)
    assert resolve.error_label.text() == "Please fill this in."  # a resolution is required
    type_text(qtbot, resolve.resolution_edit, "换新并道歉")
    qtbot.mouseClick(resolve.resolve_button, Qt.MouseButton.LeftButton)
    assert column_texts(page.model, 5) == ["Resolved"]
    assert column_texts(page.model, 7) == ["✓ Same day"]
    assert window.navigation.item(4).text() == "Complaints"
    check_back = context.services.follow_ups.pending_for(customer_id)
    assert [f.source for f in check_back] == ["complaint"]
    assert "Open: 0" in page.summary_label.text()


def test_the_visit_log_filters_by_kind_and_clerk(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customers = context.services.customers
    a = customers.create(CustomerDraft(name="张三")).id
    b = customers.create(CustomerDraft(name="李四")).id
    now = dt.datetime.now().replace(second=0, microsecond=0)
    visits = context.services.visits
    visits.log(a, VisitDraft(now - dt.timedelta(hours=2), "store", served_by="小李"))
    visits.log(b, VisitDraft(now - dt.timedelta(hours=1), "call", served_by="小王"))
    window = make_window()
    window.navigation.select("visits")
    page = window.visits_page
    assert column_texts(page.model, 1) == ["李四", "张三"]  # newest first
    assert column_texts(page.model, 2) == ["Phone call-back", "Store visit"]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("store"))
    assert column_texts(page.model, 1) == ["张三"]
    page.kind_combo.setCurrentIndex(0)
    page.clerk_combo.setCurrentIndex(page.clerk_combo.findData("小王"))
    assert column_texts(page.model, 1) == ["李四"]
    assert page.count_label.text() == "Visits: 1"


def test_a_visit_logged_from_the_customer_form_shows_in_its_history_and_the_list(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customer_id = context.services.customers.create(CustomerDraft(name="张三")).id
    window = make_window()
    window.navigation.select("customers")
    customers_page = window.customers_page
    assert customers_page.model.index(0, LAST_CONTACT).data() == ""
    form = customers_page.edit_customer(customer_id)
    history = form.history_panel
    assert history is not None
    assert history.next_label.text() == "No contact planned."
    planned = dt.date.today() + dt.timedelta(days=8)
    history.plan_date_edit.selectAll()
    qtbot.keyClicks(history.plan_date_edit, f"{planned:%Y/%m/%d}")
    qtbot.mouseClick(history.plan_button, Qt.MouseButton.LeftButton)
    assert context.services.customers.get(customer_id).next_follow_up_on == planned
    assert history.next_label.text().startswith("Next contact: ")
    assert customers_page.model.index(0, NEXT_FOLLOW_UP).data() != ""
    dialog = history.log_visit()
    type_text(qtbot, dialog.purpose_edit, "生日问候")
    qtbot.mouseClick(dialog.next_group.button(7), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert column_texts(history.model, 2) == ["生日问候"]
    assert history.next_label.text().startswith("Next contact: ")
    assert customers_page.model.index(0, LAST_CONTACT).data() != ""  # the list follows
