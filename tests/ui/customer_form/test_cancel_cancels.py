"""Nothing typed into the customer form reaches the shop file before Save (issue 18, "Cancel
cancels"): purchases added or removed, a referrer set and the referrer's kind are kept in the form;
Cancel leaves the file as it was; Save writes them all in one transaction, as one undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import Services
from custdesk.services.customers.purchases import PurchaseDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.pages.customers_page import CustomersPage
from tests.ui.building import customers_page
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
LOOP = (
    "That would make a loop: this customer brought the other one in (directly or through others)."
)


def opened(qtbot: QtBot, dialog: CustomerDialog | None) -> CustomerDialog:
    assert dialog is not None
    dialog.activateWindow()  # the keys go where a clerk's would: to the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def file_opened(
    qtbot: QtBot, services: Services, customer: int
) -> tuple[CustomersPage, CustomerDialog]:
    """The customer list, and the customer's file opened from it and active."""
    page = customers_page(services)
    qtbot.addWidget(page)
    page.show()
    return page, opened(qtbot, page.edit_customer(customer))


def turn_to(qtbot: QtBot, dialog: CustomerDialog, tab_title: str) -> None:
    """Ctrl+Tab until the tab is shown, as a clerk turns the file's tabs."""
    assert dialog.tabs is not None
    for _ in range(dialog.tabs.count()):
        if dialog.tabs.tabText(dialog.tabs.currentIndex()) == tab_title:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
    pytest.fail(f"no tab {tab_title}")


def work_in_the_form(
    qtbot: QtBot, dialog: CustomerDialog, tabs: tuple[str, str] = ("Purchases", "Referrals")
) -> None:
    """Add a 19.99 purchase, remove the one on file, set 赵六 as referrer, and call the customer
    a 荣誉型 referrer: every part of the form but the profile's fields."""
    purchases, referrals = dialog.purchases_panel, dialog.referral_panel
    assert purchases is not None
    assert referrals is not None
    turn_to(qtbot, dialog, tabs[0])
    type_text(qtbot, purchases.item_edit, "纽扣")
    qtbot.keyClicks(purchases.amount_edit, "19.99")
    qtbot.keyClick(purchases.amount_edit, Qt.Key.Key_Return)
    purchases.table.setFocus()  # its first row, the purchase just added, is selected
    qtbot.keyClick(purchases.table, Qt.Key.Key_Down)  # the one on file, of 1 November
    qtbot.keyClick(purchases.remove_button, Qt.Key.Key_Space)
    turn_to(qtbot, dialog, tabs[1])
    qtbot.keyClicks(referrals.picker.search_box, "zhaoliu")  # one match: picked
    qtbot.keyClick(referrals.picker.search_box, Qt.Key.Key_Return)
    referrals.kind_combo.setFocus()
    qtbot.keyClick(referrals.kind_combo, Qt.Key.Key_Down)  # the first kind after "Not known"
    assert [draft.item for draft in purchases.added()] == ["纽扣"]
    assert len(purchases.removed_ids()) == 1
    assert "赵六" in referrals.referrer_label.text()


@pytest.fixture
def on_file(services: Services) -> tuple[int, int]:
    """赵六, who may refer; 孙七, with one purchase of ¥0.29 on file."""
    referrer = services.customers.create(CustomerDraft(name="赵六")).id
    customer = services.customers.create(CustomerDraft(name="孙七")).id
    services.purchases.record(customer, PurchaseDraft(dt.date(2026, 11, 1), "线", "0.29"))
    return referrer, customer


