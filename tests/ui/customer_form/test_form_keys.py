"""Enter in a form, as clerks used to Excel expect (issue 18): Enter in a one-line field moves on
to the next field and saves nothing; Ctrl+S or Ctrl+Enter saves; a multi-line field keeps Enter
as a new line; Enter in a sub-form (the purchase amount, the referrer) does that sub-form's
action only and never saves or closes the customer form."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.contacts.visits import VisitFilter
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from tests.ui.building import customer_dialog
from tests.ui.keyboard import type_text

# The shop's midnight never falls inside a test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("at_midday")

D = TypeVar("D", bound=QDialog)
CTRL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


def shown(qtbot: QtBot, dialog: D) -> D:
    """On screen and active, as a dialog the clerk just opened (its shortcuts need that)."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def names_on_file(services: Services) -> list[str]:
    customer_list = services.customer_list
    return [row.name for row in customer_list.rows(customer_list.ids())]


def test_enter_after_the_name_moves_on_and_saves_nothing_then_ctrl_s_saves(
    qtbot: QtBot, services: Services
) -> None:
    dialog = shown(qtbot, customer_dialog(services))
    save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save_button.toolTip() == "Ctrl+S, Ctrl+Return"  # since Enter no longer saves
    type_text(qtbot, dialog.name_edit, "王芳")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.gender_combo
    assert dialog.isVisible()
    assert names_on_file(services) == []

    type_text(qtbot, dialog.phones_edit, "13800138000")
    qtbot.keyClick(dialog.phones_edit, Qt.Key.Key_Enter, KEYPAD)  # the number pad's Enter
    assert dialog.focusWidget() is dialog.wechat_edit
    assert names_on_file(services) == []

    qtbot.keyClick(dialog.wechat_edit, Qt.Key.Key_S, CTRL)
    assert not dialog.isVisible()
    (saved,) = services.customer_list.rows(services.customer_list.ids())
    assert (saved.name, saved.phone) == ("王芳", "+8613800138000")


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [(Qt.Key.Key_Return, CTRL), (Qt.Key.Key_Enter, CTRL | KEYPAD)],
    ids=["ctrl+return", "ctrl+keypad-enter"],
)
def test_ctrl_enter_saves_the_customer(
    qtbot: QtBot, services: Services, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    dialog = shown(qtbot, customer_dialog(services))
    type_text(qtbot, dialog.name_edit, "李雷")
    qtbot.keyClick(dialog.name_edit, key, modifiers)
    assert not dialog.isVisible()
    assert names_on_file(services) == ["李雷"]


def test_enter_in_the_notes_starts_a_new_line(qtbot: QtBot, services: Services) -> None:
    dialog = shown(qtbot, customer_dialog(services))
    type_text(qtbot, dialog.name_edit, "韩梅梅")
    type_text(qtbot, dialog.notes_edit, "likes wool")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.notes_edit, "size M")
    assert dialog.focusWidget() is dialog.notes_edit
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, CTRL)
    (customer_id,) = services.customer_list.ids()
    assert services.customers.get(customer_id).draft.notes == "likes wool\nsize M"


# -- sub-forms inside the customer form ------------------------------------------------------


def test_enter_in_the_purchase_amount_adds_one_purchase_and_the_form_stays_open(
    qtbot: QtBot, services: Services
) -> None:
    customer = services.customers.create(CustomerDraft(name="孙七"))
    dialog = shown(qtbot, customer_dialog(services, record=customer))
    panel = dialog.purchases_panel
    assert panel is not None
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_End)
    type_text(qtbot, dialog.name_edit, "（改）")  # an edit to the file, not saved yet

    type_text(qtbot, panel.item_edit, "羊毛大衣")
    qtbot.keyClick(panel.item_edit, Qt.Key.Key_Return)  # on to the quantity, nothing added
    assert dialog.focusWidget() is panel.quantity_spin
    assert panel.table.rowCount() == 0
    type_text(qtbot, panel.amount_edit, "19.99")
    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert panel.table.rowCount() == 1
    assert panel.summary.text() == "Purchases: 1, total ¥19.99"
    assert services.customers.get(customer.id).name == "孙七"  # the form itself not saved

    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_S, CTRL)
    assert not dialog.isVisible()
    assert services.customers.get(customer.id).name == "孙七（改）"
    bought = services.purchases.purchases_of(customer.id)
    assert [(p.item, p.amount_cents) for p in bought] == [("羊毛大衣", 1999)]


