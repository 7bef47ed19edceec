"""A customer's opening balance: what the shop's old list said they had spent (消费金额, 累计消费).

Issue 17: it counts in total spent, but it is no purchase, no contact and no purchase date, so
stages, dormancy and follow-ups do not move because of it (aggregates). A zero amount creates
nothing. It is set by an import only; the form shows it (read-only) beside the purchases.

The import's rule, for a customer created by the import and for one already on file ("update"):
the file's amount is set when the customer has none yet (0). When the customer already has one,
an equal amount changes nothing, and a different one is never added nor written over: it is a
difference the clerk is told about (``BalanceDifference``) and the stored amount stays. Imports
that fold several rows into one customer (import_duplicates) meet the same rule row by row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session

from custdesk.errors import FieldProblem
from custdesk.services.customers.purchases import MAX_AMOUNT_CENTS
from custdesk.storage import orm


@dataclass(frozen=True)
class BalanceDifference:
    """The file gave an opening balance other than the one on file; the one on file stays."""

    customer_id: int
    held_cents: int  # on file, kept
    file_cents: int  # what the file said, not stored


def balance_problem(cents: int) -> FieldProblem | None:
    """None for an amount an opening balance may be (0 to MAX_AMOUNT_CENTS fen), else the
    problem to report (a negative amount, or one above a hundred million yuan: a typing slip)."""
    return None if 0 <= cents <= MAX_AMOUNT_CENTS else FieldProblem.OUT_OF_RANGE


def set_new_balances_in(session: Session, balances: Iterable[tuple[int, int]]) -> None:
    """Each (customer id, fen) set as the opening balance of a customer the caller has just
    created in this transaction (no purchases yet, no balance): one UPDATE for all. Zero
    amounts are left out. Amounts are checked by balance_problem first (the caller's)."""
    rows = [{"id_": cid, "cents": cents} for cid, cents in balances if cents > 0]
    if not rows:
        return
    customer = orm.table_of(orm.Customer)
    statement = (
        update(customer)
        .where(customer.c.id == bindparam("id_"))
        .values(
            opening_balance_cents=bindparam("cents"),
            total_spent_cents=customer.c.total_spent_cents + bindparam("cents"),
        )
    )
    session.connection().execute(statement, rows)


def offer_balance_in(
    session: Session, customer: orm.Customer, cents: int
) -> BalanceDifference | None:
    """The import's rule for a customer on file (module docstring): ``cents`` becomes the
    opening balance when there is none yet (total spent grows by it); else a different amount
    is returned as a BalanceDifference and nothing changes. Zero: nothing, no difference."""
    held = customer.opening_balance_cents or 0
    if cents <= 0 or cents == held:
        return None
    if held:
        return BalanceDifference(customer.id, held, cents)
    customer.opening_balance_cents = cents
    customer.total_spent_cents = (customer.total_spent_cents or 0) + cents
    session.flush()
    return None
