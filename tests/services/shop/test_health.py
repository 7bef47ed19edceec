"""check_database: phones shared by several customers are listed as a warning, not as damage."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from custdesk.services.shop.health import SharedPhone, check_database
from custdesk.storage.db import Database


def test_a_demo_shop_has_no_duplicate_phones(demo_db: Database, db_path: Path) -> None:
    report = check_database(db_path)
    assert report.ok
    assert (report.duplicate_phones, report.duplicate_phone_count) == ((), 0)


def test_a_phone_on_two_customers_is_listed_and_the_file_is_still_ok(
    demo_db: Database, db_path: Path
) -> None:
    with closing(sqlite3.connect(db_path)) as connection, connection:
        (first, first_name), (second, second_name), (gone, _) = connection.execute(
            "SELECT id, name FROM customers ORDER BY id LIMIT 3"
        ).fetchall()
        number = connection.execute(
            "SELECT min(number) FROM customer_phones WHERE customer_id = ?", (first,)
        ).fetchone()[0]
        for owner in (second, second, gone):  # twice on one customer counts once
            connection.execute(
                "INSERT INTO customer_phones (customer_id, number) VALUES (?, ?)", (owner, number)
            )
        # One customer with the same number twice is nobody else's duplicate.
        connection.execute(
            "INSERT INTO customer_phones (customer_id, number) "
            "SELECT customer_id, number FROM customer_phones WHERE customer_id = ?",
            (gone + 1,),
        )
        # A deleted (e.g. merged) customer keeps its phones: not a duplicate to merge.
        connection.execute(
            "UPDATE customers SET deleted_at = '2026-11-01 10:00' WHERE id = ?", (gone,)
        )

    report = check_database(db_path)

    assert report.ok  # a warning for the clerk, not damage
    assert report.duplicate_phones == (
        SharedPhone(number, ((first, first_name), (second, second_name))),
    )
    assert report.duplicate_phone_count == 1
    assert check_database(db_path, quick=True).duplicate_phones == ()  # start-up skips it
