from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFormLayout, QMessageBox
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext, Services
from custdesk.services.contacts.visits import VisitDraft
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.storage.lock import login_name
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.customer_form.profile_form import split_list
from custdesk.ui.customer_form.referral_panel import ReferralPanel
from custdesk.ui.models.customer_table_model import STAGE, TOTAL_SPENT
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.building import customer_dialog, customers_page
from tests.ui.keyboard import type_text


@pytest.fixture
def customers(db: Database) -> CustomerService:
    return CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22, 9, 0)
    )


def click_save(qtbot: QtBot, dialog: CustomerDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_next_question(button_text: str) -> None:
    """Click ``button_text`` in the next modal message box, from inside its event loop."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, click)


def test_a_clerk_types_a_new_customer_and_saves(
    qtbot: QtBot, customers: CustomerService, services: Services
) -> None:
    dialog = customer_dialog(services, customers=customers)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "张三")
    type_text(qtbot, dialog.phones_edit, "138 0013 8000，010 6552 9988")
    type_text(qtbot, dialog.tags_edit, "团购, 送礼")
    dialog.temperament_combo.setCurrentIndex(dialog.temperament_combo.findData("picky"))
    assert "facts" in dialog.temperament_tip.text()  # the seed's service tip for picky customers
    with qtbot.waitSignal(dialog.saved) as saved:
        click_save(qtbot, dialog)
    record = customers.get(saved.args[0])
    assert record.draft.phones == ("+8613800138000", "+861065529988")
    assert record.draft.tags == ("团购", "送礼")
    assert record.draft.temperament == "picky"
    assert not dialog.isVisible()


@pytest.mark.usefixtures("chinese")
def test_a_chinese_clerk_reads_the_seeds_words_and_advice_in_chinese(
    qtbot: QtBot, context: AppContext
) -> None:
    """The seeds carry English only; the Chinese comes from the catalogue through Qt."""
    services = context.services
    customer_id = services.customers.create(CustomerDraft(name="张三")).id
    services.referrals.set_referrer_kind(customer_id, "friendship")
    dialog = customer_dialog(services)
    qtbot.addWidget(dialog)
    dialog.temperament_combo.setCurrentIndex(dialog.temperament_combo.findData("picky"))
    assert dialog.temperament_combo.currentText() == "挑剔型"
    assert dialog.temperament_tip.text() == "准备充分的事实和细节，不争辩，认真对待每个意见。"
    # The profile's own words (ProfileForm) and the new customer's rows (FirstVisitFields).
    assert dialog.important_check.text() == "重要客户"
    assert "未填写" in [dialog.gender_combo.itemText(i) for i in range(dialog.gender_combo.count())]
    captions = [dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(7)]
    assert "介绍人" in [item.widget().text() for item in captions if item is not None]
    panel = ReferralPanel(
        referrals=services.referrals,
        customers=services.customers,
        customer_list=services.customer_list,
        changes=ChangeNotifier(),
        customer_id=customer_id,
    )
    qtbot.addWidget(panel)
    assert panel.kind_combo.currentText() == "朋友型"
    assert panel.thanks_label.text() == "真诚感谢，送一份有心意的小礼物。"


def test_bad_input_is_marked_and_what_was_typed_stays(
    qtbot: QtBot, customers: CustomerService, db: Database, services: Services
) -> None:
    dialog = customer_dialog(services, customers=customers)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.phones_edit, "12345")
    type_text(qtbot, dialog.notes_edit, "喜欢红色")
    click_save(qtbot, dialog)
    errors = {key: label for key, label in dialog._error_labels.items() if label.isVisible()}
    assert set(errors) == {"name", "phones"}
    assert errors["name"].text() == "Please fill this in."
    assert "not a phone number" in errors["phones"].text()
    assert dialog.isVisible()
    assert dialog.phones_edit.text() == "12345"
    assert dialog.notes_edit.toPlainText() == "喜欢红色"
    assert dialog.focusWidget() is dialog.name_edit  # the cursor goes to the first problem
    assert CustomerListService(db).count() == 0

    type_text(qtbot, dialog.name_edit, "李四")
    dialog.phones_edit.clear()
    type_text(qtbot, dialog.phones_edit, "13900139000")
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    assert not any(label.isVisible() for label in dialog._error_labels.values())


def test_a_phone_on_file_offers_to_open_that_customer(
    qtbot: QtBot, customers: CustomerService, db: Database, services: Services
) -> None:
    existing = customers.create(CustomerDraft(name="王五", phones=("13700137000",)))
    dialog = customer_dialog(services, customers=customers)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "王五五")
    type_text(qtbot, dialog.phones_edit, "137-0013-7000")
    answer_next_question("Open that customer")
    with qtbot.waitSignal(dialog.open_existing) as opened:
        click_save(qtbot, dialog)
    assert opened.args == [existing.id]
    assert CustomerListService(db).count() == 1


def test_the_phone_question_names_who_has_the_number_and_when_they_were_last_in_touch(
    qtbot: QtBot, customers: CustomerService, db: Database, services: Services
) -> None:
    existing = customers.create(CustomerDraft(name="王五", phones=("13700137000",)))
    services.visits.log(existing.id, VisitDraft(dt.datetime(2026, 11, 2, 15, 0)))
    dialog = customer_dialog(services, customers=customers)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "王五五")
    type_text(qtbot, dialog.phones_edit, "13700137000")
    asked: list[str] = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, read_and_cancel)
    click_save(qtbot, dialog)
    assert asked == [
        "This phone number already belongs to 王五, last contacted on 2026-11-02. Is this the "
        "same person?"
    ]
    assert dialog.isVisible() and dialog.name_edit.text() == "王五五"
    assert CustomerListService(db).count() == 1


def test_saving_anyway_keeps_both_customers(
    qtbot: QtBot, customers: CustomerService, db: Database, services: Services
) -> None:
    customers.create(CustomerDraft(name="王五", phones=("13700137000",)))
    dialog = customer_dialog(services, customers=customers)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "王小五")
    type_text(qtbot, dialog.phones_edit, "13700137000")
    answer_next_question("Save as a new customer")
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    assert CustomerListService(db).count() == 2


def test_editing_from_the_list_updates_the_row(
    qtbot: QtBot, customers: CustomerService, db: Database, services: Services
) -> None:
    saved = customers.create(
        CustomerDraft(name="赵六", birthday=Birthday(5, 5, 1985), phones=("+8613800138000",))
    )
    page = customers_page(services, customers=customers)
    qtbot.addWidget(page)
    page.show()
    dialog = page.edit_customer(saved.id)
    assert dialog.name_edit.text() == "赵六"
    assert dialog.phones_edit.text() == "138 0013 8000"
    assert dialog.birthday_edit.text() == "1985-05-05"
    dialog.name_edit.selectAll()
    type_text(qtbot, dialog.name_edit, "赵六六")
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    assert page.model.index(0, 0).data() == "赵六六"
    assert page.table.selectionModel().selectedRows()[0].row() == 0


def press_ctrl_s(qtbot: QtBot, dialog: CustomerDialog) -> None:
    """Ctrl+S where the clerk's focus is in the form: the whole file is saved."""
    dialog.activateWindow()  # the keys go where a clerk's would: to the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_lists_accept_chinese_and_english_separators() -> None:
    assert split_list("a, b；c、d，e; ") == ("a", "b", "c", "d", "e")


def test_purchases_are_added_from_the_customer_form(
    qtbot: QtBot, customers: CustomerService, db: Database, services: Services
) -> None:
    saved = customers.create(CustomerDraft(name="孙七"))
    purchases = PurchaseService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22, 9, 0)
    )
    changes = ChangeNotifier()
    page = customers_page(services, customers=customers, purchases=purchases, changes=changes)
    qtbot.addWidget(page)
    page.show()
    dialog = page.edit_customer(saved.id)
    panel = dialog.purchases_panel
    assert panel is not None
    assert panel.table.rowCount() == 0
    panel.date_edit.selectAll()
    type_text(qtbot, panel.date_edit, "2026-11-20")  # the service's clock says 22 November

    type_text(qtbot, panel.item_edit, "羊毛大衣")
    type_text(qtbot, panel.amount_edit, "abc")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.error_label.isVisible()
    assert "amount in yuan" in panel.error_label.text()
    assert panel.item_edit.text() == "羊毛大衣"  # kept for the correction

    panel.amount_edit.clear()
    type_text(qtbot, panel.amount_edit, "1,299.50")
    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_Return)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "羊毛大衣"
    assert panel.summary.text() == "Purchases: 1, total ¥1,299.50"
    assert panel.pending_label.text() == (
        "Added here: 1, removed here: 0: written when you save the customer."
    )
    assert not panel.error_label.isVisible()
    assert purchases.purchases_of(saved.id) == []  # nothing reaches the file before Save

    with qtbot.waitSignal(changes.changed):
        press_ctrl_s(qtbot, dialog)
    assert [p.purchased_on for p in purchases.purchases_of(saved.id)] == [dt.date(2026, 11, 20)]
    assert page.model.index(0, TOTAL_SPENT).data() == "¥1,299.50"  # the list follows at once
    assert page.model.index(0, STAGE).data() == "New"


