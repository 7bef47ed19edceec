"""One rule for the Trash across the referral figures (issue 20): the leaderboard, the chain
tree and the chains sheet count a referral only when neither end is in the Trash, and a merged
file is counted once, under the file it was merged into. An owner saw the chains sheet list
five referrals of a referrer the leaderboard hid."""

from __future__ import annotations

import datetime as dt

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.referrals.rewards import RewardService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 30, 18, 0)
NOVEMBER = dt.date(2026, 11, 1), dt.date(2026, 11, 30)


def _shop(db: Database) -> dict[str, int]:
    """甲 brought 乙 (converted, bought 19.99), 丙 (converted, bought 0.29, then put in the
    Trash), 丁 (a lead) and 戊二 (a second file of 戊, merged into 戊, who bought 100.00);
    丙 had brought 己 (converted, 5.00) before going to the Trash, and 乙 brought 辛.
    庚, in the Trash, brought five people."""
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    names = ("甲", "乙", "丙", "丁", "戊", "戊二", "己", "辛", "庚", "一", "二", "三", "四", "五")
    ids = {name: customers.create(CustomerDraft(name=name)).id for name in names}
    links = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for referred, referrer, day, status in (
        ("乙", "甲", dt.date(2026, 11, 1), "converted"),
        ("丙", "甲", dt.date(2026, 11, 2), "converted"),
        ("丁", "甲", dt.date(2026, 11, 3), "lead"),
        ("戊二", "甲", dt.date(2026, 11, 30), "converted"),
        ("己", "丙", dt.date(2026, 11, 4), "converted"),
        ("辛", "乙", dt.date(2026, 11, 5), "lead"),
        *((friend, "庚", dt.date(2026, 11, 6), "converted") for friend in "一二三四五"),
    ):
        links.set_referrer(ids[referred], ids[referrer], referred_on=day, status=status)
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for name, amount in (("乙", "19.99"), ("丙", "0.29"), ("己", "5.00"), ("戊二", "100.00")):
        purchases.record(ids[name], PurchaseDraft(dt.date(2026, 11, 30), "茶", amount))
    customers.trash(ids["丙"])
    customers.trash(ids["庚"])
    MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW).merge(ids["戊"], ids["戊二"])
    return ids


def test_leaderboard_tree_and_chains_sheet_count_the_same_referrals(db: Database) -> None:
    ids = _shop(db)
    reports = ReferralReports(db)
    board = {row.name: row for row in reports.leaderboard(*NOVEMBER)}
    # 庚 is in the Trash, 丙 too (her friend 己 is not hers to count while she is there).
    assert set(board) == {"甲", "乙"}
    top = board["甲"]
    # 乙, 丁 and 戊 (the merged file's referral, now on 戊): 丙 is in the Trash.
    assert (top.direct, top.converted) == (3, 2)
    assert top.spent_since_referral_cents == 1999 + 10000  # 乙 and 戊; not 丙's 0.29
    # Below 甲: 乙, 丁, 戊, 辛 (乙's) and 己 (below 丙, who is in the Trash but still between).
    assert top.chain_size == 5

    tree = reports.chain(ids["甲"])
    assert (tree.direct, tree.total, tree.generations) == (top.direct, top.chain_size, 2)
    assert tree.revenue_cents == 1999 + 10000 + 500  # 己's 5.00 counts, 丙's 0.29 does not
    shown = [(n.name, n.generation, n.in_trash) for n in tree.nodes]
    assert ("丙", 1, True) in shown and ("己", 2, False) in shown
    assert "戊二" not in {name for name, _generation, _trash in shown}
    assert tree.below()[ids["丙"]] == (1, 500)  # 己 below her; she herself adds nothing

    _leaderboard, chains = ReportBuilder(db, "en", now=NOW).referrals(*NOVEMBER)
    listed = [(row[0], row[1]) for row in chains.rows]
    assert listed == [("甲", "乙"), ("甲", "丁"), ("甲", "戊"), ("乙", "辛")]
    assert sum(1 for referrer, _friend in listed if referrer == "甲") == top.direct

    figures = reports.figures(*NOVEMBER)
    assert (figures.referrals, figures.converted) == (4, 2)  # 乙, 丁, 戊, 辛


def test_the_trash_emptied_hangs_the_friend_under_the_referrer_as_the_tree_showed(
    db: Database,
) -> None:
    """While 丙 is in the Trash, 己 already counts in 甲's chain; emptying the Trash moves her
    up a generation without changing 甲's figures."""
    ids = _shop(db)
    reports = ReferralReports(db)
    before = reports.chain(ids["甲"])
    CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW).empty_trash()
    after = reports.chain(ids["甲"])
    assert (after.total, after.revenue_cents) == (before.total, before.revenue_cents)
    assert after.direct == before.direct + 1  # 己, now brought in by 甲 directly
    assert [row.chain_size for row in reports.leaderboard() if row.name == "甲"] == [5]


def test_below_a_customer_the_trash_passes_on_what_is_under_it(db: Database) -> None:
    """上 brought 中, who brought 下 (in the Trash, bought 19.99), who brought 末 (bought 0.29):
    in 上's tree, 中 has one person below her, 末, and 0.29 spent."""
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    ids = {name: customers.create(CustomerDraft(name=name)).id for name in "上中下末"}
    links = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for referred, referrer, amount in (
        ("中", "上", None),
        ("下", "中", "19.99"),
        ("末", "下", "0.29"),
    ):
        links.set_referrer(ids[referred], ids[referrer], referred_on=dt.date(2026, 11, 1))
        if amount:
            purchases.record(ids[referred], PurchaseDraft(dt.date(2026, 11, 2), "茶", amount))
    customers.trash(ids["下"])
    tree = ReferralReports(db).chain(ids["上"])
    assert tree.below()[ids["中"]] == (1, 29)
    assert (tree.total, tree.revenue_cents, tree.generations) == (2, 29, 3)


def test_a_reward_for_bringing_someone_now_in_the_trash_is_not_owed(db: Database) -> None:
    """乙 brought 丙 and 丁, a gift owed for each; 丙 goes to the Trash: only 丁's is owed, and
    restoring 丙 brings hers back."""
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    ids = {name: customers.create(CustomerDraft(name=name)).id for name in "乙丙丁"}
    links = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    rewards = RewardService(db, clock=lambda: NOW)
    for friend in "丙丁":
        link = links.set_referrer(ids[friend], ids["乙"], status="converted")
        rewards.add(link.id, "gift", "19.99")
    customers.trash(ids["丙"])
    assert [(r.referrer_name, r.referred_name) for r in rewards.owed()] == [("乙", "丁")]
    customers.restore(ids["丙"])
    assert [r.referred_name for r in rewards.owed()] == ["丙", "丁"]
