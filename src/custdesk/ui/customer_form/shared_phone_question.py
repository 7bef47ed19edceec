"""The question a save asks when a phone number is already on another customer's file: open
that customer, save as a new one all the same, or go back to the form."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from custdesk.errors import DuplicateError
from custdesk.services.customers.customers import CustomerService
from custdesk.ui.common.operations import query


class SharedPhoneAnswer(enum.Enum):
    OPEN_THAT_CUSTOMER = enum.auto()
    SAVE_ANYWAY = enum.auto()
    BACK_TO_THE_FORM = enum.auto()


def ask_about_shared_phone(
    parent: QWidget, customers: CustomerService, exc: DuplicateError
) -> SharedPhoneAnswer:
    """Ask, naming who has the number and when they were last in touch (holder_sentence)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CustomerDialog", "Phone number already on file"))
    box.setText(holder_sentence(parent, customers, exc))
    open_button = box.addButton(
        QCoreApplication.translate("CustomerDialog", "Open that customer"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    save_button = box.addButton(
        QCoreApplication.translate("CustomerDialog", "Save as a new customer"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is open_button:
        return SharedPhoneAnswer.OPEN_THAT_CUSTOMER
    if box.clickedButton() is save_button:
        return SharedPhoneAnswer.SAVE_ANYWAY
    return SharedPhoneAnswer.BACK_TO_THE_FORM


def holder_sentence(parent: QWidget, customers: CustomerService, exc: DuplicateError) -> str:
    """Who has the number, and when they were last in touch, so the clerk can tell whether it
    is the same person (a sister's phone, a shop's landline) before choosing."""
    holder = None
    if exc.existing_id is not None:
        holder_id = exc.existing_id
        holder = query(parent, lambda: customers.get(holder_id))
    if holder is None:
        return QCoreApplication.translate(
            "CustomerDialog",
            "This phone number already belongs to another customer. Is this the same person?",
        )
    if holder.last_contact_at is None:
        return QCoreApplication.translate(
            "CustomerDialog",
            "This phone number already belongs to {name}, never contacted yet. Is this the same "
            "person?",
        ).format(name=holder.draft.name)
    return QCoreApplication.translate(
        "CustomerDialog",
        "This phone number already belongs to {name}, last contacted on {date}. Is this the "
        "same person?",
    ).format(name=holder.draft.name, date=holder.last_contact_at.strftime("%Y-%m-%d"))
