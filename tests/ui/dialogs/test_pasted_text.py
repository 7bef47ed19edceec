"""Text pasted from Excel or WeChat with characters no file can hold (issue 14).

The clerk pastes with Ctrl+V and presses Save: the form removes those characters from the field,
names them in a field message and saves nothing. Pressing Save again saves what the field shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.complaints.complaints import (
    ComplaintDraft,
    ComplaintFilter,
    ComplaintService,
)
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitFilter, VisitService
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import SettingsService, stage_rules_in
from custdesk.storage.db import Database
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.customer_form.purchases_panel import PurchasesPanel
from custdesk.ui.dialogs.complaint_dialog import ComplaintDialog
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.dialogs.settings_dialog import SettingsDialog
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from tests.ui.building import customer_dialog
from tests.ui.keyboard import type_text

PASTED = "王\x0b小明\uffff"  # a vertical tab and U+FFFF, as copied from a spreadsheet cell
CLEAN = "王小明"
MESSAGE = (
    "Removed invisible characters that cannot be saved (U+000B, U+FFFF). "
    "Check the text, then save again."
)


def paste(qtbot: QtBot, field: QWidget, text: str) -> None:
    QApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def press(qtbot: QtBot, button: QPushButton) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def save_button(dialog: QWidget) -> QPushButton:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    button = buttons.button(QDialogButtonBox.StandardButton.Save) or buttons.buttons()[-1]
    return button


@pytest.fixture
def customers(db: Database) -> CustomerService:
    return CustomerService(db, stage_rules=stage_rules_in)


@pytest.fixture
def customer_id(customers: CustomerService) -> int:
    return customers.create(CustomerDraft(name="张三")).id


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()


def test_customer_form(
    qtbot: QtBot, customers: CustomerService, db: Database, services: Services
) -> None:
    dialog = customer_dialog(services, customers=customers)
    show(qtbot, dialog)
    paste(qtbot, dialog.name_edit, PASTED)
    paste(qtbot, dialog.notes_edit, "喜欢\x0c红色")
    press(qtbot, save_button(dialog))
    assert dialog.isVisible()
    assert dialog._error_labels["name"].text() == MESSAGE
    assert dialog._error_labels["notes"].text() == (
        "Removed invisible characters that cannot be saved (U+000C). "
        "Check the text, then save again."
    )
    assert not dialog._error_labels["phones"].isVisible()
    assert dialog.name_edit.text() == CLEAN
    assert CustomerListService(db).count() == 0  # nothing saved yet
    with qtbot.waitSignal(dialog.saved) as saved:
        press(qtbot, save_button(dialog))
    stored = customers.get(saved.args[0]).draft
    assert (stored.name, stored.notes) == (CLEAN, "喜欢红色")


def test_purchase_sub_form(qtbot: QtBot, db: Database, customer_id: int) -> None:
    purchases = PurchaseService(db, stage_rules=stage_rules_in)
    panel = PurchasesPanel(purchases=purchases, changes=ChangeNotifier(), customer_id=customer_id)
    show(qtbot, panel)
    paste(qtbot, panel.item_edit, "手镯\x0b")
    type_text(qtbot, panel.amount_edit, "1,234.56")
    add = panel.add_button
    press(qtbot, add)
    assert panel.error_label.text() == (
        "Removed invisible characters that cannot be saved (U+000B). "
        "Check the text, then save again."
    )
    assert purchases.purchases_of(customer_id) == []
    press(qtbot, add)
    # Kept for the customer form's Save, cleaned: the form's Save is tested with the dialog.
    [kept] = panel.added()
    assert (kept.item, panel.table.item(0, 3).text()) == ("手镯", "¥1,234.56")


def test_visit_dialog(qtbot: QtBot, db: Database, customer_id: int) -> None:
    visits = VisitService(db, stage_rules=stage_rules_in)
    dialog = VisitDialog(
        visits=visits,
        follow_ups=FollowUpService(db, stage_rules=stage_rules_in),
        customer_list=CustomerListService(db),
        changes=ChangeNotifier(),
        customer=(customer_id, "张三"),
    )
    show(qtbot, dialog)
    paste(qtbot, dialog.purpose_edit, PASTED)
    paste(qtbot, dialog.notes_edit, PASTED)
    press(qtbot, save_button(dialog))
    assert dialog.error_label.text() == MESSAGE
    assert dialog.purpose_edit.text() == CLEAN
    assert visits.count() == 0
    with qtbot.waitSignal(dialog.logged):
        press(qtbot, save_button(dialog))
    [stored] = visits.visits(VisitFilter(customer_id=customer_id))
    assert (stored.purpose, stored.notes) == (CLEAN, CLEAN)


def test_complaint_and_resolve_dialogs(qtbot: QtBot, db: Database, customer_id: int) -> None:
    complaints = ComplaintService(db, stage_rules=stage_rules_in)
    dialog = ComplaintDialog(
        complaints=complaints,
        customer_list=CustomerListService(db),
        changes=ChangeNotifier(),
        customer=(customer_id, "张三"),
    )
    show(qtbot, dialog)
    paste(qtbot, dialog.description_edit, PASTED)
    press(qtbot, save_button(dialog))
    assert dialog.error_label.text() == MESSAGE
    assert complaints.complaints() == []
    with qtbot.waitSignal(dialog.recorded):
        press(qtbot, save_button(dialog))
    [stored] = complaints.complaints(ComplaintFilter(customer_id=customer_id))
    assert stored.description == CLEAN

    resolve = ResolveDialog(complaints=complaints, changes=ChangeNotifier(), complaint=stored)
    show(qtbot, resolve)
    paste(qtbot, resolve.resolution_edit, PASTED)
    press(qtbot, resolve.resolve_button)
    assert resolve.error_label.text() == MESSAGE
    assert complaints.complaints()[0].resolution == ""
    with qtbot.waitSignal(resolve.resolved):
        press(qtbot, resolve.resolve_button)
    assert complaints.complaints()[0].resolution == CLEAN


def test_settings_dialog(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    service = SettingsService(db, today=lambda: dt.date(2026, 11, 22))
    dialog = SettingsDialog(
        settings=service,
        loaded=service.get(),
        changes=ChangeNotifier(),
        db_path=tmp_path / "custdesk.db",
    )
    show(qtbot, dialog)
    dialog.shop_name_edit.selectAll()
    paste(qtbot, dialog.shop_name_edit, PASTED)
    press(qtbot, save_button(dialog))
    assert dialog.error_label.text() == MESSAGE
    assert service.get().shop_name == ""
    with qtbot.waitSignal(dialog.saved):
        press(qtbot, save_button(dialog))
    assert service.get().shop_name == CLEAN


def test_a_pasted_complaint_never_reaches_the_internal_error_dialog(
    qtbot: QtBot, db: Database, customer_id: int
) -> None:
    """Surrogates cannot be pasted through Qt, but a complaint from a service caller can carry
    anything: it is stored clean, never refused by SQLite with a UnicodeEncodeError."""
    complaints = ComplaintService(db, stage_rules=stage_rules_in)
    draft = ComplaintDraft(dt.datetime.now(), "phone", "坏\ud800了")
    assert complaints.record(customer_id, draft).description == "坏了"


# --- the message is read in full, in the dialog's width, and squeezes no field ----------------

MANY = "".join(chr(code) for code in range(1, 9)) + "王小明"  # eight names: the message wraps


def _message_form(
    kind: str, services: Services, customer_id: int
) -> tuple[QWidget, QWidget, QPushButton]:
    """A form of ``kind``, the field to paste into and its save button."""
    lists = services.customer_list
    if kind == "customer":
        customer = customer_dialog(services)
        return customer, customer.name_edit, save_button(customer)
    if kind == "visit":
        visit = VisitDialog(
            visits=services.visits,
            follow_ups=services.follow_ups,
            customer_list=lists,
            changes=ChangeNotifier(),
            customer=(customer_id, "张三"),
        )
        visit.notes_edit.setPlainText("第一行\n第二行\n第三行")
        return visit, visit.purpose_edit, save_button(visit)
    complaints = services.complaints
    if kind == "complaint":
        complaint = ComplaintDialog(
            complaints=complaints,
            customer_list=lists,
            changes=ChangeNotifier(),
            customer=(customer_id, "张三"),
        )
        return complaint, complaint.description_edit, save_button(complaint)
    stored = complaints.record(customer_id, ComplaintDraft(dt.datetime.now(), "phone", "等太久了"))
    resolve = ResolveDialog(complaints=complaints, changes=ChangeNotifier(), complaint=stored)
    return resolve, resolve.resolution_edit, resolve.resolve_button


def _squeezed(dialog: QWidget) -> list[str]:
    """Fields given less height than they need (drawn into the row below)."""
    fields = (QLineEdit, QPlainTextEdit, QComboBox, QPushButton)
    squeezed = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, fields) or not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a date or number box, or an editable combo box
        # as a layout sizes it: a height set in code, else the widget's own minimum
        needed = widget.minimumHeight() or widget.minimumSizeHint().height()
        if widget.height() < needed:
            squeezed.append(f"{type(widget).__name__} {widget.height()} < {needed}")
    return squeezed


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """Text a size larger, as on a shop PC set to 125 %: messages take more lines."""
    font = qapp.font()
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 1.3)
    qapp.setFont(larger)
    yield
    qapp.setFont(font)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("kind", ["customer", "visit", "complaint", "resolve"])
def test_the_removed_characters_message_wraps_within_the_dialog(
    qtbot: QtBot,
    db: Database,
    customer_id: int,
    kind: str,
    language: str,
    request: pytest.FixtureRequest,
    services: Services,
) -> None:
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    request.getfixturevalue("large_text")
    dialog, field, save = _message_form(kind, services, customer_id)
    show(qtbot, dialog)
    qtbot.waitExposed(dialog)
    if isinstance(field, QLineEdit):  # as the clipboard gave them (a paste drops some of them)
        field.setText(MANY)
    else:
        assert isinstance(field, QPlainTextEdit)
        field.setPlainText(MANY)
    press(qtbot, save)
    qtbot.wait(20)  # the layout settles
    [label] = [
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisibleTo(dialog) and "U+0001" in label.text()
    ]
    assert label.wordWrap()
    left = label.mapTo(dialog, QPoint(0, 0)).x()
    assert left >= 0 and left + label.width() <= dialog.width()  # not cut at the right edge
    assert label.height() >= label.heightForWidth(label.width())  # every wrapped line shown
    assert label.heightForWidth(label.width()) > label.fontMetrics().height()  # it did wrap
    assert _squeezed(dialog) == []
