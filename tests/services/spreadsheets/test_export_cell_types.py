"""What each export puts in each cell, as Excel will read it: a phone, a card number or a WeChat
id written as a number loses its leading 0 (0755 8888 1234 becomes 75588881234) and can no
longer be dialled or looked up; money written as text cannot be summed; a date written as text
cannot be sorted or filtered by month."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from custdesk.cli import main
from custdesk.services.customers.customer_list import CustomerFilter, SortKey
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import ImportService, OnDuplicate
from custdesk.services.spreadsheets.excel_export import write_workbook
from custdesk.services.spreadsheets.export_reports import Report, ReportBuilder
from custdesk.services.spreadsheets.export_words import LIST_COLUMNS
from custdesk.services.spreadsheets.import_words import skipped_rows_sheet
from custdesk.storage.db import Database
from tests.services.spreadsheets.awkward_shop import (
    CARD_NUMBER,
    FORMULA_NAME,
    LATE_VISIT,
    LIST_COLUMNS_SHOWN,
    MIDNIGHT_VISIT,
    MOBILE,
    NOW,
    REPORT_COLUMNS,
    SHANGHAI_LANDLINE,
    SHENZHEN_LANDLINE,
    WECHAT_ID,
    AwkwardShop,
    build_awkward_shop,
    by_header,
    column_type_problems,
)

SINCE = dt.date(2026, 10, 1)  # every record of the awkward shop lies in October or November
# The chains sheet's header says how generations are numbered: as the tree numbers them.
GENERATION = "Generation (1 = brought in by the chain's first)"


@pytest.fixture
def shop(db: Database) -> AwkwardShop:
    return build_awkward_shop(db)


@pytest.fixture
def reports(db: Database, shop: AwkwardShop, tmp_path: Path) -> openpyxl.Workbook:
    """Every report of ``custdesk export`` and the window's Export dialog, in one workbook."""
    out = tmp_path / "reports.xlsx"
    write_workbook(out, ReportBuilder(db, "en", now=NOW).sheets(list(Report), SINCE, NOW.date()))
    return openpyxl.load_workbook(out)


def names(ws: openpyxl.worksheet.worksheet.Worksheet, column: str) -> dict[str, dict]:
    return {row[column].value: row for row in by_header(ws)}


@pytest.mark.parametrize("title", list(REPORT_COLUMNS))
def test_every_column_of_every_report_holds_its_kind_of_cell(
    reports: openpyxl.Workbook, title: str
) -> None:
    ws = reports[title]
    assert ws.max_row > 3, f"{title} has no rows: nothing was checked"
    assert column_type_problems(ws, REPORT_COLUMNS[title]) == []


def test_phones_card_numbers_and_wechat_ids_keep_their_leading_zeros(
    reports: openpyxl.Workbook,
) -> None:
    customers = names(reports["Customers"], "Name")
    wang = customers["王小明"]
    assert wang["Phones"].value == f"{SHENZHEN_LANDLINE}, {SHANGHAI_LANDLINE}"
    assert (wang["WeChat"].value, wang["Notes"].value) == (WECHAT_ID, CARD_NUMBER)
    assert wang["Tags"].value == "007"
    assert customers["李娜"]["Phones"].value == MOBILE
    visits = names(reports["Visits"], "Customer")
    assert visits["王小明"]["Phone"].value == SHENZHEN_LANDLINE
    assert visits["李娜"]["Notes"].value == CARD_NUMBER
    follow_ups = names(reports["Follow-ups due"], "Customer")
    assert follow_ups["王小明"]["Phone"].value == SHENZHEN_LANDLINE
    assert follow_ups["李娜"]["Phone"].value == MOBILE
    (complaint,) = by_header(reports["Complaints"])
    assert complaint["Category"].value == "007"


def test_dates_are_the_shops_own_days_and_moments(reports: openpyxl.Workbook) -> None:
    """Stored local times go out as they are: a visit at midnight on 1 November is not moved
    to the evening of 31 October (UTC), nor the other way round."""
    customers = names(reports["Customers"], "Name")
    assert customers["李娜"]["Birthday"].value == dt.datetime(1985, 12, 31)
    visits = names(reports["Visits"], "Customer")
    assert visits["李娜"]["When"].value == MIDNIGHT_VISIT
    assert visits["王小明"]["When"].value == LATE_VISIT
    follow_ups = names(reports["Follow-ups due"], "Customer")
    assert follow_ups["王小明"]["Due"].value == dt.datetime(2026, 11, 20)
    assert follow_ups["王小明"]["Days late"].value == 2
    (complaint,) = by_header(reports["Complaints"])
    assert complaint["Received"].value == dt.datetime(2026, 11, 21, 10, 0)
    assert complaint["Resolved at"].value == dt.datetime(2026, 11, 21, 18, 0)
    chains = names(reports["Referral chains"], "Referred customer")
    assert chains["李娜"]["Referred on"].value == dt.datetime(2026, 10, 15)
    assert chains[FORMULA_NAME]["Referred on"].value == dt.datetime(2026, 11, 1)


def test_text_that_looks_like_a_formula_stays_text_in_every_sheet(
    reports: openpyxl.Workbook, tmp_path: Path
) -> None:
    starts = ("=", "+", "-", "@")
    risky = [
        cell
        for ws in reports.worksheets
        for row in ws.iter_rows(min_row=4)
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith(starts)
    ]
    # The shop has such text in names, phones' neighbours, purposes, outcomes, clerks, notes.
    assert {cell.value for cell in risky} >= {
        FORMULA_NAME, "-1层 B12", "+86 外贸", "@太太", "@lina", "+加购", "-退货", "=小王",
        "=回访", "-起球", "@已换新",
    }  # fmt: skip
    assert [cell.coordinate for cell in risky if cell.data_type != "s"] == []
    with zipfile.ZipFile(tmp_path / "reports.xlsx") as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert sheets and all(b"<f>" not in archive.read(name) for name in sheets)