def test_enter_on_the_picked_referrer_sets_the_referrer_only_and_ctrl_s_saves_both(
    qtbot: QtBot, services: Services
) -> None:
    referrer = services.customers.create(CustomerDraft(name="赵六"))
    customer = services.customers.create(CustomerDraft(name="孙七"))
    dialog = shown(qtbot, customer_dialog(services, record=customer))
    panel = dialog.referral_panel
    assert panel is not None
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_End)
    type_text(qtbot, dialog.name_edit, "（改）")
    qtbot.keyClicks(panel.picker.search_box, "zhaoliu")  # one match: picked
    qtbot.keyClick(panel.picker.search_box, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert "赵六" in panel.referrer_label.text()
    assert services.referrals.referral_of(customer.id) is None  # kept for Save
    assert services.customers.get(customer.id).name == "孙七"

    qtbot.keyClick(panel.picker.search_box, Qt.Key.Key_S, CTRL)
    assert not dialog.isVisible()
    link = services.referrals.referral_of(customer.id)
    assert link is not None and link.referrer_id == referrer.id
    assert services.customers.get(customer.id).name == "孙七（改）"


# -- the record forms (a visit, a complaint, a reward) -----------------------------------------


def test_a_visit_form_moves_on_with_enter_and_logs_with_ctrl_s(
    qtbot: QtBot, services: Services
) -> None:
    customer = services.customers.create(CustomerDraft(name="张三"))
    dialog = VisitDialog(
        visits=services.visits,
        follow_ups=services.follow_ups,
        customer_list=services.customer_list,
        changes=ChangeNotifier(),
        customer=(customer.id, customer.name),
    )
    shown(qtbot, dialog)
    assert dialog.focusWidget() is dialog.purpose_edit
    type_text(qtbot, dialog.purpose_edit, "试穿回访")
    qtbot.keyClick(dialog.purpose_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.outcome_edit
    assert services.visits.visits(VisitFilter(customer_id=customer.id)) == []

    type_text(qtbot, dialog.outcome_edit, "很满意")
    qtbot.keyClick(dialog.outcome_edit, Qt.Key.Key_S, CTRL)
    assert not dialog.isVisible()
    logged = services.visits.visits(VisitFilter(customer_id=customer.id))
    assert [(v.purpose, v.outcome) for v in logged] == [("试穿回访", "很满意")]


def test_the_resolution_takes_enter_as_a_new_line_and_ctrl_enter_resolves(
    qtbot: QtBot, services: Services
) -> None:
    customer = services.customers.create(CustomerDraft(name="张三"))
    draft = ComplaintDraft(dt.datetime.now() - dt.timedelta(hours=1), "phone", "衣服缩水")
    complaint = services.complaints.record(customer.id, draft)
    dialog = ResolveDialog(
        complaints=services.complaints, changes=ChangeNotifier(), complaint=complaint
    )
    shown(qtbot, dialog)
    type_text(qtbot, dialog.resolution_edit, "换新")
    qtbot.keyClick(dialog.resolution_edit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.resolution_edit, "并道歉")
    assert dialog.isVisible()
    qtbot.keyClick(dialog.resolution_edit, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    (resolved,) = services.complaints.complaints()
    assert (resolved.status, resolved.resolution) == ("resolved", "换新\n并道歉")


def test_ctrl_tab_turns_the_history_tabs_from_the_name_field(
    qtbot: QtBot, services: Services
) -> None:
    """The keyboard drive: Ctrl+Tab did nothing while the focus was in the profile."""
    record = services.customers.create(CustomerDraft(name="张三"))
    form = customer_dialog(services, record=record)
    qtbot.addWidget(form)
    form.show()
    assert form.tabs is not None
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.name_edit.setFocus()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert form.tabs.tabText(form.tabs.currentIndex()) == "Referrals"
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert form.tabs.tabText(form.tabs.currentIndex()) == "Visits and follow-ups"
