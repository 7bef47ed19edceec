"""The per-customer figures the list sorts on, always derived from the records themselves.

Total spent is the purchases' sum plus the opening balance an imported list gave (消费金额,
累计消费: ``opening_balance_cents``). That balance is no purchase: it has no date, so it is no
contact, and it moves no stage, not even VIP by spend (issue 17: "stages, dormancy and
follow-ups don't move because of it"); stages count what was bought at this shop since CustDesk.

Every service that changes purchases, visits, follow-ups or referrals calls this in the same
transaction, so the stored totals and stage can never drift from what the records say. Stages
also move with the calendar alone (a quiet customer turns dormant), so ``recompute_stages`` runs
once a day over everyone in one UPDATE that walks ``compute_stage``'s rules in their order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from custdesk.services.customers.stages import STAGE_RULES, Stage, StageRules, compute_stage
from custdesk.storage import orm

STAGES_COMPUTED_ON = "stages_computed_on"  # shop_settings key: the day recompute_stages last ran

StageRulesIn = Callable[[Session], StageRules]
"""How a service reads the shop's stage rules inside its own transaction. The rules are shop
settings, kept above this package: the app hands each service that refreshes a customer's
figures the settings' reader (shop.settings.stage_rules_in)."""


def refresh_aggregates(
    session: Session, customer: orm.Customer, today: dt.date, rules: StageRules
) -> None:
    """Totals (the opening balance included), last purchase and contact, next follow-up,
    referrals made, and the stage by ``rules`` (the shop's, read by the caller in this
    transaction; purchases only, see the module docstring)."""
    cid = customer.id
    total, count, last_purchase = session.execute(
        select(
            func.coalesce(func.sum(orm.Purchase.amount_cents), 0),
            func.count(orm.Purchase.id),
            func.max(orm.Purchase.purchased_on),
        ).where(orm.Purchase.customer_id == cid)
    ).one()
    purchased = int(total)
    customer.total_spent_cents = purchased + (customer.opening_balance_cents or 0)
    customer.purchase_count = int(count)
    customer.last_purchase_on = last_purchase
    last_visit = session.scalar(
        select(func.max(orm.Visit.occurred_at)).where(orm.Visit.customer_id == cid)
    )
    customer.last_contact_at = last_contact(last_visit, last_purchase)
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
        total_spent_cents=purchased,
        last_contact=customer.last_contact_at.date() if customer.last_contact_at else None,
        is_important=customer.is_important,
        today=today,
        rules=rules,
    ).value


def last_contact(
    last_visit: dt.datetime | None, last_purchase: dt.date | None
) -> dt.datetime | None:
    """A purchase is a contact too: whichever came last (a purchase counts from its morning)."""
    bought = dt.datetime.combine(last_purchase, dt.time()) if last_purchase else None
    candidates = [moment for moment in (last_visit, bought) if moment is not None]
    return max(candidates) if candidates else None


def recompute_stages(session: Session, today: dt.date, rules: StageRules) -> int:
    """Every customer's stage as of ``today`` by ``rules``; returns how many changed (only those
    are written). Spend is what was purchased: the opening balance is left out, as in
    refresh_aggregates."""
    customer = orm.Customer
    purchased = customer.total_spent_cents - customer.opening_balance_cents

    def silent_since(days: int) -> dt.datetime:
        # silent for >= days  <=>  last contact before the start of (today - days + 1)
        return dt.datetime.combine(today - dt.timedelta(days=days - 1), dt.time())

    quiet = customer.last_contact_at.is_not(None)
    # Each rule of stages.STAGE_RULES in SQL, applied in that list's order (the first that holds
    # decides, as in compute_stage); the last rule is every row the others left.
    conditions = {
        Stage.VIP: customer.is_important.is_(True) | (purchased >= rules.vip_spend_cents),
        Stage.PROSPECT: customer.purchase_count == 0,
        Stage.LOST: quiet & (customer.last_contact_at < silent_since(rules.lost_after_days)),
        Stage.DORMANT: quiet & (customer.last_contact_at < silent_since(rules.dormant_after_days)),
        Stage.REGULAR: customer.purchase_count >= rules.regular_purchases,
    }
    *ordered, last = STAGE_RULES
    stage = case(
        *((conditions[rule.stage], rule.stage.value) for rule in ordered),
        else_=last.stage.value,
    )
    result = session.execute(
        update(customer).where(customer.stage != stage).values(stage=stage),
        execution_options={"synchronize_session": False},
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
