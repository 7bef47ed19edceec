"""A clerk types a birthday into the customer form: every usual spelling saves the same day, Tab
and Save leave the text as typed, and text that is no date is refused beside the field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from tests.ui.building import customer_dialog, customers_page
from tests.ui.customer_form.test_customer_dialog import click_save
from tests.ui.keyboard import type_text


@pytest.fixture
def customers(db: Database) -> CustomerService:
    return CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22, 9, 0)
    )


@pytest.fixture
def new_form(qtbot: QtBot, customers: CustomerService, services: Services) -> CustomerDialog:
    dialog = customer_dialog(services, customers=customers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_to_birthday(qtbot: QtBot, dialog: CustomerDialog) -> None:
    """From the name, past the gender, into the birthday: as a clerk gets there."""
    type_text(qtbot, dialog.name_edit, "张三")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def save_new(qtbot: QtBot, dialog: CustomerDialog, customers: CustomerService) -> CustomerDraft:
    with qtbot.waitSignal(dialog.saved) as saved:
        click_save(qtbot, dialog)
    return customers.get(saved.args[0]).draft


@pytest.mark.parametrize("typed", ["1990-03-15", "1990/3/15", "19900315", "1990.3.15"])
def test_each_usual_spelling_saves_the_fifteenth_of_march_1990(
    qtbot: QtBot, new_form: CustomerDialog, customers: CustomerService, typed: str
) -> None:
    tab_to_birthday(qtbot, new_form)
    qtbot.keyClicks(focused(), typed)
    assert new_form.birthday_edit.text() == typed  # the first key too: it was swallowed
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert new_form.birthday_edit.text() == typed  # Tab leaves it as typed
    assert save_new(qtbot, new_form, customers).birthday == Birthday(3, 15, 1990)
    assert new_form.birthday_edit.text() == typed  # and so does Save


@pytest.mark.parametrize("typed", ["3-15", "3月15日"])
def test_a_month_and_day_save_a_birthday_without_its_year(
    qtbot: QtBot, new_form: CustomerDialog, customers: CustomerService, typed: str
) -> None:
    tab_to_birthday(qtbot, new_form)
    type_text(qtbot, focused(), typed)
    assert new_form.birthday_hint.isVisible()  # "year unknown": what the field understood
    assert save_new(qtbot, new_form, customers).birthday == Birthday(3, 15)


def test_clearing_the_birthday_saves_the_customer_without_one(
    qtbot: QtBot, customers: CustomerService, services: Services
) -> None:
    saved = customers.create(CustomerDraft(name="赵六", birthday=Birthday(3, 15, 1990)))
    page = customers_page(services, customers=customers)
    qtbot.addWidget(page)
    page.show()
    dialog = page.edit_customer(saved.id)
    assert dialog is not None
    assert dialog.birthday_edit.text() == "1990-03-15"
    dialog.birthday_edit.setFocus()
    qtbot.keyClick(dialog.birthday_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.birthday_edit, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    assert customers.get(saved.id).draft.birthday is None


NOT_A_DATE = "This is not a date (e.g. 1990-03-08)."
EITHER_WAY = (
    "Day and month could be read either way round: please write the year first (e.g. 1990-03-08)."
)


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [("1990-02-30", NOT_A_DATE), ("abc", NOT_A_DATE), ("3/5/1990", EITHER_WAY)],
)
def test_text_that_is_no_date_is_refused_and_kept(
    qtbot: QtBot, new_form: CustomerDialog, db: Database, typed: str, sentence: str
) -> None:
    tab_to_birthday(qtbot, new_form)
    qtbot.keyClicks(focused(), typed)
    click_save(qtbot, new_form)
    error = new_form._error_labels["birthday"]
    assert error.isVisible()
    assert error.text() == sentence
    assert new_form.isVisible()
    assert new_form.birthday_edit.text() == typed
    assert new_form.focusWidget() is new_form.birthday_edit
    assert CustomerListService(db).count() == 0


@pytest.mark.usefixtures("chinese")
def test_a_chinese_clerk_is_told_in_chinese(
    qtbot: QtBot, new_form: CustomerDialog, db: Database
) -> None:
    tab_to_birthday(qtbot, new_form)
    qtbot.keyClicks(focused(), "1990-02-30")
    click_save(qtbot, new_form)
    assert new_form._error_labels["birthday"].text() == "这不是日期（例如 1990-03-08）。"
    assert CustomerListService(db).count() == 0
