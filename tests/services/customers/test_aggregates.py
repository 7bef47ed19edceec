"""The figures stored on each customer when a record is entered (refresh_aggregates)."""

from __future__ import annotations

import datetime as dt

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 16, 0)


def test_the_list_counts_referrals_made_by_the_referrer_only(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    referrer = customers.create(CustomerDraft(name="王芳")).id
    referred = customers.create(CustomerDraft(name="李雷")).id
    ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW).set_referrer(
        referred, referrer
    )
    # the referred customer's own figures are refreshed by a purchase: still none made
    sale = PurchaseDraft(NOW.date(), "围巾", "0.29")
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW).record(referred, sale)
    assert (customers.get(referrer).referrals_made, customers.get(referred).referrals_made) == (
        1,
        0,
    )


def test_an_old_sale_entered_today_makes_a_quiet_buyer_dormant_at_once(db: Database) -> None:
    # A clerk backfilling last summer's receipt: the stage is right on entry, not the next night.
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    buyer = customers.create(CustomerDraft(name="老张")).id
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW).record(
        buyer, PurchaseDraft(NOW.date() - dt.timedelta(days=90), "茶叶", "19.99")
    )
    assert customers.get(buyer).stage == "dormant"
