"""A name holding < or & (S<M 服饰, A&B) is shown as typed wherever it is set in bold, never
read as markup and cut short (a resolve dialog showed 尺码 S<M as 尺码 S)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.customer_form.referral_panel import ReferralPanel
from custdesk.ui.dialogs.visit_dialog import VisitDialog

NAME = "S<M 服饰 & 李"


def _plain(html: str) -> str:
    """The text as the eye reads it, markup rendered."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_a_visit_form_names_the_customer_as_typed(qtbot: QtBot, services: Services) -> None:
    customer = services.customers.create(CustomerDraft(name=NAME)).id
    dialog = VisitDialog(
        visits=services.visits,
        follow_ups=services.follow_ups,
        customer_list=services.customer_list,
        changes=ChangeNotifier(),
        customer=(customer, NAME),
    )
    qtbot.addWidget(dialog)
    assert any(_plain(label.text()) == NAME for label in dialog.findChildren(QLabel))


def test_the_referrer_is_named_as_typed(qtbot: QtBot, services: Services) -> None:
    referrer = services.customers.create(CustomerDraft(name=NAME)).id
    customer = services.customers.create(CustomerDraft(name="李四")).id
    services.referrals.set_referrer(customer, referrer)
    panel = ReferralPanel(
        referrals=services.referrals,
        customers=services.customers,
        customer_list=services.customer_list,
        changes=ChangeNotifier(),
        customer_id=customer,
    )
    qtbot.addWidget(panel)
    assert _plain(panel.referrer_label.text()).startswith(NAME + ",")
