"""Birthdays as clerks' old lists hold them come in whole, or go to the notes with their column's
name: never a reason to lose the customer. Files in ``cases/`` are copies of the shared import
cases (../shared/cases/import, README there)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from custdesk import clock as shop_clock
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.date_reading import DateOrder
from custdesk.services.customers.records import CustomerDraft, CustomerRecord
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import (
    ImportReport,
    ImportService,
    OnDuplicate,
)
from custdesk.services.spreadsheets.excel_export import write_workbook
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.services.spreadsheets.import_files import Table, read_table
from custdesk.storage.db import Database
from custdesk.storage.migrate import upgrade_database

CASES = Path(__file__).parent / "cases"
NOW = dt.datetime(2026, 11, 30, 10, 0)


def imported(
    db: Database,
    table: Table,
    mapping: dict[str, int] | None = None,
    order: DateOrder | None = None,
) -> tuple[ImportReport, dict[str, CustomerRecord]]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    service = ImportService(db, customers)
    with shop_clock.frozen_at(NOW):
        rows = service.check(table, mapping or service.guess(table.headers), order)
        report = service.run(rows, OnDuplicate.SKIP)
    records = [customers.get(i) for i in CustomerListService(db).ids()]
    return report, {record.name: record for record in records}


def test_month_and_day_without_a_year(db: Database) -> None:
    report, people = imported(db, read_table(CASES / "birthday-without-year.csv"))
    assert (report.imported, report.skipped, report.noted) == (1, [], [])
    assert people["黄勇"].draft.birthday == Birthday(5, 3)  # 5月3日, the year not known


def test_a_year_and_month_go_to_the_notes_under_their_column_name(db: Database) -> None:
    table = read_table(CASES / "member-headers.csv")  # 会员姓名, 联系方式, 出生年月
    report, people = imported(db, table, {"name": 0, "phones": 1, "birthday": 2})
    assert (report.imported, report.skipped, report.noted) == (1, [], [(2, "birthday")])
    zhang = people["张伟"].draft
    assert (zhang.phones, zhang.birthday) == (("+8613800138000",), None)
    assert zhang.notes == "出生年月（原表）：1990.05"


def test_birthdays_below_a_title_row(db: Database) -> None:
    report, people = imported(db, read_table(CASES / "title-row-and-blank-row.xlsx"))
    assert report.imported == 2
    born = Birthday(5, 3, 1990)
    assert (people["张伟"].draft.birthday, people["刘洋"].draft.birthday) == (born, born)


def test_what_no_habit_covers_is_kept_in_the_notes_beside_the_rows_own(db: Database) -> None:
    table = Table(
        "名单",
        ["名单"],
        ["姓名", "生日", "备注"],
        [
            ["郑涛", "农历三月初八", "老客户"],
            ["未来", "2026-12-01", ""],  # tomorrow: no one is born yet
            ["空的", "0/0/00", ""],
        ],
    )
    report, people = imported(db, table)
    assert (report.imported, report.noted) == (3, [(2, "birthday"), (3, "birthday")])
    assert people["郑涛"].draft.notes == "老客户\n生日（原表）：农历三月初八"
    assert people["未来"].draft.notes == "生日（原表）：2026-12-01"
    assert (people["空的"].draft.birthday, people["空的"].draft.notes) == (None, "")


def test_the_order_decides_day_and_month_and_the_column_shows_it(db: Database) -> None:
    table = Table("名单", ["名单"], ["姓名", "生日"], [["甲", "5/3/1990"], ["乙", "15/3/1990"]])
    service = ImportService(db, CustomerService(db, stage_rules=stage_rules_in))
    assert service.ambiguous_date(table, {"name": 0, "birthday": 1}) is None  # 15/3: day first
    _report, people = imported(db, table)
    assert people["甲"].draft.birthday == Birthday(3, 5, 1990)
    american = Table("Outlook", ["Outlook"], ["Name", "Birthday"], [["Ann", "5/3/1990"]])
    assert service.ambiguous_date(american, {"name": 0, "birthday": 1}) == "5/3/1990"
    assert service.ambiguous_date(american, {"name": 0, "birthday": 1}, DateOrder.MDY) is None
    _report, people = imported(db, american, order=DateOrder.MDY)
    assert people["Ann"].draft.birthday == Birthday(5, 3, 1990)


def test_a_1904_workbooks_day_serials(db: Database) -> None:
    table = Table("Mac", ["Mac"], ["姓名", "生日"], [["老王", 31534]], date_system_1904=True)
    _report, people = imported(db, table)
    assert people["老王"].draft.birthday == Birthday(5, 3, 1990)


def test_our_export_brings_back_birthdays_without_a_year_and_1900(
    tmp_path: Path, db: Database
) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    kept = {"黄勇": Birthday(5, 3), "最老": Birthday(1, 1, 1900), "闰日": Birthday(2, 29)}
    for name, birthday in kept.items():
        customers.create(CustomerDraft(name=name, birthday=birthday))
    exported = tmp_path / "customers.xlsx"
    write_workbook(exported, [ReportBuilder(db, "zh_CN", now=NOW).customers()])
    other_path = tmp_path / "other.db"
    upgrade_database(other_path)
    other = Database.open(other_path)
    try:
        report, people = imported(other, read_table(exported))
    finally:
        other.close()
    assert (report.imported, report.noted) == (3, [])
    assert {name: record.draft.birthday for name, record in people.items()} == kept
