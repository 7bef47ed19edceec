"""Which records a figure counts: the one rule for the Trash (issue 20).

Every figure, page and report counts only what belongs to customers outside the Trash: their
visits, purchases, complaints, follow-ups and referrals, and they themselves. A merged-away file
is in the Trash too (its records moved to the kept file when it was merged), so a merge never
counts a person twice. Each query that makes a figure asks one of these two functions instead of
writing the condition itself, so that a page and its spreadsheet cannot disagree about the Trash.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, exists, select

from custdesk.storage import orm


def customer_counted(customer: Any = orm.Customer) -> ColumnElement[bool]:
    """The condition on a customers row (``orm.Customer`` or an alias of it, already in the
    query) that it counts: it is not in the Trash."""
    return customer.deleted_at.is_(None)  # type: ignore[no-any-return]


def record_counted(customer_id: ColumnElement[int] | Any) -> ColumnElement[bool]:
    """The condition on a record that names its customer by ``customer_id`` (a visit's,
    complaint's, purchase's column; a referral's ``referred_id`` or ``referrer_id``) that it
    counts: that customer is not in the Trash. A primary-key lookup per record, so a query need
    not join customers only for this."""
    alive = orm.Customer.__table__.alias("counted_customer")
    return exists(select(alive.c.id).where(alive.c.id == customer_id, alive.c.deleted_at.is_(None)))


def referral_counted(referral: Any = orm.Referral) -> ColumnElement[bool]:
    """The condition on a referral (``orm.Referral`` or an alias) that it counts: neither the
    referrer nor the customer referred is in the Trash. A query that joins both customers
    anyway (for their names) asks ``customer_counted`` of each instead."""
    return and_(record_counted(referral.referrer_id), record_counted(referral.referred_id))
