"""Outlook's Categories are the contact's tags (a clerk's trial found "VIP" in the notes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from custdesk.services.customers.customers import CustomerService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import ImportService, OnDuplicate
from custdesk.storage.db import Database
from tests.services.spreadsheets.import_support import stored
from tests.services.spreadsheets.test_outlook_dates import outlook_file

NOW = dt.datetime(2026, 11, 30, 10, 0)


def test_outlook_categories_become_tags(tmp_path: Path, db: Database) -> None:
    names = {"First Name": "Ann", "Last Name": "Lee", "Mobile Phone": "13800138000",
             "Categories": "VIP;老客户"}  # fmt: skip
    path = outlook_file(tmp_path, "outlook-en.csv", "utf-8-sig", names)
    imports = ImportService(db, CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW))
    table = imports.read(path)
    imports.run(imports.check(table, imports.guess(table.headers)), OnDuplicate.SKIP)

    (customer,) = stored(db).values()
    assert sorted(customer.draft.tags) == ["VIP", "老客户"]
    assert "VIP" not in customer.draft.notes
