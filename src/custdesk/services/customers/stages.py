"""Customer stage rules (prospect -> new -> regular -> dormant -> lost; VIP by flag or spend).

The rules are plain data and one pure function so that the UI can show them and tests can pin
them; a recompute service (visits issue) applies them to stored customers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


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


def compute_stage(
    *,
    purchase_count: int,
    total_spent_cents: int,
    last_contact: dt.date | None,
    is_important: bool,
    today: dt.date,
    rules: StageRules = StageRules(),
) -> Stage:
    """VIP wins; then silence (dormant, lost) for buyers; then purchase counts."""
    if is_important or total_spent_cents >= rules.vip_spend_cents:
        return Stage.VIP
    if purchase_count == 0:
        return Stage.PROSPECT
    silent_days = (today - last_contact).days if last_contact else None
    if silent_days is not None and silent_days >= rules.lost_after_days:
        return Stage.LOST
    if silent_days is not None and silent_days >= rules.dormant_after_days:
        return Stage.DORMANT
    if purchase_count >= rules.regular_purchases:
        return Stage.REGULAR
    return Stage.NEW
