"""The per-customer figures the list sorts on, always derived from the records themselves.

Every service that changes purchases, visits, follow-ups or referrals calls this in the same
transaction, so the stored totals and stage can never drift from what the records say.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from custdesk.services.stages import compute_stage
from custdesk.storage import orm


def refresh_aggregates(session: Session, customer: orm.Customer, today: dt.date) -> None:
    """Totals, last purchase and contact, next follow-up, referrals made, and the stage."""
    cid = customer.id
    total, count, last_purchase = session.execute(
        select(
            func.coalesce(func.sum(orm.Purchase.amount_cents), 0),
            func.count(orm.Purchase.id),
            func.max(orm.Purchase.purchased_on),
        ).where(orm.Purchase.customer_id == cid)
    ).one()
    customer.total_spent_cents, customer.purchase_count = int(total), int(count)
    customer.last_purchase_on = last_purchase
    customer.last_contact_at = session.scalar(
        select(func.max(orm.Visit.occurred_at)).where(orm.Visit.customer_id == cid)
    )
    customer.next_follow_up_on = session.scalar(
        select(func.min(orm.FollowUp.due_on)).where(
            orm.FollowUp.customer_id == cid, orm.FollowUp.status == "pending"
        )
    )
    customer.referrals_made = int(
        session.scalar(select(func.count()).where(orm.Referral.referrer_id == cid)) or 0
    )
    customer.stage = compute_stage(
        purchase_count=customer.purchase_count,
        total_spent_cents=customer.total_spent_cents,
        last_contact=customer.last_contact_at.date() if customer.last_contact_at else None,
        is_important=customer.is_important,
        today=today,
    ).value
