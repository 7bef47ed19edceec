"""The phones on file when an import starts, and whom a row means by each (import_duplicates).

A number held by one customer in use is that customer's. A number several share (a family's
landline) is the holder's who is the same person as the row names (import_row_rules.same_person):
郭丹雪's row means 郭丹雪, not Amélie Wang who shares her landline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from custdesk.services.customers.customer_rows import load_customer
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.spreadsheets.import_row_rules import same_person
from custdesk.storage import orm


@dataclass
class PhoneBook:
    """Number (E.164) -> the customers in use who hold it, with their names, and -> a customer
    in the Trash who holds it; ``draft_of`` reads a customer's file."""

    holders: dict[str, list[tuple[int, str]]]
    trashed: dict[str, int]
    draft_of: Callable[[int], CustomerDraft]

    def owner(self, number: str, name: str, *, same_person_only: bool = False) -> int | None:
        """The customer in use a row naming ``name`` means by ``number``: its only holder
        (unless ``same_person_only``), else the first holder who is the same person; None when
        no one in use holds it or none of its holders is that person."""
        held = self.holders.get(number, ())
        if len(held) == 1 and not same_person_only:
            return held[0][0]
        return next((cid for cid, holder in held if same_person(holder, name)), None)


def phone_book(session: Session, customers: CustomerService) -> PhoneBook:
    """Every phone on file, read once (an import of 100,000 rows asks about each), and the
    customers' files read through ``customers`` in ``session`` when a row meets them."""
    query = select(
        orm.CustomerPhone.number,
        orm.CustomerPhone.customer_id,
        orm.Customer.deleted_at,
        orm.Customer.name,
    ).join(orm.Customer, orm.Customer.id == orm.CustomerPhone.customer_id)
    holders: dict[str, list[tuple[int, str]]] = {}
    trashed: dict[str, int] = {}
    for number, customer_id, deleted_at, name in session.execute(query):
        if deleted_at is None:
            holders.setdefault(number, []).append((customer_id, name))
        else:
            trashed.setdefault(number, customer_id)
    return PhoneBook(
        holders, trashed, lambda cid: customers.draft_in(session, load_customer(session, cid))
    )
