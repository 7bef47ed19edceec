"""What the kept file shows after a merge: its own values, the other's only where it had none,
the other's numbers after its own, and a referral line with no loop in it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 12, 0)


def merged_file(db: Database, keep: CustomerDraft, absorb: CustomerDraft) -> CustomerDraft:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    keep_id = customers.create(keep).id
    absorb_id = customers.create(absorb).id
    MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW).merge(keep_id, absorb_id)
    return customers.get(keep_id).draft


def test_the_kept_file_keeps_its_own_values_and_takes_the_others_only_where_blank(
    db: Database,
) -> None:
    kept = merged_file(
        db,
        CustomerDraft(name="张三", gender="unknown", occupation="教师", address=""),
        CustomerDraft(name="张三(旧)", gender="female", occupation="医生", address="人民路1号"),
    )
    assert kept.gender == "female"  # "unknown" is no answer: the other file's is taken
    assert kept.address == "人民路1号"
    assert kept.occupation == "教师"  # the clerk chose to keep this file, so its answer wins


def test_a_blank_in_the_other_file_never_wipes_what_the_kept_file_shows(db: Database) -> None:
    # The kept file's own "unknown" counts as blank (a better answer from the other file would
    # replace it), but a blank from the other file is no better answer.
    kept = merged_file(
        db,
        CustomerDraft(name="张三", hobbies="unknown", wechat_id="zhangsan"),
        CustomerDraft(name="张三(旧)", hobbies="", wechat_id=""),
    )
    assert (kept.hobbies, kept.wechat_id) == ("unknown", "zhangsan")


def test_notes_the_kept_file_already_has_are_not_added_twice_and_important_is_kept(
    db: Database,
) -> None:
    kept = merged_file(
        db,
        CustomerDraft(name="张三", notes="喜欢茶，常买大衣", is_important=False),
        CustomerDraft(name="张三(旧)", notes="喜欢茶", is_important=True),
    )
    assert kept.notes == "喜欢茶，常买大衣"
    assert kept.is_important  # either file marked important is enough


def test_copied_numbers_come_after_the_kept_ones_and_keep_their_label(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    keep = customers.create(CustomerDraft(name="张三", phones=("13800138000", "13800138001")))
    other = customers.create(CustomerDraft(name="张三(旧)", phones=("13900139000",)))
    with db.writing() as session:
        # Only the demo shop labels numbers today ("mobile", "home"); a merge must not lose it.
        session.execute(
            orm.CustomerPhone.__table__.update()  # type: ignore[attr-defined]
            .where(orm.CustomerPhone.customer_id == other.id)
            .values(label="home")
        )

    MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW).merge(keep.id, other.id)

    assert customers.get(keep.id).draft.phones == (
        "+8613800138000",
        "+8613800138001",
        "+8613900139000",
    )
    with db.reading() as session:
        labels = session.execute(
            select(orm.CustomerPhone.number, orm.CustomerPhone.label).where(
                orm.CustomerPhone.customer_id == keep.id
            )
        ).all()
    assert dict(labels)["+8613900139000"] == "home"


def test_a_file_brought_in_below_the_kept_one_loses_that_link_rather_than_make_a_loop(
    db: Database,
) -> None:
    """张三 brought in 李四, who brought in 张三(旧), a second file of 张三. Once merged, 张三
    cannot have been brought in by 李四: that link goes, 张三 stays at the top of the line."""
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    keep, friend, absorb = (
        customers.create(CustomerDraft(name=name)).id for name in ("张三", "李四", "张三(旧)")
    )
    referrals = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    referrals.set_referrer(friend, keep, referred_on=dt.date(2026, 10, 1))
    referrals.set_referrer(absorb, friend, referred_on=dt.date(2026, 11, 1))

    MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW).merge(keep, absorb)

    with db.reading() as session:
        links = session.execute(select(orm.Referral.referrer_id, orm.Referral.referred_id)).all()
    assert sorted(links) == [(keep, friend)]
    assert customers.get(keep).referrals_made == 1
    assert customers.get(friend).referrals_made == 0


def test_a_referrer_whose_link_the_merge_drops_counts_one_referral_less_until_undone(
    db: Database,
) -> None:
    """张三 was brought in by 王五, his second file 张三(旧) by 赵六. The merged 张三 keeps 王五
    as his referrer, so 赵六's link goes, and the list's "referrals made" must say so."""
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    keep, absorb, own_referrer, other_referrer = (
        customers.create(CustomerDraft(name=name)).id
        for name in ("张三", "张三(旧)", "王五", "赵六")
    )
    referrals = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    referrals.set_referrer(keep, own_referrer, referred_on=dt.date(2026, 9, 1))
    referrals.set_referrer(absorb, other_referrer, referred_on=dt.date(2026, 10, 1))
    merge = MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW)

    result = merge.merge(keep, absorb)
    assert customers.get(other_referrer).referrals_made == 0
    assert customers.get(own_referrer).referrals_made == 1

    merge.unmerge(result)
    assert customers.get(other_referrer).referrals_made == 1
    assert customers.get(own_referrer).referrals_made == 1
