"""Merging two files of one person: a birthday is filled as a whole, a missing year from the
other file when the day agrees, and an unmerge puts each part back."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 10, 0)


@pytest.mark.parametrize(
    ("kept", "absorbed", "merged"),
    [
        (None, Birthday(5, 3), Birthday(5, 3)),  # none: the other's, yearless or not
        (Birthday(5, 3), Birthday(5, 3, 1990), Birthday(5, 3, 1990)),  # the same day: its year
        (Birthday(5, 3), Birthday(6, 1, 1990), Birthday(5, 3)),  # another day: kept's stays
        (Birthday(5, 3, 1991), Birthday(5, 3, 1990), Birthday(5, 3, 1991)),
    ],
)
def test_a_birthday_is_filled_whole_and_unmerged_whole(
    db: Database, kept: Birthday | None, absorbed: Birthday, merged: Birthday
) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    keep = customers.create(CustomerDraft(name="黄勇", birthday=kept)).id
    other = customers.create(CustomerDraft(name="黄勇（旧）", birthday=absorbed)).id
    merge = MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW)

    result = merge.merge(keep, other)
    assert customers.get(keep).draft.birthday == merged

    merge.unmerge(result)
    assert customers.get(keep).draft.birthday == kept
    assert customers.get(other).draft.birthday == absorbed
