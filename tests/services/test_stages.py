from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.stages import Stage, StageRules, compute_stage

TODAY = dt.date(2024, 3, 1)  # the day after a leap day


def stage(
    purchases: int = 0, spent: int = 0, days_silent: int | None = 0, vip: bool = False
) -> Stage:
    last = None if days_silent is None else TODAY - dt.timedelta(days=days_silent)
    return compute_stage(
        purchase_count=purchases,
        total_spent_cents=spent,
        last_contact=last,
        is_important=vip,
        today=TODAY,
    )


def test_prospect_until_first_purchase() -> None:
    assert stage(purchases=0, days_silent=None) is Stage.PROSPECT
    assert stage(purchases=1) is Stage.NEW
    assert stage(purchases=StageRules().regular_purchases) is Stage.REGULAR


@pytest.mark.parametrize(
    ("days", "expected"),
    [(89, Stage.NEW), (90, Stage.DORMANT), (364, Stage.DORMANT), (365, Stage.LOST)],
)
def test_silence_makes_buyers_dormant_then_lost(days: int, expected: Stage) -> None:
    assert stage(purchases=1, days_silent=days) is expected


def test_vip_by_flag_or_spend_wins_over_silence() -> None:
    assert stage(purchases=1, days_silent=400, vip=True) is Stage.VIP
    assert stage(purchases=2, spent=StageRules().vip_spend_cents) is Stage.VIP
    assert stage(purchases=2, spent=StageRules().vip_spend_cents - 1) is Stage.NEW


def test_silence_counts_days_across_a_leap_day() -> None:
    contact = dt.date(2023, 12, 2)  # 90 days before 2024-03-01 because 2024 has 29 February
    got = compute_stage(
        purchase_count=1, total_spent_cents=0, last_contact=contact, is_important=False, today=TODAY
    )
    assert got is Stage.DORMANT
