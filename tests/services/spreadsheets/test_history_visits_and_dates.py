"""A visit history goes in as visits logged in the window do (last contact, the next follow-up by
the customer's rhythm), and a history row's date is a day of the shop's calendar: the first and
last day of a year kept as written, and "today" turning over at local midnight (UTC+8)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from custdesk import clock as shop_clock
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitFilter, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.history_import import HistoryImportService, HistoryKind
from custdesk.services.spreadsheets.history_words import history_messages
from custdesk.storage.db import Database
from tests.services.spreadsheets.history_support import csv_file, import_history_file, shop_with


def test_visits_go_in_with_their_kinds_and_move_the_last_contact(
    tmp_path: Path, db: Database
) -> None:
    ids = shop_with(db, ("张伟", "13800138000"), ("王芳", "13900139000"))
    path = csv_file(
        tmp_path,
        "电话,日期,方式,项目,备注\n"
        "13800138000,2026-11-01,到店,试穿,\n"
        "13800138000,2026-11-02,电话,,回访满意\n"
        "13800138000,2026-11-03,微信,,\n"
        "13800138000,2026-11-04,上门,,\n"
        "13800138000,2026-11-05,Phone call-back,,\n"  # our own export's word
        "13800138000,2026-11-06,,,\n"  # no kind: a store visit, as the form starts
        "13900139000,2026-11-07,飞鸽传书,,\n",
    )
    rows, report = import_history_file(db, path)
    assert [m.sentence for m in history_messages(rows, "en")] == [
        "Row 8, 王芳: Kind: Please pick from the list. The row was not imported."
    ]
    assert (report.imported, report.customers) == (6, 1)
    visits = VisitService(db, stage_rules=stage_rules_in).visits(
        VisitFilter(customer_id=ids["张伟"])
    )
    assert [(v.occurred_at.date().day, v.kind, v.purpose, v.notes) for v in reversed(visits)] == [
        (1, "store", "试穿", ""),
        (2, "call", "", "回访满意"),
        (3, "message", "", ""),
        (4, "home", "", ""),
        (5, "call", "", ""),
        (6, "store", "", ""),
    ]
    zhang = CustomerService(db, stage_rules=stage_rules_in).get(ids["张伟"])
    assert zhang.last_contact_at == dt.datetime(2026, 11, 6, 0, 0)
    assert (zhang.purchase_count, zhang.stage) == (0, "prospect")  # visits are not purchases


def test_a_customer_with_a_rhythm_is_due_after_the_latest_visit_imported(
    tmp_path: Path, db: Database
) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in)
    zhang = customers.create(
        CustomerDraft(name="张伟", phones=("13800138000",), follow_up_cadence_days=30)
    )
    path = csv_file(
        tmp_path,
        "电话,日期,方式\n13800138000,2026-10-01,到店\n13800138000,2026-11-03,电话\n",
    )
    import_history_file(db, path)
    assert customers.get(zhang.id).next_follow_up_on == dt.date(2026, 12, 3)
    pending = FollowUpService(db, stage_rules=stage_rules_in).pending_for(zhang.id)
    assert [item.due_on for item in pending] == [dt.date(2026, 12, 3)]


def purchases_on(db: Database, customer_id: int) -> list[dt.date]:
    records = PurchaseService(db, stage_rules=stage_rules_in).purchases_of(customer_id)
    return sorted(p.purchased_on for p in records)


def check_at(db: Database, path: Path, moment: dt.datetime) -> list[str]:
    """The rows' sentences when checked and imported on the shop's clock at ``moment``."""
    with shop_clock.frozen_at(moment):
        service = HistoryImportService(db, stage_rules=stage_rules_in)  # the shop's clock
        table = service.read(path)
        rows = service.check(table, service.guess(table.headers), HistoryKind.PURCHASES)
        service.run(rows, HistoryKind.PURCHASES)
    return [m.sentence for m in history_messages(rows, "en")]


def test_new_years_day_is_today_from_local_midnight(tmp_path: Path, db: Database) -> None:
    ids = shop_with(db, ("张伟", "13800138000"))
    path = csv_file(tmp_path, "电话,日期,商品,金额\n13800138000,2027-01-01,红包,88\n")
    last_second = dt.datetime(2026, 12, 31, 23, 59, 59)  # 15:59:59 UTC: still 2026 in the shop
    assert check_at(db, path, last_second) == [
        "Row 2, 张伟: Date: This date is in the future. The row was not imported."
    ]
    assert purchases_on(db, ids["张伟"]) == []
    assert check_at(db, path, dt.datetime(2027, 1, 1, 0, 0)) == []  # 16:00 UTC the day before
    assert purchases_on(db, ids["张伟"]) == [dt.date(2027, 1, 1)]


def test_the_first_and_last_days_of_a_year_are_kept_as_written(
    tmp_path: Path, db: Database
) -> None:
    ids = shop_with(db, ("张伟", "13800138000"))
    path = csv_file(
        tmp_path,
        "电话,日期,商品,金额\n"
        "13800138000,2025年12月31日,围巾,1\n"
        "13800138000,2026.1.1,手套,1\n"
        "13800138000,1900-01-01,纽扣,1\n",
    )
    assert check_at(db, path, dt.datetime(2026, 1, 1, 0, 0)) == []
    assert purchases_on(db, ids["张伟"]) == [
        dt.date(1900, 1, 1), dt.date(2025, 12, 31), dt.date(2026, 1, 1)
    ]  # fmt: skip
