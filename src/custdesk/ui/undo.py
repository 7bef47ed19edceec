"""Undo and redo of customer changes for this session (Ctrl+Z / Ctrl+Shift+Z).

Commands keep only ids and before/after values and call the services, so each undo or redo is
one transaction like any other change. The change itself has already been made when a command
is pushed (the form saved it), so the first redo that QUndoStack.push() runs is skipped.
Undoing a new customer moves it to the Trash: nothing is ever hard-deleted by undo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from custdesk.services.customer_records import CustomerDraft
from custdesk.services.customers import CustomerService


class CustomerCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Callable[[], None],
        undo: Callable[[], None],
        after: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo, self._after = redo, undo, after
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._redo()
        self._after()

    def undo(self) -> None:
        self._undo()
        self._after()


def created(
    customers: CustomerService, customer_id: int, name: str, after: Callable[[], None]
) -> CustomerCommand:
    return CustomerCommand(
        QCoreApplication.translate("undo", "New customer {name}").format(name=name),
        lambda: customers.restore(customer_id),
        lambda: customers.trash(customer_id),
        after,
    )


def edited(
    customers: CustomerService,
    customer_id: int,
    before: CustomerDraft,
    after_edit: CustomerDraft,
    after: Callable[[], None],
) -> CustomerCommand:
    return CustomerCommand(
        QCoreApplication.translate("undo", "Edit {name}").format(name=after_edit.name),
        lambda: _update(customers, customer_id, after_edit),
        lambda: _update(customers, customer_id, before),
        after,
    )


def trashed(
    customers: CustomerService, customer_id: int, name: str, after: Callable[[], None]
) -> CustomerCommand:
    return CustomerCommand(
        QCoreApplication.translate("undo", "Move {name} to Trash").format(name=name),
        lambda: customers.trash(customer_id),
        lambda: customers.restore(customer_id),
        after,
    )


def restored(
    customers: CustomerService, customer_id: int, name: str, after: Callable[[], None]
) -> CustomerCommand:
    return CustomerCommand(
        QCoreApplication.translate("undo", "Restore {name}").format(name=name),
        lambda: customers.restore(customer_id),
        lambda: customers.trash(customer_id),
        after,
    )


def _update(customers: CustomerService, customer_id: int, draft: CustomerDraft) -> None:
    # Going back to a saved state: a phone shared since then must not block the undo.
    customers.update(customer_id, draft, allow_shared_phone=True)