def test_the_customer_list_export_types_every_column(
    db: Database, shop: AwkwardShop, tmp_path: Path
) -> None:
    """What the customers page exports, with every column it can show."""
    out = tmp_path / "list.xlsx"
    builder = ReportBuilder(db, "en", now=NOW)
    sheet = builder.customer_list(
        CustomerFilter(), SortKey.NAME, False, list(LIST_COLUMNS), "All customers"
    )
    write_workbook(out, [sheet])
    ws = openpyxl.load_workbook(out).active
    assert column_type_problems(ws, LIST_COLUMNS_SHOWN) == []
    rows = names(ws, "Name")
    assert set(rows) == {"王小明", "李娜", FORMULA_NAME}
    assert rows["王小明"]["Phone"].value == SHENZHEN_LANDLINE  # the first number
    assert rows["王小明"]["Tags"].value == "007"
    assert rows["王小明"]["Age"].value == 36
    assert rows["李娜"]["Last contact"].value == dt.datetime(2026, 11, 20)  # her purchase day
    assert rows["李娜"]["Due"].value == dt.datetime(2026, 11, 22)  # the complaint check-back
    assert rows[FORMULA_NAME]["Name"].data_type == "s"


def test_rows_an_import_skipped_keep_what_the_clerk_typed(
    db: Database, shop: AwkwardShop, tmp_path: Path
) -> None:
    """The errors workbook is fixed and imported again: a landline or a card number that came
    back as a number would be imported without its 0."""
    typed = tmp_path / "new customers.csv"
    with typed.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "电话", "微信", "备注"])
        writer.writerow(["", "0755-8888 1234", "000123", CARD_NUMBER])  # 王小明's number: skipped
        writer.writerow(["=1+1", "0755-8888 1234", "", ""])  # 王小明's number: skipped
    imports = ImportService(db, CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW))
    table = imports.read(typed)
    rows = imports.check(table, imports.guess(table.headers))
    report = imports.run(rows, OnDuplicate.SKIP)
    assert len(report.skipped) == 2
    out = tmp_path / "errors.xlsx"
    write_workbook(out, [skipped_rows_sheet(table, rows, report, "en")])
    ws = openpyxl.load_workbook(out).active
    typed_columns = {
        "row": "whole",
        "name": "text",
        "problem": "text",
        "姓名": "text",
        "电话": "text",
    }
    assert column_type_problems(ws, typed_columns | {"微信": "text", "备注": "text"}) == []
    first, second = by_header(ws)
    assert [first[h].value for h in ("row", "电话", "微信", "备注")] == [
        2,
        "0755-8888 1234",
        "000123",
        CARD_NUMBER,
    ]
    assert (second["姓名"].value, second["姓名"].data_type) == (FORMULA_NAME, "s")


def test_custdesk_export_writes_every_report_with_the_same_cell_types(
    db_path: Path, shop: AwkwardShop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.xlsx"
    command = ["export", *(r.value for r in Report), "--out", str(out), "--lang", "en"]
    dates = ["--from", SINCE.isoformat(), "--to", NOW.date().isoformat()]
    assert main([*command, *dates, "--db", str(db_path)]) == 0
    assert "export: " in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == list(REPORT_COLUMNS)
    for title, columns in REPORT_COLUMNS.items():
        assert book[title].max_row > 3, title
        assert column_type_problems(book[title], columns) == []
    wang = names(book["Customers"], "Name")["王小明"]
    assert wang["Phones"].value == f"{SHENZHEN_LANDLINE}, {SHANGHAI_LANDLINE}"
    assert wang["Notes"].value == CARD_NUMBER
    leader = names(book["Referral leaderboard"], "Referrer")["王小明"]
    spent = leader["Spent by people they referred, since referral"]
    assert spent.value == 20.28  # 李娜's 19.99 + 0.29


def test_the_referral_chains_sheet_counts_generations_as_the_chain_view_does(
    db: Database, shop: AwkwardShop, tmp_path: Path
) -> None:
    """A friend brought in directly by someone nobody referred is generation 1 on the
    referrals page; the sheet said 2 (it counted the friend herself as a step)."""
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    grandchild = customers.create(CustomerDraft(name="赵六")).id
    ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW).set_referrer(
        grandchild, shop.li_na, referred_on=dt.date(2026, 11, 2)
    )
    out = tmp_path / "chains.xlsx"
    write_workbook(out, ReportBuilder(db, "en", now=NOW).referrals(None, None))
    chains = by_header(openpyxl.load_workbook(out)["Referral chains"])
    exported = {row["Referred customer"].value: row[GENERATION].value for row in chains}
    assert exported == {"李娜": 1, FORMULA_NAME: 1, "赵六": 2}
    shown = {node.name: node.generation for node in ReferralReports(db).chain(shop.wang).nodes}
    assert exported == shown


def test_the_visits_sheet_says_what_each_visit_was(reports: openpyxl.Workbook) -> None:
    """Each column of a visit holds that visit's own field, the kind in the clerk's words."""
    fields = ("Kind", "Purpose", "Outcome", "Satisfaction", "Served by", "Notes")
    visits = {
        name: tuple(row[field].value for field in fields)
        for name, row in names(reports["Visits"], "Customer").items()
    }
    assert visits == {
        "李娜": ("Phone call-back", "+加购", None, 5, None, CARD_NUMBER),
        "王小明": ("Store visit", None, "-退货", None, "=小王", None),
    }
