"""The customers sheet from a fresh-user trial (issue 20): what each customer spent in all, and
phone labels in the workbook's language (a Chinese workbook wrote "mobile: 138 0013 8000")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.opening_balance import set_new_balances_in
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import (
    ImportService,
    OnDuplicate,
    import_rows,
)
from custdesk.services.spreadsheets.excel_export import write_workbook
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.storage.db import Database
from tests.services.spreadsheets.import_support import stored

NOW = dt.datetime(2026, 11, 30, 18, 0)
MOBILE, HOME = "13800138000", "0755 8888 6666"


def customers(db: Database) -> CustomerService:
    return CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)


def column(db: Database, language: str, at: int) -> dict[str, object]:
    """Each customer's cell in column ``at`` of the customers sheet, by name (column 0)."""
    return {row[0]: row[at] for row in ReportBuilder(db, language, now=NOW).customers().rows}


def test_total_spent_is_purchases_and_the_old_lists_amount_to_the_fen(db: Database) -> None:
    service = customers(db)
    jia, yi, bing, ding, _bought_nothing = (
        service.create(CustomerDraft(name=name)).id for name in ("甲", "乙", "丙", "丁", "戊")
    )
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases.record(jia, PurchaseDraft(dt.date(2026, 11, 1), "茶叶", "0.29"))
    purchases.record(jia, PurchaseDraft(dt.date(2026, 11, 30), "茶具", "19.99"))
    purchases.record(bing, PurchaseDraft(dt.date(2026, 11, 2), "茶叶", "5.00"))
    purchases.record(ding, PurchaseDraft(dt.date(2026, 11, 3), "茶叶", "1.00"))
    with db.writing() as session:
        set_new_balances_in(session, [(yi, 10000)])  # 100.00 from the old list, no purchase
    purchases.record(yi, PurchaseDraft(dt.date(2026, 11, 4), "茶叶", "0.29"))
    MergeService(db, stage_rules=stage_rules_in, clock=lambda: NOW).merge(jia, bing)
    service.trash(ding)
    headers = ReportBuilder(db, "en", now=NOW).customers().headers
    at = headers.index("Total spent (purchases and old list)")
    assert headers[at + 1] == "From the old list"  # beside it, and the old list's amount last
    # 甲: 0.29 + 19.99 + 丙's 5.00; 乙: 100.00 + 0.29; 戊 bought nothing; 丙 and 丁 are gone.
    assert column(db, "en", at) == {"甲": 2528, "乙": 10029, "戊": 0}


def test_a_chinese_workbook_writes_the_phone_kinds_in_chinese(db: Database) -> None:
    service = customers(db)
    service.create(
        CustomerDraft(name="张三", phones=(MOBILE, HOME), phone_labels=("mobile", "home"))
    )
    service.create(CustomerDraft(name="李四", phones=("13900139000",), phone_labels=("Mobile",)))
    service.create(CustomerDraft(name="王五", phones=("13700137000",), phone_labels=("老家",)))
    assert column(db, "zh_CN", 1) == {
        "张三": "手机: 138 0013 8000, 住宅: 0755 8888 6666",
        "李四": "手机: 139 0013 9000",  # from a Google file, capitalised
        "王五": "老家: 137 0013 7000",  # the clerk's own word, as typed
    }
    assert column(db, "en", 1) == {
        "张三": "mobile: 138 0013 8000, home: 0755 8888 6666",
        "李四": "Mobile: 139 0013 9000",
        "王五": "老家: 137 0013 7000",
    }


def test_the_import_leaves_the_total_out_of_the_notes_and_the_balance(
    tmp_path: Path, db: Database, new_shop_file: Callable[[Path], Path]
) -> None:
    jia = customers(db).create(CustomerDraft(name="甲")).id
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW).record(
        jia, PurchaseDraft(dt.date(2026, 11, 1), "茶叶", "19.99")
    )
    exported = tmp_path / "customers.xlsx"
    write_workbook(exported, [ReportBuilder(db, "zh_CN", now=NOW).customers()])
    fresh = Database.open(new_shop_file(tmp_path / "fresh" / "custdesk.db"))
    try:
        # As the import wizard and `custdesk import` map it: unknown columns go to the notes.
        importing = ImportService(fresh, customers(fresh))
        table = importing.read(exported)
        rows = importing.check(table, importing.guess(table.headers))
        report = import_rows(fresh, customers(fresh), rows, OnDuplicate.NEW, now=NOW)
        assert (report.imported, report.noted) == (1, [])
        imported = stored(fresh)["甲"]
        assert imported.draft.notes == ""
        # Neither an amount from the old list: its purchases were not in the sheet.
        assert (imported.opening_balance_cents, imported.total_spent_cents) == (0, 0)
    finally:
        fresh.close()
