"""Between a customer's draft and its rows: the customers table's columns, phones and tags
written from a draft, and the draft, brief and record read back (one place for the form's path,
the import's bulk path and every service that loads a customer)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import fields
from typing import TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from custdesk.errors import DuplicateError, NotFoundError
from custdesk.services.customers.birthdays import birth_columns, stored_birthday
from custdesk.services.customers.phones import phone_label
from custdesk.services.customers.records import CustomerBrief, CustomerDraft, CustomerRecord
from custdesk.services.customers.search_keys import name_search_keys, phone_book_key
from custdesk.storage import orm
from custdesk.text_cleaning import display_text

Row = TypeVar("Row", bound=orm.Base)
# Fields copied one-to-one between a draft and the customers table (a birthday is several
# columns, phones and tags other tables).
PLAIN_FIELDS = tuple(
    f.name
    for f in fields(CustomerDraft)
    if f.name not in ("birthday", "phones", "phone_labels", "tags")
)


def load_row(session: Session, model: type[Row], row_id: int, what: str) -> Row:
    """The row with this id, or NotFoundError naming ``what`` it was ("purchase 12")."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"There is no {what} {row_id}.")
    return row


def load_customer(session: Session, customer_id: int) -> orm.Customer:
    """The customer row (in the Trash or not), or NotFoundError."""
    return load_row(session, orm.Customer, customer_id, "customer")


def phone_holders(
    session: Session, numbers: tuple[str, ...], excluding: int | None
) -> list[CustomerBrief]:
    if not numbers:
        return []
    query = (
        select(orm.Customer)
        .join(orm.CustomerPhone)
        .where(orm.CustomerPhone.number.in_(numbers), orm.Customer.deleted_at.is_(None))
        .distinct()
        .order_by(orm.Customer.id)
    )
    if excluding is not None:
        query = query.where(orm.Customer.id != excluding)
    return [customer_brief(customer) for customer in session.scalars(query)]


def refuse_taken_phones(session: Session, numbers: tuple[str, ...], excluding: int | None) -> None:
    holders = phone_holders(session, numbers, excluding)
    if holders:
        first = holders[0]
        raise DuplicateError(
            f"The phone number is already in the file of {first.name} (customer {first.id}).",
            existing_id=first.id,
            existing_name=first.name,
        )


def column_values(draft: CustomerDraft, now: dt.datetime) -> dict[str, object]:
    """The customers-table columns a draft sets, search keys included (one place for the
    form's path and the import's bulk path)."""
    keys = name_search_keys(draft.name)
    values: dict[str, object] = {name: getattr(draft, name) for name in PLAIN_FIELDS}
    values.update(birth_columns(draft.birthday))
    values.update(name_pinyin=keys.pinyin, name_initials=keys.initials, updated_at=now)
    values.update(name_sort_key=phone_book_key(draft.name))
    return values


def apply_draft(
    session: Session, customer: orm.Customer, draft: CustomerDraft, now: dt.datetime
) -> None:
    for name, value in column_values(draft, now).items():
        setattr(customer, name, value)
    known = {phone.number: phone.label for phone in customer.phones}
    customer.phones = [
        orm.CustomerPhone(number=number, label=label, position=position)
        for position, (number, label) in enumerate(labelled_phones(draft, known))
    ]
    session.flush()
    # No session sync: CustomerTag rows are never loaded as objects, and evaluating the criteria
    # against every object in the session made an import's updates quadratic (20,000: 4 min).
    session.execute(
        delete(orm.CustomerTag).where(orm.CustomerTag.customer_id == customer.id),
        execution_options={"synchronize_session": False},
    )
    for tag_id in dict.fromkeys(tag_ids(session, draft.tags)):  # VIP and vip: one tag
        session.add(orm.CustomerTag(customer_id=customer.id, tag_id=tag_id))


def labels_of_typed(draft: CustomerDraft) -> tuple[str, ...]:
    """The labels of the phones validate keeps (blank numbers are dropped), cleaned and cut to
    what the column holds (phones.phone_label); a label is a note on the number, never a reason
    to refuse it."""
    typed = [
        draft.phone_labels[index] if index < len(draft.phone_labels) else ""
        for index, text in enumerate(draft.phones)
        if text.strip()
    ]
    return tuple(phone_label(display_text(label)) for label in typed)


def labelled_phones(draft: CustomerDraft, known: dict[str, str]) -> list[tuple[str, str]]:
    """Each number with its label: the draft's, else the one it already had (the form does not
    show labels, so saving the form keeps them)."""
    return [
        (number, (draft.phone_labels[index] if index < len(draft.phone_labels) else "")
         or known.get(number, ""))
        for index, number in enumerate(draft.phones)
    ]  # fmt: skip


def tag_ids(session: Session, names: Sequence[str]) -> list[int]:
    """Existing tags are matched ignoring case; new ones are created."""
    ids = []
    for name in names:
        tag = session.scalar(select(orm.Tag).where(orm.Tag.name == name))
        if tag is None:
            tag = orm.Tag(name=name)
            session.add(tag)
            session.flush()
        ids.append(tag.id)
    return ids


def tag_names(session: Session, customer_id: int) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(orm.Tag.name)
            .join(orm.CustomerTag)
            .where(orm.CustomerTag.customer_id == customer_id)
            .order_by(orm.Tag.name)
        )
    )


def draft_of(customer: orm.Customer, tags: tuple[str, ...] | None = None) -> CustomerDraft:
    values = {name: getattr(customer, name) for name in PLAIN_FIELDS}
    session = Session.object_session(customer)
    assert session is not None
    return CustomerDraft(
        **values,
        birthday=stored_birthday(customer),
        phones=tuple(phone.number for phone in customer.phones),
        phone_labels=tuple(phone.label for phone in customer.phones),
        tags=tags if tags is not None else tag_names(session, customer.id),
    )


def customer_brief(customer: orm.Customer) -> CustomerBrief:
    return CustomerBrief(
        id=customer.id,
        name=customer.name,
        phones=tuple(phone.number for phone in customer.phones),
        deleted_at=customer.deleted_at,
    )


def customer_record(session: Session, customer: orm.Customer) -> CustomerRecord:
    session.flush()
    session.refresh(customer)
    return CustomerRecord(
        id=customer.id,
        draft=draft_of(customer),
        stage=customer.stage,
        total_spent_cents=customer.total_spent_cents,
        purchase_count=customer.purchase_count,
        last_purchase_on=customer.last_purchase_on,
        last_contact_at=customer.last_contact_at,
        next_follow_up_on=customer.next_follow_up_on,
        referrals_made=customer.referrals_made,
        created_at=customer.created_at,
        updated_at=customer.updated_at,
        deleted_at=customer.deleted_at,
        opening_balance_cents=customer.opening_balance_cents,
    )
