"""What the clerk enters for a referral (date, status, notes) is what is kept and shown."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.errors import ValidationError
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import MAX_NOTES, ReferralRecord, ReferralService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 12, 0)


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    names = ("张三", "王五", "赵六")
    return {name: customers.create(CustomerDraft(name=name)).id for name in names}


def test_a_referral_keeps_the_date_status_and_trimmed_notes(
    db: Database, people: dict[str, int]
) -> None:
    service = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    record = service.set_referrer(
        people["王五"],
        people["张三"],
        referred_on=dt.date(2026, 11, 1),
        status="visited",
        notes="  在店里介绍的\n",
    )
    assert record == ReferralRecord(
        id=record.id,
        referrer_id=people["张三"],
        referrer_name="张三",
        referred_id=people["王五"],
        referred_name="王五",
        referred_on=dt.date(2026, 11, 1),
        status="visited",
        notes="在店里介绍的",
    )
    assert service.referral_of(people["王五"]) == record
    assert service.referred_by(people["张三"]) == [record]


def test_without_notes_or_date_a_referral_is_dated_today_with_empty_notes(
    db: Database, people: dict[str, int]
) -> None:
    service = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    service.set_referrer(people["赵六"], people["张三"])
    record = service.referral_of(people["赵六"])
    assert record is not None
    assert (record.referred_on, record.status, record.notes) == (NOW.date(), "lead", "")
    with db.reading() as session:
        # Stamped by the shop's clock, like every other record, not by SQLite's own.
        assert session.get(orm.Referral, record.id).created_at == NOW  # type: ignore[union-attr]


def test_notes_may_be_2000_characters_but_not_one_more(
    db: Database, people: dict[str, int]
) -> None:
    service = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    longest = "介" * MAX_NOTES
    assert service.set_referrer(people["王五"], people["张三"], notes=longest).notes == longest
    with pytest.raises(ValidationError) as caught:
        service.set_referrer(people["赵六"], people["张三"], notes=longest + "绍")
    assert caught.value.field_errors == {"notes": "too_long"}
    assert service.referral_of(people["赵六"]) is None
