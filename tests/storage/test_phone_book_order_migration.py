"""Revision 0007 files every customer already on file in phone-book order and gives names with a
surname reading their keys again, keeping every row; going back and up again changes nothing.

A copy of ``fixtures/custdesk-0006_short_name_search.db`` (what the previous version wrote), with a
few customers added as that version stored them, is upgraded to head."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command

from custdesk.app import open_app
from custdesk.name_keys import phone_book_key
from custdesk.services.customers.customer_list import CustomerFilter
from custdesk.storage.db import make_engine
from custdesk.storage.migrate import alembic_config, upgrade_database
from tests.storage.test_released_schemas import FIXTURES, read, table_counts

PREVIOUS = "0006_short_name_search"
FIGURES = (
    "SELECT id, name, stage, total_spent_cents, opening_balance_cents, last_contact_at, notes "
    "FROM customers ORDER BY id"
)
# As the previous version stored them: 卜 read bo only (its list had no 卜).
OLD_ROWS = (("卜学亮", "boxueliang", "bxl"), ("陈华", "chenhua", "ch"), ("程刚", "chenggang", "cg"))
OLD_ROWS += (("陈芳", "chenfang", "cf"),)
OLD_SYLLABLES = {
    "卜学亮": ("bo", "xue", "liang"),
    "陈华": ("chen", "hua"),
    "程刚": ("cheng", "gang"),
    "陈芳": ("chen", "fang"),
}


def rows_in(path: Path) -> dict[str, int]:
    """Rows of every table but the search index's own storage (FTS5's shadow tables, whose
    blocks change when a row is written again)."""
    return {
        table: count
        for table, count in table_counts(path).items()
        if not table.startswith("customer_search_")
    }


def previous_file(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "custdesk.db"
    shutil.copy(FIXTURES / f"custdesk-{PREVIOUS}.db", path)
    added = {}
    with closing(sqlite3.connect(path)) as connection, connection:
        for name, pinyin, initials in OLD_ROWS:
            cursor = connection.execute(
                "INSERT INTO customers (name, name_pinyin, name_initials) VALUES (?, ?, ?)",
                (name, pinyin, initials),
            )
            added[name] = int(cursor.lastrowid or 0)
            # Its search row as 0006 made it from the old reading: whole keys ^^…$, pinyin
            # from each syllable start, and the one- and two-character pieces of the name.
            syllables = OLD_SYLLABLES[name]
            starts = " ".join("^" + "".join(syllables[i:]) for i in range(1, len(syllables)))
            connection.execute(
                "INSERT INTO customer_search (rowid, name, pinyin, initials, phones, tags, wechat) "
                "VALUES (?, ?, ?, ?, '', '', '')",
                (added[name], name, f"^^{pinyin}$ {starts}", f"^^{initials}$"),
            )
            pieces = {name[i : i + n] for n in (1, 2) for i in range(len(name) - n + 1)}
            connection.executemany(
                "INSERT INTO customer_search_grams (gram, customer_id) VALUES (?, ?)",
                [(piece, added[name]) for piece in pieces],
            )
    return path, added


def test_every_customer_is_kept_and_filed_in_phone_book_order(tmp_path: Path) -> None:
    path, added = previous_file(tmp_path)
    rows_in_before, figures = rows_in(path), read(path, FIGURES)

    upgrade_database(path)

    assert rows_in(path) == rows_in_before  # no customer, purchase or visit lost
    assert read(path, FIGURES) == figures
    keys = read(path, "SELECT name, name_sort_key FROM customers")
    assert len(keys) == rows_in_before["customers"]
    assert [name for name, key in keys if key != phone_book_key(str(name))] == []
    assert read(path, "PRAGMA integrity_check") == [("ok",)]
    with open_app(path) as app:
        listed = app.services.customer_list.ids()
        ours = [customer for customer in listed if customer in added.values()]
        assert ours == [added["卜学亮"], added["陈芳"], added["陈华"], added["程刚"]]
        assert app.services.customer_list.ids(CustomerFilter(text="buxueliang")) == [
            added["卜学亮"]
        ]


def test_going_back_and_up_again_gives_the_same_file(tmp_path: Path) -> None:
    path, _added = previous_file(tmp_path)
    upgrade_database(path)
    keys_sql = "SELECT id, name_pinyin, name_initials, name_sort_key FROM customers ORDER BY id"
    first_keys, counts = read(path, keys_sql), rows_in(path)
    engine = make_engine(path, foreign_keys=False)
    try:
        config = alembic_config()
        with engine.connect() as connection, connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, PREVIOUS)
    finally:
        engine.dispose()
    columns = [row[1] for row in read(path, "PRAGMA table_info('customers')")]
    assert "name_sort_key" not in columns

    upgrade_database(path)

    assert read(path, keys_sql) == first_keys
    assert rows_in(path) == counts
