"""Referral chains as a customer's own changes must keep them: no loop, no break.

A merge must not close a loop in a chain, and emptying the Trash closes the chain up around
the customers deleted for good. Both are customer operations, so the chain walks they need
sit here, below the referrals service (which refuses loops with ``ancestors`` too).
"""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from custdesk.storage import orm
from custdesk.storage.referral_walks import walk_down, walk_up


def ancestors(session: Session, customer_id: int) -> set[int]:
    """Every customer above ``customer_id`` in its chain (its referrer, their referrer, ...)."""
    up = walk_up(customer_id)
    return set(session.scalars(select(up.c.id)))


def descendants(session: Session, customer_id: int) -> set[int]:
    """Every customer below ``customer_id`` in its chain (whom it referred, whom they did...)."""
    down = walk_down(customer_id)
    return set(session.scalars(select(down.c.id)))


def close_chains_around(session: Session, leaving: set[int]) -> set[int]:
    """Before customers are deleted for good, hang the people they referred under their own
    referrer (the chain closes up instead of breaking). Returns every referrer touched."""
    links = {
        referred: referrer
        for referred, referrer in session.execute(
            select(orm.Referral.referred_id, orm.Referral.referrer_id)
        )
        if referred in leaving or referrer in leaving
    }
    touched = set(links.values())

    def staying_above(customer_id: int) -> int | None:
        seen = set()
        current = links.get(customer_id)
        while current is not None and current in leaving and current not in seen:
            seen.add(current)
            current = links.get(current)
        return None if current in leaving else current

    for referred, referrer in links.items():
        if referred in leaving or referrer not in leaving:
            continue
        new_referrer = staying_above(referred)
        if new_referrer is None:
            session.execute(delete(orm.Referral).where(orm.Referral.referred_id == referred))
        else:
            session.execute(
                update(orm.Referral)
                .where(orm.Referral.referred_id == referred)
                .values(referrer_id=new_referrer)
            )
            touched.add(new_referrer)
    return touched
