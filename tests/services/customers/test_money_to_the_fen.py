"""Money to the fen, from what the clerk types to what is stored, summed, printed and exported.

Amounts such as 1299 or 88.8 survive a trip through a float; 19.99 and 0.29 do not
(19.99 * 100 == 1998.9999999999998), so a float anywhere on the way stores or shows one fen
short. Every amount here is one of those, or sits on a limit."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from custdesk.cli_text import agenda_lines
from custdesk.errors import FieldProblem, ValidationError
from custdesk.services.contacts.agenda import AgendaService
from custdesk.services.customers.customer_list import CustomerFilter, CustomerListService, SortKey
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService, parse_amount
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.referrals.rewards import RewardService
from custdesk.services.shop.settings import settings_in, stage_rules_in
from custdesk.services.spreadsheets.dashboard import DashboardService
from custdesk.services.spreadsheets.excel_export import write_workbook
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.storage.db import Database
from tests.services.spreadsheets.awkward_shop import by_header

NOW = dt.datetime(2026, 11, 22, 16, 0)
TODAY = NOW.date()

# (as typed, fen): amounts a float gets wrong, with the clerk's commas, the yen sign, and the
# full-width forms a Chinese input method types.
TYPED_AMOUNTS = [
    ("0.29", 29),
    ("19.99", 1999),
    ("1,234.56", 123456),
    ("0.01", 1),
    ("100000.10", 10000010),
    ("0.57", 57),
    ("4.35", 435),
    ("1.15", 115),
    ("¥19.99", 1999),
    ("¥ 0.29", 29),
    ("￥１，２３４．５６", 123456),
    ("１９．９９", 1999),
    ("19，999.99", 1999999),
    (".29", 29),
    ("19.9", 1990),
    ("99,999,999.99", 9999999999),
]


@pytest.fixture
def customers(db: Database) -> CustomerService:
    return CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)


@pytest.fixture
def purchases(db: Database) -> PurchaseService:
    return PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)


def stored(db_path: Path, query: str) -> list[tuple[object, ...]]:
    """What is in the file itself, read past the app's own code."""
    with closing(sqlite3.connect(db_path)) as connection:
        return connection.execute(query).fetchall()


@pytest.mark.parametrize(("typed", "fen"), TYPED_AMOUNTS)
def test_a_typed_amount_is_read_to_the_fen(typed: str, fen: int) -> None:
    assert parse_amount(typed) == fen


def test_every_amount_is_stored_as_whole_fen_and_the_total_is_their_exact_sum(
    db: Database, db_path: Path, customers: CustomerService, purchases: PurchaseService
) -> None:
    customer = customers.create(CustomerDraft(name="张三")).id
    for days_ago, (typed, _fen) in enumerate(TYPED_AMOUNTS):
        # The newest today: a total that leaves out today's sale is short by its amount.
        day = TODAY - dt.timedelta(days=days_ago)
        purchases.record(customer, PurchaseDraft(day, "围巾", typed))
    fen = [fen for _typed, fen in TYPED_AMOUNTS]
    amounts = "SELECT amount_cents, typeof(amount_cents) FROM purchases ORDER BY id"
    assert stored(db_path, amounts) == [(amount, "integer") for amount in fen]
    total = "SELECT total_spent_cents, typeof(total_spent_cents) FROM customers"
    assert stored(db_path, total) == [(sum(fen), "integer")]
    assert [p.amount_cents for p in purchases.purchases_of(customer)] == fen
    assert customers.get(customer).total_spent_cents == sum(fen)
    assert customers.get(customer).purchase_count == len(fen)
    (row,) = CustomerListService(db).rows([customer])
    assert row.total_spent_cents == sum(fen)


def test_removing_a_purchase_takes_off_exactly_its_fen(
    customers: CustomerService, purchases: PurchaseService
) -> None:
    customer = customers.create(CustomerDraft(name="张三")).id
    for typed in ("19.99", "0.29", "0.01"):
        purchases.record(customer, PurchaseDraft(TODAY, "纽扣", typed))
    [cheapest] = [p for p in purchases.purchases_of(customer) if p.amount_cents == 29]
    purchases.remove(cheapest.id)
    assert customers.get(customer).total_spent_cents == 1999 + 1


def test_the_largest_amount_is_taken_and_one_fen_more_is_refused(
    customers: CustomerService, purchases: PurchaseService
) -> None:
    customer = customers.create(CustomerDraft(name="张三")).id
    purchases.record(customer, PurchaseDraft(TODAY, "整柜", "100,000,000.00"))
    assert customers.get(customer).total_spent_cents == 100_000_000_00
    with pytest.raises(ValidationError) as caught:
        purchases.record(customer, PurchaseDraft(TODAY, "整柜", "100,000,000.01"))
    assert caught.value.field_errors == {"amount": FieldProblem.OUT_OF_RANGE}
    assert customers.get(customer).total_spent_cents == 100_000_000_00


