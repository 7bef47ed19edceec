"""The customer form shows what the old list said was spent as a line of its own beside the
purchases, and the list's total spent counts it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.customers.customer_rows import load_customer
from custdesk.services.customers.opening_balance import offer_balance_in
from custdesk.services.customers.records import CustomerDraft
from custdesk.storage.db import Database
from custdesk.ui.models.customer_table_model import TOTAL_SPENT
from tests.ui.building import customers_page


def test_the_old_lists_amount_is_a_line_of_its_own(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    with_balance = services.customers.create(CustomerDraft(name="张伟"))
    without = services.customers.create(CustomerDraft(name="王芳"))
    with db.writing() as session:
        offer_balance_in(session, load_customer(session, with_balance.id), 128050)
    page = customers_page(services)
    qtbot.addWidget(page)
    page.show()
    totals = {page.model.index(r, 0).data(): page.model.index(r, TOTAL_SPENT).data()
              for r in range(page.model.rowCount())}  # fmt: skip
    assert totals == {"张伟": "¥1,280.50", "王芳": "¥0.00"}

    panel = page.edit_customer(with_balance.id).purchases_panel
    assert panel is not None
    assert panel.opening_balance_label.isVisibleTo(panel)
    assert panel.opening_balance_label.text() == "From the old list: ¥1,280.50"
    assert panel.summary.text() == "Purchases: 0, total ¥0.00"  # no purchase was made of it

    other = page.edit_customer(without.id).purchases_panel
    assert other is not None
    assert not other.opening_balance_label.isVisibleTo(other)
