"""Importing a file the way ``custdesk import`` does, and reading back what was stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerRecord
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import (
    ImportReport,
    OnDuplicate,
    RowResult,
    guess_mapping,
    import_rows,
    preview,
)
from custdesk.services.spreadsheets.import_files import read_table
from custdesk.storage import orm
from custdesk.storage.db import Database
from tests.case_files import IMPORT_CASES

NOW = dt.datetime(2026, 11, 22, 10, 0)
CASES = IMPORT_CASES  # copies of ../shared/cases/import, committed for CI
FIXTURES = Path(__file__).parent / "import_fixtures"


def import_file(
    db: Database, path: Path, on_duplicate: OnDuplicate = OnDuplicate.SKIP
) -> tuple[list[RowResult], ImportReport]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    table = read_table(path)
    rows = preview(table, guess_mapping(table.headers), customers)
    return rows, import_rows(db, customers, rows, on_duplicate, now=NOW)


def stored(db: Database) -> dict[str, CustomerRecord]:
    """Every customer on file, by name."""
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    records = (customers.get(i) for i in CustomerListService(db).ids())
    return {record.name: record for record in records}


def stored_labels(db: Database, name: str) -> list[tuple[str, str]]:
    """(number, label) of a customer's phones as the database holds them, in order."""
    phone = orm.CustomerPhone
    query = (
        select(phone.number, phone.label)
        .join(orm.Customer, orm.Customer.id == phone.customer_id)
        .where(orm.Customer.name == name)
        .order_by(phone.position)
    )
    with db.reading() as session:
        return [(number, label) for number, label in session.execute(query)]
