"""Forms and pages built on their own for a test, from a bag of services the way MainWindow builds
them: each gets exactly the services it uses. A test replaces one (``customers=...``, a service
with its own clock) by naming it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack

from custdesk.app import Services
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.pages.customers_page import CustomersPage
from custdesk.ui.shell import page_wiring


def customers_page(services: Services, **given: Any) -> CustomersPage:
    """A lone customers page wired as the window wires it (ui.shell.page_wiring)."""
    changes = given.pop("changes", None)
    undo_stack = given.pop("undo_stack", None)
    page = page_wiring.customers_page(
        services,
        changes=ChangeNotifier() if changes is None else changes,
        undo_stack=QUndoStack() if undo_stack is None else undo_stack,
        **given,
    )
    if undo_stack is None:
        page.undo_stack.setParent(page)  # lives as long as the page, as the window's does
    return page


def customer_dialog(services: Services, **given: Any) -> CustomerDialog:
    """A new customer's form (``record=`` for an existing one's)."""
    parts: dict[str, Any] = {
        "customers": services.customers,
        "customer_files": services.customer_files,
        "purchases": services.purchases,
        "visits": services.visits,
        "follow_ups": services.follow_ups,
        "referrals": services.referrals,
        "customer_list": services.customer_list,
        "changes": ChangeNotifier(),
    }
    parts.update(given)
    return CustomerDialog(**parts)
