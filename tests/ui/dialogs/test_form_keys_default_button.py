"""In the forms where Enter moves on (FormKeys), no button is drawn as the default one: its thick
border told clerks that Enter saves (issue 18, the Complete follow-up dialog). A focused button
still presses on Enter and on Space; Ctrl+S saves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import Services
from custdesk.services.contacts.visits import VisitFilter
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from tests.ui.keyboard import type_text


def complete_follow_up(qtbot: QtBot, services: Services) -> tuple[VisitDialog, int]:
    """The Complete follow-up dialog of a call planned for today, on screen and active."""
    customer = services.customers.create(CustomerDraft(name="王芳"))
    planned = services.follow_ups.schedule(customer.id, shop_clock.today(), "试穿回访")
    dialog = VisitDialog(
        visits=services.visits,
        follow_ups=services.follow_ups,
        customer_list=services.customer_list,
        changes=ChangeNotifier(),
        follow_up=planned,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog, customer.id


def outcomes_logged(services: Services, customer_id: int) -> list[str]:
    return [v.outcome for v in services.visits.visits(VisitFilter(customer_id=customer_id))]


def tab_to(qtbot: QtBot, button: QPushButton) -> None:
    for _ in range(30):
        if QApplication.focusWidget() is button:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {button.text()!r}")


def test_no_button_looks_like_enter_saves_and_enter_moves_on(
    qtbot: QtBot, services: Services
) -> None:
    dialog, customer_id = complete_follow_up(qtbot, services)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()] == []
    type_text(qtbot, dialog.outcome_edit, "已取货")
    qtbot.keyClick(dialog.outcome_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.satisfaction_combo
    assert dialog.isVisible()
    assert outcomes_logged(services, customer_id) == []
    assert not save.isDefault()

    tab_to(qtbot, save)
    assert not save.isDefault()  # not even while it has the focus
    with qtbot.waitSignal(dialog.logged):
        qtbot.keyClick(save, Qt.Key.Key_Return)  # a focused button presses on Enter
    assert outcomes_logged(services, customer_id) == ["已取货"]
    assert services.follow_ups.pending_for(customer_id) == []  # the call is done


def test_enter_on_a_focused_cancel_presses_it_and_saves_nothing(
    qtbot: QtBot, services: Services
) -> None:
    dialog, customer_id = complete_follow_up(qtbot, services)
    type_text(qtbot, dialog.outcome_edit, "已取货")
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    tab_to(qtbot, cancel)
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert outcomes_logged(services, customer_id) == []
    assert len(services.follow_ups.pending_for(customer_id)) == 1


def test_ctrl_s_saves_from_a_field(qtbot: QtBot, services: Services) -> None:
    dialog, customer_id = complete_follow_up(qtbot, services)
    type_text(qtbot, dialog.outcome_edit, "已取货")
    with qtbot.waitSignal(dialog.logged):
        qtbot.keyClick(dialog.outcome_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert outcomes_logged(services, customer_id) == ["已取货"]
