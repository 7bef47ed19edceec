"""What the referrals page shows for one chain, and who the monthly share counts."""

from __future__ import annotations

import datetime as dt

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 12, 0)


def test_each_person_in_a_chain_shows_their_status_the_day_they_were_referred_and_the_trash(
    db: Database,
) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    root, won, lead, gone = (
        customers.create(CustomerDraft(name=name)).id for name in ("根", "甲", "乙", "丙")
    )
    referrals = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    referrals.set_referrer(won, root, referred_on=dt.date(2026, 11, 1), status="converted")
    referrals.set_referrer(lead, root, referred_on=dt.date(2026, 11, 22), status="lead")
    referrals.set_referrer(gone, root, referred_on=dt.date(2026, 10, 31), status="lost")
    customers.trash(gone)
    chain = ReferralReports(db).chain(root)
    # The tree's top row and the "show this chain again" button use the root's id and name.
    assert (chain.root_id, chain.root_name) == (root, "根")
    assert [(n.name, n.status, n.referred_on, n.in_trash) for n in chain.nodes] == [
        ("丙", "lost", dt.date(2026, 10, 31), True),  # bing, jia, yi: pinyin order
        ("甲", "converted", dt.date(2026, 11, 1), False),
        ("乙", "lead", dt.date(2026, 11, 22), False),
    ]


def test_the_monthly_share_leaves_out_customers_in_the_trash(db: Database) -> None:
    november = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 3, 10)
    )
    referrer = november.create(CustomerDraft(name="老客")).id
    brought = november.create(CustomerDraft(name="朋友")).id
    walked_in = november.create(CustomerDraft(name="路人")).id
    ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW).set_referrer(
        brought, referrer
    )
    november.trash(walked_in)
    november.trash(brought)
    (share,) = ReferralReports(db).monthly_share(1, NOW.date())
    assert (share.month, share.new_customers, share.referred) == ("2026-11", 1, 0)
