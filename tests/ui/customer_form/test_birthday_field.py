"""The customer form shows a stored birthday as text the field reads back the same (no year;
1900-01-01, once the old date field's "empty") and keeps it when the clerk saves without
touching the field."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from tests.ui.building import customers_page
from tests.ui.customer_form.test_customer_dialog import click_save
from tests.ui.keyboard import type_text


@pytest.fixture
def customers(db: Database) -> CustomerService:
    return CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22, 9, 0)
    )


@pytest.mark.parametrize(
    ("birthday", "shown", "year_unknown"),
    [
        (Birthday(5, 3), "05-03", True),
        (Birthday(1, 1, 1900), "1900-01-01", False),
        (Birthday(2, 29), "02-29", True),
    ],
)
def test_a_birthday_the_date_field_cannot_hold_is_shown_and_kept_on_save(
    qtbot: QtBot,
    customers: CustomerService,
    services: Services,
    birthday: Birthday,
    shown: str,
    year_unknown: bool,
) -> None:
    saved = customers.create(CustomerDraft(name="黄勇", birthday=birthday))
    page = customers_page(services, customers=customers)
    qtbot.addWidget(page)
    page.show()
    dialog = page.edit_customer(saved.id)
    assert dialog.birthday_edit.text() == shown
    assert dialog.birthday_hint.isVisible() == year_unknown
    assert dialog.birthday_hint.text() == "year unknown"
    dialog.name_edit.selectAll()
    type_text(qtbot, dialog.name_edit, "黄勇勇")
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    after = customers.get(saved.id).draft
    assert (after.name, after.birthday) == ("黄勇勇", birthday)