def test_a_purchase_removed_by_mistake_comes_back_with_undo(
    qtbot: QtBot, customers: CustomerService, db: Database, services: Services
) -> None:
    saved = customers.create(CustomerDraft(name="周八"))
    purchases = PurchaseService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22, 9, 0)
    )
    purchases.record(saved.id, PurchaseDraft(dt.date(2026, 11, 1), "围巾", "199"))
    purchases.record(saved.id, PurchaseDraft(dt.date(2026, 11, 2), "手套", "50.5"))
    page = customers_page(services, customers=customers, purchases=purchases)
    qtbot.addWidget(page)
    page.show()
    dialog = page.edit_customer(saved.id)
    panel = dialog.purchases_panel
    assert panel is not None
    assert not panel.remove_button.isEnabled()
    panel.table.selectRow(0)  # newest first: the gloves
    assert panel.remove_button.isEnabled()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    # Struck out until Save, and a second press keeps it after all.
    assert panel.table.item(0, 1).font().strikeOut()
    assert panel.summary.text() == "Purchases: 1, total ¥199.00"
    assert panel.remove_button.text() == "Keep purchase"
    assert page.model.index(0, TOTAL_SPENT).data() == "¥249.50"
    press_ctrl_s(qtbot, dialog)
    assert [p.item for p in purchases.purchases_of(saved.id)] == ["围巾"]
    assert page.model.index(0, TOTAL_SPENT).data() == "¥199.00"
    assert page.undo_stack.undoText() == "Edit 周八"

    page.undo_stack.undo()
    assert [p.item for p in purchases.purchases_of(saved.id)] == ["手套", "围巾"]
    assert page.model.index(0, TOTAL_SPENT).data() == "¥249.50"
    page.undo_stack.redo()
    assert page.model.index(0, TOTAL_SPENT).data() == "¥199.00"
    page.undo_stack.undo()
    assert [p.item for p in purchases.purchases_of(saved.id)] == ["手套", "围巾"]


