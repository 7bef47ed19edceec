"""What the small record forms share (a visit, a complaint): who it is about, Save / Cancel, and
one error line that says what to fix while the typed text stays."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from custdesk.services.customers.customer_list import CustomerListService
from custdesk.ui.common.display import message_label, show_message
from custdesk.ui.common.form_keys import FormKeys
from custdesk.ui.common.typed_text import unsavable_text_message
from custdesk.ui.widgets.customer_picker import CustomerPicker


class RecordFormDialog(QDialog):
    def __init__(self, customer: tuple[int, str] | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._customer_id = customer[0] if customer else None
        self._customer_name = customer[1] if customer else ""
        self.picker: CustomerPicker | None = None

    def customer_field(self, customer_list: CustomerListService) -> QWidget:
        """The customer's name, or a search to pick one when the form was opened without."""
        if self._customer_id is not None:
            return QLabel(f"<b>{escape(self._customer_name)}</b>")
        self.picker = CustomerPicker(customer_list)
        return self.picker

    def finish_layout(self, form: QFormLayout, first_field: QWidget) -> None:
        """Save and Cancel under ``form``; the form opens in the customer search when there is
        one to pick, else in ``first_field`` (the first one the clerk has to fill)."""
        self.error_label = message_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._checked_save)
        self.buttons.rejected.connect(self.reject)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.form_keys = FormKeys(self, self._checked_save, save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        (self.picker or first_field).setFocus()

    def chosen_customer_id(self) -> int | None:
        """The customer, or None after telling the clerk to pick one."""
        if self._customer_id is not None:
            return self._customer_id
        picked = self.picker.customer_id() if self.picker is not None else None
        if picked is None:
            self.show_error(self.tr("Please pick the customer first."))
        return picked

    def chosen_customer_name(self) -> str:
        """The name of the customer the form is about (as shown or as picked)."""
        if self._customer_id is not None or self.picker is None:
            return self._customer_name
        return self.picker.customer_name()

    def show_error(self, text: str) -> None:
        show_message(self.error_label, text)

    def _checked_save(self) -> None:
        """Save, unless characters that cannot be saved were just removed from a field: then
        say so, and the next press of Save saves."""
        message = unsavable_text_message(self)
        if message is not None:
            self.show_error(message)
            return
        self.save()

    def save(self) -> None:
        raise NotImplementedError
