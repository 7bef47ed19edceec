"""Revision 0008 indexes every Chinese landline on file as dialled within China too (0755 …),
keeping every row: a copy of ``fixtures/custdesk-0007_phone_book_order.db`` with a customer whose
landline was indexed as that version did is upgraded to head, and 0755 then finds her."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from custdesk.app import open_app
from custdesk.search_terms import search_row
from custdesk.services.customers.customer_list import CustomerFilter
from custdesk.storage.migrate import upgrade_database
from tests.storage.test_phone_book_order_migration import rows_in
from tests.storage.test_released_schemas import FIXTURES, read

PREVIOUS = "0007_phone_book_order"
LANDLINE, BEIJING, MOBILE = "+8675588886666", "+861062345678", "+8613800138010"


def previous_file(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """The previous version's file, with three customers added as it stored and indexed them:
    a Shenzhen landline, a Beijing one (area code 10) and a mobile."""
    path = tmp_path / "custdesk.db"
    shutil.copy(FIXTURES / f"custdesk-{PREVIOUS}.db", path)
    added = {}
    with closing(sqlite3.connect(path)) as connection, connection:
        for name, number in (("杨磊", LANDLINE), ("陈静", BEIJING), ("马超", MOBILE)):
            cursor = connection.execute(
                "INSERT INTO customers (name, name_pinyin, name_initials, name_sort_key) "
                "VALUES (?, '', '', ?)",
                (name, name),
            )
            added[name] = customer_id = int(cursor.lastrowid or 0)
            connection.execute(
                "INSERT INTO customer_phones (customer_id, number, label, position) "
                "VALUES (?, ?, '', 0)",
                (customer_id, number),
            )
            row = search_row(name, [number], [], "")
            old_phones = f"^^{number}$ ^^{number[3:]}$"  # 0007 knew no trunk 0
            connection.execute(
                "INSERT INTO customer_search (rowid, name, pinyin, initials, phones, tags, wechat) "
                "VALUES (?, ?, ?, ?, ?, '', '')",
                (customer_id, row.name, row.pinyin, row.initials, old_phones),
            )
            connection.executemany(
                "INSERT INTO customer_search_grams (gram, customer_id) VALUES (?, ?)",
                [(gram, customer_id) for gram in row.grams],
            )
    return path, added


def test_a_landline_is_found_by_its_area_code_after_the_upgrade(tmp_path: Path) -> None:
    path, added = previous_file(tmp_path)
    counts = rows_in(path)
    with open_app(path) as app:  # opening it upgrades it
        found = {
            typed: app.services.customer_list.ids(CustomerFilter(text=typed))
            for typed in ("0755", "0755-88886666", "075588886666", "010 6234 5678", "88886666")
        }
    assert found == {
        "0755": [added["杨磊"]],
        "0755-88886666": [added["杨磊"]],
        "075588886666": [added["杨磊"]],
        "010 6234 5678": [added["陈静"]],
        "88886666": [added["杨磊"]],
    }
    assert rows_in(path) == counts
    assert read(path, "PRAGMA integrity_check") == [("ok",)]
    mobile = read(path, f"SELECT phones FROM customer_search WHERE rowid = {added['马超']}")
    assert mobile == [(f"^^{MOBILE}$ ^^{MOBILE[3:]}$",)]  # a mobile is dialled without a 0


def test_upgrading_twice_changes_nothing_more(tmp_path: Path) -> None:
    path, _added = previous_file(tmp_path)
    upgrade_database(path)
    index = "SELECT rowid, * FROM customer_search ORDER BY rowid"
    first = read(path, index)
    upgrade_database(path)
    assert read(path, index) == first
