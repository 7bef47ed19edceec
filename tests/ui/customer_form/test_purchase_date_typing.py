"""The purchase date in the customer form is typed like every other date, and a purchase is never
recorded on a day the clerk did not write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import Services
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.ui.common.display import short_date
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.customer_form.purchases_panel import PurchasesPanel
from tests.ui.building import customers_page
from tests.ui.keyboard import type_text

NOW = dt.datetime(2026, 11, 22, 9, 0)


@pytest.fixture(autouse=True)
def shop_day() -> Iterator[None]:
    with shop_clock.frozen_at(NOW):
        yield


@pytest.fixture
def purchases(db: Database) -> PurchaseService:
    return PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)


@pytest.fixture
def customer_id(db: Database) -> int:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    return customers.create(CustomerDraft(name="孙七")).id


@pytest.fixture
def panel(
    qtbot: QtBot, services: Services, purchases: PurchaseService, customer_id: int
) -> PurchasesPanel:
    page = customers_page(services, purchases=purchases, changes=ChangeNotifier())
    qtbot.addWidget(page)
    page.show()
    dialog = page.edit_customer(customer_id)
    assert dialog is not None and dialog.purchases_panel is not None
    return dialog.purchases_panel


def add_purchase(qtbot: QtBot, panel: PurchasesPanel, date_typed: str) -> None:
    """Over the day shown (today), then the item and amount; Enter in the amount adds it."""
    panel.date_edit.setFocus()
    qtbot.keyClick(panel.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.date_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(panel.date_edit, date_typed)
    qtbot.keyClick(panel.date_edit, Qt.Key.Key_Tab)
    type_text(qtbot, panel.item_edit, "围巾")
    type_text(qtbot, panel.amount_edit, "19.99")
    qtbot.keyClick(panel.amount_edit, Qt.Key.Key_Return)


def test_a_purchase_is_kept_for_save_on_the_day_typed(qtbot: QtBot, panel: PurchasesPanel) -> None:
    assert panel.date_edit.text() == "2026-11-22"  # today, as the shop's clock says
    add_purchase(qtbot, panel, "2026/11/1")
    shown = [panel.table.item(0, column).text() for column in (0, 3)]
    assert shown == [short_date(dt.date(2026, 11, 1)), "¥19.99"]
    [kept] = panel.added()  # the form's Save records it (tests/services/referrals)
    assert (kept.purchased_on, kept.amount) == (dt.date(2026, 11, 1), "19.99")
    assert panel.date_edit.text() == "2026/11/1"  # kept for the next purchase of that day


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("2026-11-31", "This is not a date (e.g. 1990-03-08)."),
        ("11-20", "This is not a date (e.g. 1990-03-08)."),  # which year?
        ("", "Please fill this in."),
    ],
)
def test_a_purchase_date_that_is_no_date_records_nothing(
    qtbot: QtBot,
    panel: PurchasesPanel,
    purchases: PurchaseService,
    customer_id: int,
    typed: str,
    sentence: str,
) -> None:
    add_purchase(qtbot, panel, typed)
    assert panel.error_label.isVisible()
    assert panel.error_label.text() == sentence
    assert panel.added() == ()
    assert panel.table.rowCount() == 0
    assert (panel.date_edit.text(), panel.item_edit.text()) == (typed, "围巾")
