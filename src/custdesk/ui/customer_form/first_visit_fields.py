"""The new-customer form's "Introduced by" and "First purchase" rows: a customer who comes in on
a friend's word and buys at once is filed in one go, with her referrer and her sale (转介绍).

Nothing here writes: the form's Save sends what these rows hold with the profile, in one
transaction (referrals.customer_file).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from custdesk import clock as shop_clock
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.purchases import PurchaseDraft
from custdesk.services.referrals.customer_file import UNCHANGED, ReferrerChoice, Unchanged
from custdesk.services.referrals.referrals import ReferralStatus
from custdesk.ui.widgets.customer_picker import CustomerPicker

MATCHES_SHOWN = 3  # names: the form must still fit a 1024x560 screen


class FirstVisitFields(QObject):
    def __init__(self, customer_list: CustomerListService, parent: QObject) -> None:
        super().__init__(parent)
        self.referrer_picker = CustomerPicker(customer_list, compact=True)
        self.referrer_picker.show_rows(MATCHES_SHOWN)
        self.item_edit = QLineEdit()
        self.item_edit.setPlaceholderText(self.tr("Item (optional)"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("Amount (¥)"))
        self.amount_edit.setMaximumWidth(120)
        self.purchase_row = QWidget()
        row = QHBoxLayout(self.purchase_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.item_edit, 1)
        row.addWidget(self.amount_edit)

    def rows(self) -> list[tuple[str, str, QWidget]]:
        """The form's rows, keyed as the customer file's problems name them."""
        return [
            ("referrer", self.tr("Introduced by"), self.referrer_picker),
            ("purchases", self.tr("First purchase"), self.purchase_row),
        ]

    def typed(self) -> tuple[object, ...]:
        return (
            self.referrer_picker.search_box.text(),
            self.referrer_picker.customer_id(),
            self.item_edit.text(),
            self.amount_edit.text(),
        )

    def unpicked_referrer(self) -> str | None:
        """The sentence for a referrer searched for but not chosen (several matched), or None:
        saving without her would lose what the clerk meant to record."""
        searched = self.referrer_picker.search_box.text().strip()
        if searched and self.referrer_picker.customer_id() is None:
            return self.tr("Choose who introduced them in the list (Down, then Enter).")
        return None

    def purchases(self) -> tuple[PurchaseDraft, ...]:
        """Today's purchase when an item or an amount is typed (Save checks both)."""
        item, amount = self.item_edit.text(), self.amount_edit.text()
        if not item.strip() and not amount.strip():
            return ()
        return (PurchaseDraft(purchased_on=shop_clock.today(), item=item, amount=amount),)

    def referrer(self) -> ReferrerChoice | Unchanged:
        """The customer picked, referred today: converted when she buys now, else visited
        (she is at the counter; the Referrals tab of her file changes either later)."""
        referrer_id = self.referrer_picker.customer_id()
        if referrer_id is None:
            return UNCHANGED
        status = ReferralStatus.CONVERTED if self.purchases() else ReferralStatus.VISITED
        return ReferrerChoice(referrer_id, shop_clock.today(), status)
