"""The date fields' calendar, from the keyboard: Alt+Down or F4 opens it where the clerk is likely
to look (the year typed; thirty years back for a birthday; today for a purchase), Enter takes
the day and Escape leaves the text alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import Services
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.ui.widgets.date_field import DateField
from tests.ui.building import customer_dialog, customers_page
from tests.ui.customer_form.test_customer_dialog import click_save

TODAY = dt.datetime(2026, 11, 22, 9, 0)
# A popup window asks for these; the headless (offscreen) platform cannot, and says so.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture(autouse=True)
def shop_day() -> Iterator[None]:
    with shop_clock.frozen_at(TODAY):
        yield


@pytest.fixture
def customers(db: Database) -> CustomerService:
    return CustomerService(db, stage_rules=stage_rules_in, clock=lambda: TODAY)


def open_calendar(qtbot: QtBot, field: DateField, key: Qt.Key = Qt.Key.Key_F4) -> None:
    field.setFocus()
    alt = Qt.KeyboardModifier.AltModifier if key == Qt.Key.Key_Down else None
    if alt is None:
        qtbot.keyClick(field, key)
    else:
        qtbot.keyClick(field, key, alt)
    qtbot.waitUntil(field.popup.isVisible)


def shown_page(field: DateField) -> tuple[int, int]:
    return field.calendar.yearShown(), field.calendar.monthShown()


def test_an_empty_birthday_opens_thirty_years_back_and_enter_takes_the_day(
    qtbot: QtBot, customers: CustomerService, services: Services
) -> None:
    dialog = customer_dialog(services, customers=customers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Wang")
    open_calendar(qtbot, dialog.birthday_edit, Qt.Key.Key_Down)
    assert shown_page(dialog.birthday_edit) == (1996, 11)
    qtbot.keyClick(dialog.birthday_edit.calendar.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.birthday_edit.popup.isVisible()
    assert dialog.birthday_edit.text() == "1996-11-22"
    with qtbot.waitSignal(dialog.saved) as saved:
        click_save(qtbot, dialog)
    assert customers.get(saved.args[0]).draft.birthday == Birthday(11, 22, 1996)


@pytest.mark.parametrize(
    ("typed", "page"), [("1990/3/15", (1990, 3)), ("19850704", (1985, 7)), ("3-15", (1996, 3))]
)
def test_a_typed_birthday_opens_the_calendar_at_its_year(
    qtbot: QtBot, customers: CustomerService, services: Services, typed: str, page: tuple
) -> None:
    dialog = customer_dialog(services, customers=customers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.birthday_edit, typed)
    open_calendar(qtbot, dialog.birthday_edit)
    assert shown_page(dialog.birthday_edit) == page
    qtbot.keyClick(dialog.birthday_edit.calendar.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.birthday_edit.popup.isVisible())
    assert dialog.birthday_edit.text() == typed  # Escape changes nothing


def test_a_purchase_date_opens_at_today(
    qtbot: QtBot, customers: CustomerService, services: Services
) -> None:
    saved = customers.create(CustomerDraft(name="孙七"))
    page = customers_page(services, customers=customers)
    qtbot.addWidget(page)
    page.show()
    dialog = page.edit_customer(saved.id)
    assert dialog is not None and dialog.purchases_panel is not None
    field = dialog.purchases_panel.date_edit
    field.clear()
    open_calendar(qtbot, field)
    assert shown_page(field) == (2026, 11)
    assert field.calendar.selectedDate().toPython() == TODAY.date()
