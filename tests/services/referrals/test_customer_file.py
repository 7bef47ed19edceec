"""The customer form's one Save: profile, purchases and referrer, all or nothing, and put back."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.errors import DuplicateError, NotFoundError, ValidationError
from custdesk.services.customers.customer_list import CustomerFilter, CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.customer_file import (
    UNCHANGED,
    CustomerFileService,
    FileChanges,
    ReferrerChoice,
)
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

# 00:10 in the shop (UTC+8): a purchase "today" is the 23rd, not the UTC 22nd.
NOW = dt.datetime(2026, 11, 23, 0, 10)
TODAY = NOW.date()


def clock() -> dt.datetime:
    return NOW


def services(db: Database) -> tuple[CustomerFileService, CustomerService]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=clock)
    files = CustomerFileService(db, customers=customers, stage_rules=stage_rules_in, clock=clock)
    return files, customers


def purchases_of(db: Database, customer_id: int) -> list[tuple[dt.date, str, int]]:
    rows = PurchaseService(db, stage_rules=stage_rules_in).purchases_of(customer_id)
    return [(row.purchased_on, row.item, row.amount_cents) for row in rows]


def referrer_of(db: Database, customer_id: int) -> tuple[int, dt.date, str] | None:
    link = ReferralService(db, stage_rules=stage_rules_in).referral_of(customer_id)
    return None if link is None else (link.referrer_id, link.referred_on, link.status)


def test_a_new_customer_comes_with_her_referrer_and_first_purchase(db: Database) -> None:
    files, customers = services(db)
    referrer = customers.create(CustomerDraft(name="王芳", phones=("13800138000",))).id
    saved = files.save(
        None,
        FileChanges(
            draft=CustomerDraft(name="李娜", phones=("13900139000",)),
            added_purchases=(PurchaseDraft(TODAY, "面霜", "19.99"),),
            referrer=ReferrerChoice(referrer, status="converted"),
        ),
    )
    new = saved.record.id
    assert purchases_of(db, new) == [(TODAY, "面霜", 1999)]
    assert referrer_of(db, new) == (referrer, TODAY, "converted")
    assert customers.get(new).total_spent_cents == 1999
    assert customers.get(referrer).referrals_made == 1
    assert saved.put_back is None  # taking a new customer back moves her to the Trash


def test_a_refused_purchase_writes_nothing_at_all(db: Database) -> None:
    files, customers = services(db)
    referrer = customers.create(CustomerDraft(name="王芳")).id
    with pytest.raises(ValidationError) as caught:
        files.save(
            None,
            FileChanges(
                draft=CustomerDraft(name="李娜"),
                added_purchases=(
                    PurchaseDraft(TODAY, "面霜", "0.29"),
                    PurchaseDraft(TODAY + dt.timedelta(days=1), "口红", "1e3"),
                ),
                referrer=ReferrerChoice(referrer),
            ),
        )
    assert caught.value.field_errors == {
        "purchases.1.purchased_on": "future_date",
        "purchases.1.amount": "invalid_amount",
    }
    assert customers.get(referrer).referrals_made == 0
    assert len(_names(db)) == 1  # only the referrer: no 李娜, no purchase


def test_a_loop_found_inside_the_save_rolls_back_the_profile_too(db: Database) -> None:
    files, customers = services(db)
    grandma = customers.create(CustomerDraft(name="奶奶")).id
    mum = customers.create(CustomerDraft(name="妈妈")).id
    ReferralService(db, stage_rules=stage_rules_in, clock=clock).set_referrer(mum, grandma)
    with pytest.raises(ValidationError) as caught:
        files.save(
            grandma,
            FileChanges(
                draft=CustomerDraft(name="奶奶（改）"),
                added_purchases=(PurchaseDraft(TODAY, "茶叶", "88"),),
                referrer=ReferrerChoice(mum),
            ),
        )
    assert caught.value.field_errors == {"referrer": "referral_loop"}
    assert customers.get(grandma).name == "奶奶"
    assert purchases_of(db, grandma) == []


def test_a_shared_phone_is_asked_before_anything_is_written(db: Database) -> None:
    files, customers = services(db)
    holder = customers.create(CustomerDraft(name="王芳", phones=("13800138000",))).id
    changes = FileChanges(
        draft=CustomerDraft(name="王小芳", phones=("13800138000",)),
        added_purchases=(PurchaseDraft(TODAY, "面霜", "10"),),
    )
    with pytest.raises(DuplicateError) as caught:
        files.save(None, changes)
    assert caught.value.existing_id == holder
    assert len(_names(db)) == 1
    saved = files.save(None, changes, allow_shared_phone=True)
    assert purchases_of(db, saved.record.id) == [(TODAY, "面霜", 1000)]


def test_put_back_undoes_the_whole_save_and_its_own_put_back_redoes_it(db: Database) -> None:
    files, customers = services(db)
    old_referrer, new_referrer = (customers.create(CustomerDraft(name=n)).id for n in "甲乙")
    she = customers.create(CustomerDraft(name="李娜", tags=("VIP",))).id
    ReferralService(db, stage_rules=stage_rules_in, clock=clock).set_referrer(
        she, old_referrer, referred_on=dt.date(2026, 1, 1), status="visited", notes="朋友"
    )
    kept = PurchaseService(db, stage_rules=stage_rules_in, clock=clock).record(
        she, PurchaseDraft(dt.date(2026, 11, 1), "旧单", "19.99")
    )
    saved = files.save(
        she,
        FileChanges(
            draft=CustomerDraft(name="李娜娜"),
            added_purchases=(PurchaseDraft(TODAY, "新单", "0.29"),),
            removed_purchase_ids=(kept.id,),
            referrer=ReferrerChoice(new_referrer, status="converted"),
            referrer_kind="honour",
        ),
    )
    assert purchases_of(db, she) == [(TODAY, "新单", 29)]
    assert customers.get(she).total_spent_cents == 29
    assert saved.put_back is not None

    undone = files.save(she, saved.put_back, allow_shared_phone=True)
    record = customers.get(she)
    assert (record.name, record.draft.tags) == ("李娜", ("VIP",))
    assert purchases_of(db, she) == [(dt.date(2026, 11, 1), "旧单", 1999)]
    assert record.total_spent_cents == 1999
    assert referrer_of(db, she) == (old_referrer, dt.date(2026, 1, 1), "visited")
    assert customers.referrer_kind(she) is None
    assert customers.get(new_referrer).referrals_made == 0

    assert undone.put_back is not None
    files.save(she, undone.put_back, allow_shared_phone=True)
    assert customers.get(she).name == "李娜娜"
    assert purchases_of(db, she) == [(TODAY, "新单", 29)]
    assert referrer_of(db, she) == (new_referrer, TODAY, "converted")
    assert customers.referrer_kind(she) == "honour"


def test_parts_left_unchanged_are_not_touched(db: Database) -> None:
    files, customers = services(db)
    referrer = customers.create(CustomerDraft(name="甲")).id
    she = customers.create(CustomerDraft(name="李娜")).id
    ReferralService(db, stage_rules=stage_rules_in, clock=clock).set_referrer(she, referrer)
    saved = files.save(she, FileChanges(draft=CustomerDraft(name="李娜")))
    assert referrer_of(db, she) is not None
    assert saved.put_back is not None
    assert (saved.put_back.referrer, saved.put_back.referrer_kind) == (UNCHANGED, UNCHANGED)


def test_nobody_as_referrer_removes_the_link(db: Database) -> None:
    files, customers = services(db)
    referrer = customers.create(CustomerDraft(name="甲")).id
    she = customers.create(CustomerDraft(name="李娜")).id
    ReferralService(db, stage_rules=stage_rules_in, clock=clock).set_referrer(she, referrer)
    files.save(she, FileChanges(draft=CustomerDraft(name="李娜"), referrer=ReferrerChoice(None)))
    assert referrer_of(db, she) is None
    assert customers.get(referrer).referrals_made == 0


def test_a_purchase_of_another_customer_is_never_removed(db: Database) -> None:
    files, customers = services(db)
    other, she = (customers.create(CustomerDraft(name=n)).id for n in ("甲", "乙"))
    theirs = PurchaseService(db, stage_rules=stage_rules_in, clock=clock).record(
        other, PurchaseDraft(TODAY, "茶叶", "5")
    )
    with pytest.raises(NotFoundError):
        files.save(
            she, FileChanges(draft=CustomerDraft(name="乙"), removed_purchase_ids=(theirs.id,))
        )
    assert purchases_of(db, other) == [(TODAY, "茶叶", 500)]


def _names(db: Database) -> list[str]:
    listing = CustomerListService(db)
    return [row.name for row in listing.rows(listing.ids(CustomerFilter()))]


def test_the_history_records_purchases_and_the_referral_beside_the_fields(db: Database) -> None:
    files, customers = services(db)
    old_referrer, new_referrer = (customers.create(CustomerDraft(name=n)).id for n in "甲乙")
    she = customers.create(CustomerDraft(name="李娜")).id
    ReferralService(db, stage_rules=stage_rules_in, clock=clock).set_referrer(she, old_referrer)
    kept = PurchaseService(db, stage_rules=stage_rules_in, clock=clock).record(
        she, PurchaseDraft(dt.date(2026, 11, 1), "旧单", "1299.5")
    )
    files.save(
        she,
        FileChanges(
            draft=CustomerDraft(name="李娜"),
            added_purchases=(PurchaseDraft(TODAY, "新单", "0.29", quantity=2),),
            removed_purchase_ids=(kept.id,),
            referrer=ReferrerChoice(new_referrer),
            referrer_kind="honour",
        ),
    )
    lines = {
        (entry.action, entry.field, entry.old_value, entry.new_value)
        for entry in customers.history(she)
        if entry.action != "create"
    }
    assert lines == {
        ("purchase_removed", "purchases", "2026-11-01 旧单 ×1 ¥1,299.50", None),
        ("purchase_added", "purchases", None, "2026-11-23 新单 ×2 ¥0.29"),
        ("update", "referrer", "甲", "乙"),
        ("update", "referrer_kind", None, "honour"),
    }
