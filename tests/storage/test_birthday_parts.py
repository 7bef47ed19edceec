"""Revision 0004 turns each stored birthday into its parts, keeping every customer and every
date: 1900-01-01 is a birthday like any other, not "no birthday".

A copy of ``fixtures/custdesk-0003_clean_stored_text.db`` gets the birthdays that matter (the
oldest allowed day, 29 February, the last day of a year, none, and one text no CustDesk wrote),
written with raw sqlite3 as the previous version stored them, and is then upgraded to head.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from custdesk.app import open_app
from custdesk.services.customers.calendar import Birthday
from custdesk.storage.migrate import upgrade_database
from tests.storage.test_released_schemas import FIXTURES, read, table_counts

PREVIOUS = "0003_clean_stored_text"
SET = {"1900-01-01": Birthday(1, 1, 1900), "2000-02-29": Birthday(2, 29, 2000),
       "1985-12-31": Birthday(12, 31, 1985), None: None}  # fmt: skip


def test_every_birthday_and_every_customer_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "custdesk.db"
    shutil.copy(FIXTURES / f"custdesk-{PREVIOUS}.db", path)
    with closing(sqlite3.connect(path)) as connection, connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM customers ORDER BY id")]
        for customer_id, stored in zip(ids, [*SET, "not a date"], strict=False):
            connection.execute(
                "UPDATE customers SET birthday = ?, notes = '' WHERE id = ?", (stored, customer_id)
            )
        others = dict(
            connection.execute("SELECT id, birthday FROM customers WHERE id > ?", (ids[4],))
        )
    before = table_counts(path)

    upgrade_database(path)

    assert table_counts(path) == before  # no customer, purchase or visit lost
    with open_app(path) as app:
        customers = app.services.customers
        for customer_id, expected in zip(ids, SET.values(), strict=False):
            assert customers.get(customer_id).draft.birthday == expected
        unreadable = customers.get(ids[4]).draft
        assert (unreadable.birthday, unreadable.notes) == (None, "生日（升级前）：not a date")
        for customer_id, stored in others.items():  # the demo's birthdays, as they were
            kept = customers.get(customer_id).draft.birthday
            assert (str(kept) if kept else None) == stored
    assert read(path, "PRAGMA integrity_check") == [("ok",)]
