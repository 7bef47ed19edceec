"""Customer stage rules (prospect -> new -> regular -> dormant -> lost; VIP by flag or spend).

The rules are one ordered list, STAGE_RULES: ``compute_stage`` walks it and the first rule that
holds decides; the daily recompute (aggregates.recompute_stages) builds its SQL in the same
order, and Help > How customer stages work shows the list as it is, each rule's words with the
shop's thresholds (issue 20: the help listed them in an order that would never give Dormant or
Lost). Nothing else says what a stage means.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from custdesk.words import N_


class Stage(StrEnum):
    PROSPECT = "prospect"
    NEW = "new"
    REGULAR = "regular"
    VIP = "vip"
    DORMANT = "dormant"
    LOST = "lost"


@dataclass(frozen=True)
class StageRules:
    regular_purchases: int = 3
    vip_spend_cents: int = 2_000_000  # 20,000 yuan
    dormant_after_days: int = 90
    lost_after_days: int = 365


@dataclass(frozen=True)
class StageFacts:
    """What a stage is decided from."""

    purchase_count: int
    purchased_cents: int  # what was bought here; an imported opening balance is left out
    silent_days: int | None  # days since the last visit, call or purchase; None: never
    is_important: bool

    def silent_for(self, days: int) -> bool:
        return self.silent_days is not None and self.silent_days >= days


@dataclass(frozen=True)
class StageRule:
    stage: Stage
    holds: Callable[[StageFacts, StageRules], bool]
    # The rule in words (context "stage_rules"), its thresholds as {spend} {regular} {dormant}
    # {lost}; shown after the stage's name.
    words: str


STAGE_RULES: tuple[StageRule, ...] = (
    StageRule(
        Stage.VIP,
        lambda f, r: f.is_important or f.purchased_cents >= r.vip_spend_cents,
        N_(
            "stage_rules",
            "marked as an important customer, or has bought {spend} or more here (an "
            "imported opening balance does not count).",
        ),
    ),
    StageRule(
        Stage.PROSPECT,
        lambda f, r: f.purchase_count == 0,
        N_("stage_rules", "has not bought anything yet."),
    ),
    StageRule(
        Stage.LOST,
        lambda f, r: f.silent_for(r.lost_after_days),
        N_("stage_rules", "has bought, and no visit, call or purchase for {lost} days or more."),
    ),
    StageRule(
        Stage.DORMANT,
        lambda f, r: f.silent_for(r.dormant_after_days),
        N_(
            "stage_rules",
            "has bought, and no visit, call or purchase for {dormant} days or more.",
        ),
    ),
    StageRule(
        Stage.REGULAR,
        lambda f, r: f.purchase_count >= r.regular_purchases,
        N_("stage_rules", "has bought {regular} times or more."),
    ),
    StageRule(
        Stage.NEW,
        lambda f, r: True,  # the last rule: every buyer the rules above left
        N_("stage_rules", "has bought, fewer than {regular} times."),
    ),
)


def compute_stage(
    *,
    purchase_count: int,
    total_spent_cents: int,
    last_contact: dt.date | None,
    is_important: bool,
    today: dt.date,
    rules: StageRules = StageRules(),
) -> Stage:
    """The stage of the first of STAGE_RULES that holds: VIP wins; then no purchase; then
    silence (lost, dormant) for buyers; then purchase counts. ``total_spent_cents`` is what was
    bought here (aggregates: without the opening balance)."""
    facts = StageFacts(
        purchase_count=purchase_count,
        purchased_cents=total_spent_cents,
        silent_days=(today - last_contact).days if last_contact else None,
        is_important=is_important,
    )
    return next(rule.stage for rule in STAGE_RULES if rule.holds(facts, rules))