def test_escape_after_work_in_the_tabs_asks_and_leaves_the_file_as_it_was(
    qtbot: QtBot,
    services: Services,
    on_file: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    referrer, customer = on_file
    asked: list[str] = []

    def discard(_parent: object, _title: str, text: str, *_buttons: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", discard)
    _page, dialog = file_opened(qtbot, services, customer)
    work_in_the_form(qtbot, dialog)
    assert services.referrals.referral_of(customer) is None  # nothing written yet…

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert asked == ["The changes to this customer have not been saved. Discard them?"]
    assert not dialog.isVisible()
    # …and nothing after Cancel either.
    assert [(p.item, p.amount_cents) for p in services.purchases.purchases_of(customer)] == [
        ("线", 29)
    ]
    assert services.referrals.referral_of(customer) is None
    assert services.customers.referrer_kind(customer) is None
    assert services.customers.get(referrer).referrals_made == 0
    assert services.customers.get(customer).total_spent_cents == 29


def test_save_writes_the_tabs_work_at_once_and_one_ctrl_z_takes_it_all_back(
    qtbot: QtBot, services: Services, on_file: tuple[int, int]
) -> None:
    referrer, customer = on_file
    page, dialog = file_opened(qtbot, services, customer)
    work_in_the_form(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)

    bought = [(p.item, p.amount_cents) for p in services.purchases.purchases_of(customer)]
    assert bought == [("纽扣", 1999)]
    link = services.referrals.referral_of(customer)
    assert link is not None
    assert link.referrer_id == referrer
    assert services.customers.referrer_kind(customer) == "honour"
    assert services.customers.get(customer).total_spent_cents == 1999
    assert page.undo_stack.count() == 1  # one step for the whole save
    assert page.undo_stack.undoText() == "Edit 孙七"

    page.undo_stack.undo()
    bought = [(p.item, p.amount_cents) for p in services.purchases.purchases_of(customer)]
    assert bought == [("线", 29)]
    assert services.referrals.referral_of(customer) is None
    assert services.customers.referrer_kind(customer) is None
    assert services.customers.get(referrer).referrals_made == 0


def test_a_loop_is_told_when_the_referrer_is_set_and_nothing_is_kept(
    qtbot: QtBot, services: Services, on_file: tuple[int, int]
) -> None:
    referrer, customer = on_file
    services.referrals.set_referrer(referrer, customer)  # 孙七 brought 赵六 in
    _page, dialog = file_opened(qtbot, services, customer)
    panel = dialog.referral_panel
    assert panel is not None
    turn_to(qtbot, dialog, "Referrals")
    qtbot.keyClicks(panel.picker.search_box, "zhaoliu")
    qtbot.keyClick(panel.picker.search_box, Qt.Key.Key_Return)
    assert panel.error_label.text() == LOOP
    assert panel.referrer_label.text() == "Nobody (came on their own)"
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    assert services.referrals.referral_of(customer) is None


def test_a_loop_made_elsewhere_before_save_is_told_on_the_referrals_tab_and_nothing_is_written(
    qtbot: QtBot, services: Services, on_file: tuple[int, int]
) -> None:
    referrer, customer = on_file
    _page, dialog = file_opened(qtbot, services, customer)
    work_in_the_form(qtbot, dialog)
    services.referrals.set_referrer(referrer, customer)  # meanwhile, at the other counter
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)

    assert dialog.isVisible()
    assert dialog.tabs is not None
    assert dialog.referral_panel is not None
    assert dialog.tabs.currentWidget() is dialog.referral_panel
    assert dialog.referral_panel.error_label.text() == LOOP
    bought = [(p.item, p.amount_cents) for p in services.purchases.purchases_of(customer)]
    assert bought == [("线", 29)]
    assert services.referrals.referral_of(customer) is None
    assert services.customers.referrer_kind(customer) is None


@pytest.mark.usefixtures("chinese")
def test_the_change_history_reads_the_saved_work_in_chinese(
    qtbot: QtBot, services: Services, on_file: tuple[int, int]
) -> None:
    _referrer, customer = on_file
    page, dialog = file_opened(qtbot, services, customer)
    work_in_the_form(qtbot, dialog, tabs=("成交记录", "转介绍"))
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    reopened = opened(qtbot, page.edit_customer(customer))
    assert reopened.audit_panel is not None
    model = reopened.audit_panel.model
    lines = {
        tuple(model.index(row, column).data() for column in (2, 3, 4))
        for row in range(model.rowCount())
    }
    today = shop_clock.today().isoformat()
    assert {
        ("删除成交", "2026-11-01 线 ×1 ¥0.29", ""),
        ("新增成交", "", f"{today} 纽扣 ×1 ¥19.99"),
        ("修改：介绍人", "", "赵六"),
        ("修改：本人作为介绍人", "", "荣誉型"),
    } <= lines