def test_two_files_of_one_person_are_merged_from_the_list(
    qtbot: QtBot, customers: CustomerService, db: Database, services: Services
) -> None:
    keep = customers.create(CustomerDraft(name="张三", phones=("13800138000",)))
    other = customers.create(CustomerDraft(name="张三三", phones=("13900139000",)))
    purchases = PurchaseService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22, 9, 0)
    )
    purchases.record(other.id, PurchaseDraft(dt.date(2026, 11, 1), "围巾", "199"))
    changes = ChangeNotifier()
    page = customers_page(services, customers=customers, purchases=purchases, changes=changes)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(page.model.row_of(other.id))
    dialog = page.merge_selected()
    assert dialog is not None
    assert not dialog.merge_button.isEnabled()
    type_text(qtbot, dialog.search_box, "zhangsan")
    offered = [
        (item.text(0), item.text(1))
        for item in map(dialog.choices.topLevelItem, range(dialog.choices.topLevelItemCount()))
    ]
    assert offered == [("张三", "138 0013 8000")]  # the file being merged away is not offered
    dialog.choices.setCurrentItem(dialog.choices.topLevelItem(0))
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(changes.changed):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["张三"]
    merged = customers.get(keep.id)
    assert merged.draft.phones == ("+8613800138000", "+8613900139000")
    assert merged.total_spent_cents == 19900

    assert page.undo_stack.undoText() == "Merge 张三三 into 张三"
    page.undo_stack.undo()
    names = sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount()))
    assert names == ["张三", "张三三"]
    assert customers.get(keep.id).draft.phones == ("+8613800138000",)
    assert customers.get(other.id).total_spent_cents == 19900
    page.undo_stack.redo()
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["张三"]
    assert customers.get(keep.id).total_spent_cents == 19900


def test_the_file_shows_who_changed_what(
    qtbot: QtBot, context: AppContext, make_window: Callable[[], MainWindow], services: Services
) -> None:
    saved = context.services.customers.create(CustomerDraft(name="钱七", gender="female"))
    window = make_window()
    window.navigation.select("customers")
    dialog = window.customers_page.edit_customer(saved.id)
    dialog.name_edit.selectAll()
    type_text(qtbot, dialog.name_edit, "钱七七")
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData("male"))
    dialog.important_check.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)

    again = window.customers_page.edit_customer(saved.id)
    assert again.tabs is not None and again.audit_panel is not None
    again.tabs.setCurrentWidget(again.audit_panel)
    model = again.audit_panel.model
    rows = [[model.index(r, c).data() for c in range(1, 5)] for r in range(model.rowCount())]
    who = login_name()
    assert sorted(rows) == sorted(
        [
            [who, "Changed: Name", "钱七", "钱七七"],
            [who, "Changed: Gender", "Female", "Male"],
            [who, "Changed: Important customer", "No", "Yes"],
            [who, "Created", "", ""],
        ]
    )
    assert model.index(model.rowCount() - 1, 2).data() == "Created"  # newest first
    again.reject()


def test_a_save_the_disk_refuses_keeps_the_form_as_typed(
    qtbot: QtBot,
    context: AppContext,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    services: Services,
) -> None:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_a: told.append((title, text))
    )
    window = make_window()
    window.navigation.select("customers")
    dialog = window.customers_page.new_customer()
    type_text(qtbot, dialog.name_edit, "周八")
    type_text(qtbot, dialog.phones_edit, "13700137000")
    moved = context.db_path.with_name("elsewhere.db")
    context.db_path.rename(moved)
    click_save(qtbot, dialog)
    assert told and told[0][0] == "The customer file has gone"
    assert dialog.isVisible() and dialog.name_edit.text() == "周八"
    assert dialog.phones_edit.text() == "13700137000"
    moved.rename(context.db_path)  # the cause is fixed: the same form saves
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    assert context.services.overview.overview().customers == 1