def test_the_fen_that_reaches_the_vip_spend_makes_the_customer_a_vip(
    customers: CustomerService, purchases: PurchaseService
) -> None:
    """The shop's default: VIP from 20,000.00 spent. 19,999.71 and then 0.29 reach it; through
    a float the 0.29 is 28 fen, and she would stay one fen short."""
    customer = customers.create(CustomerDraft(name="张三")).id
    purchases.record(customer, PurchaseDraft(TODAY, "貂皮大衣", "19,999.71"))
    assert customers.get(customer).stage == "new"
    purchases.record(customer, PurchaseDraft(TODAY, "纽扣", "0.29"))
    assert customers.get(customer).total_spent_cents == 2_000_000
    assert customers.get(customer).stage == "vip"


def test_a_reward_typed_in_yuan_is_kept_to_the_fen(
    db: Database, customers: CustomerService
) -> None:
    referrer = customers.create(CustomerDraft(name="王五")).id
    friend = customers.create(CustomerDraft(name="赵六")).id
    link = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW).set_referrer(
        friend, referrer
    )
    rewards = RewardService(db, clock=lambda: NOW)
    assert rewards.add(link.id, "voucher", "19.99").value_cents == 1999
    assert rewards.add(link.id, "cash", "０．２９").value_cents == 29


def referral_shop(db: Database, customers: CustomerService, purchases: PurchaseService) -> int:
    """王五 brought four friends: three bought (19.99, 0.29 and 1,234.56: 1,254.84 in all), one
    has not decided yet though she bought 100,000.10 (a lead: not the referrer's credit until
    converted). Each total is one a float would show a fen short."""
    referrer = customers.create(CustomerDraft(name="王五")).id
    links = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for name, amounts, status in (
        ("李娜", ("19.99",), "converted"),
        ("赵六", ("0.29",), "converted"),
        ("孙七", ("1,000.00", "234.56"), "converted"),
        ("周八", ("100000.10",), "lead"),
    ):
        friend = customers.create(CustomerDraft(name=name)).id
        for typed in amounts:
            purchases.record(friend, PurchaseDraft(dt.date(2026, 11, 2), "围巾", typed))
        links.set_referrer(friend, referrer, referred_on=dt.date(2026, 11, 1), status=status)
    return referrer


def test_referral_reports_and_the_dashboard_add_up_every_fen(
    db: Database, customers: CustomerService, purchases: PurchaseService
) -> None:
    referrer = referral_shop(db, customers, purchases)
    reports = ReferralReports(db)
    (leader,) = reports.leaderboard(dt.date(2026, 11, 1), TODAY)
    assert (leader.direct, leader.converted) == (4, 3)
    assert leader.spent_since_referral_cents == 1999 + 29 + 123456
    board = DashboardService(db, reports).dashboard(dt.date(2026, 11, 1), TODAY)
    assert [r.spent_since_referral_cents for r in board.top_referrers] == [1999 + 29 + 123456]
    chain = reports.chain(referrer)
    assert chain.revenue_cents == 1999 + 29 + 123456 + 10000010  # everyone below, converted or not
    assert {node.name: node.spent_cents for node in chain.nodes} == {
        "李娜": 1999,
        "赵六": 29,
        "孙七": 123456,
        "周八": 10000010,
    }


def test_the_due_list_prints_what_quiet_customers_spent_to_the_fen(
    db: Database, customers: CustomerService, purchases: PurchaseService
) -> None:
    """``custdesk due`` lists buyers who just went quiet, each with their spending."""
    last_seen = TODAY - dt.timedelta(days=90)  # the shop's default: dormant after 90 days
    for name, typed in (("李娜", "19.99"), ("赵六", "0.29"), ("孙七", "100000.10")):
        customer = customers.create(CustomerDraft(name=name)).id
        purchases.record(customer, PurchaseDraft(last_seen, "围巾", typed))
    agenda = AgendaService(db, settings=settings_in, today=lambda: TODAY).today()
    lines = list(agenda_lines(agenda, [], "en"))
    quiet = [line.split()[-1] for line in lines if last_seen.isoformat() in line]
    assert quiet == ["¥100,000.10", "¥19.99", "¥0.29"]  # biggest spender first


def test_the_excel_export_holds_each_amount_to_the_fen(
    db: Database, customers: CustomerService, purchases: PurchaseService, tmp_path: Path
) -> None:
    referral_shop(db, customers, purchases)
    out = tmp_path / "list.xlsx"
    builder = ReportBuilder(db, "en", now=NOW)
    listed = builder.customer_list(
        CustomerFilter(), SortKey.NAME, False, ["name", "total_spent"], "All customers"
    )
    write_workbook(out, [listed, *builder.referrals(dt.date(2026, 11, 1), TODAY)])
    book = openpyxl.load_workbook(out)

    def fen(cell: openpyxl.cell.Cell) -> Decimal:
        # The number Excel holds, read back as its shortest decimal (19.99, not 19.989999...).
        assert cell.number_format == "#,##0.00"
        return Decimal(repr(cell.value)) * 100

    spent = {row["Name"].value: fen(row["Total spent"]) for row in by_header(book["Customers"])}
    assert spent == {"王五": 0, "李娜": 1999, "赵六": 29, "孙七": 123456, "周八": 10000010}
    (leader,) = by_header(book["Referral leaderboard"])
    assert fen(leader["Spent by people they referred, since referral"]) == 1999 + 29 + 123456
