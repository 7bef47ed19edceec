"""Revision 0006 fills the new search index for every customer already on file, keeping every
row; going back to 0005 gives the older search row again.

A copy of ``fixtures/custdesk-0005_opening_balance.db`` (what the previous version wrote) is
upgraded to head."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command

from custdesk.app import open_app
from custdesk.services.customers.customer_list import CustomerFilter
from custdesk.storage.db import make_engine
from custdesk.storage.migrate import alembic_config, upgrade_database
from custdesk.storage.search_index import rebuild_search_index
from tests.storage.test_released_schemas import FIXTURES, read, table_counts

PREVIOUS = "0005_opening_balance"
INDEX_ROWS = "SELECT rowid, name, pinyin, initials, phones, tags, wechat FROM customer_search"
GRAMS = "SELECT gram, customer_id FROM customer_search_grams"


def upgraded_copy(tmp_path: Path) -> Path:
    path = tmp_path / "custdesk.db"
    shutil.copy(FIXTURES / f"custdesk-{PREVIOUS}.db", path)
    return path


def test_every_customer_is_kept_and_indexed_as_a_save_would(tmp_path: Path) -> None:
    path = upgraded_copy(tmp_path)
    before = table_counts(path)
    customers = read(path, "SELECT id, name, name_pinyin, name_initials FROM customers ORDER BY id")

    upgrade_database(path)

    assert table_counts(path) == before  # customer_search included: one row per customer
    assert read(path, "SELECT id, name, name_pinyin, name_initials FROM customers ORDER BY id") == (
        customers
    )
    index, grams = sorted(read(path, INDEX_ROWS)), sorted(read(path, GRAMS))
    assert [row[0] for row in index] == [row[0] for row in customers]
    assert {row[1] for row in grams} == {row[0] for row in customers}
    # What the app itself writes for the same customers:
    with open_app(path) as app, app.db.writing() as session:
        rebuild_search_index(session)
    assert sorted(read(path, INDEX_ROWS)) == index
    assert sorted(read(path, GRAMS)) == grams
    assert read(path, "PRAGMA integrity_check") == [("ok",)]


def test_after_the_upgrade_one_character_of_a_given_name_finds_its_customer(
    tmp_path: Path,
) -> None:
    path = upgraded_copy(tmp_path)
    upgrade_database(path)
    named = read(path, "SELECT id, name FROM customers WHERE length(name) = 3 ORDER BY id")
    customer_id, name = named[0]
    with open_app(path) as app:
        found = app.services.customer_list.ids(CustomerFilter(text=str(name)[-1]))
    assert customer_id in found


def test_going_back_gives_the_older_search_row_to_every_customer(tmp_path: Path) -> None:
    path = upgraded_copy(tmp_path)
    before = read(path, "SELECT rowid, name, pinyin, initials, phones, tags FROM customer_search")
    upgrade_database(path)
    engine = make_engine(path, foreign_keys=False)
    try:
        config = alembic_config()
        with engine.connect() as connection, connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, PREVIOUS)
    finally:
        engine.dispose()
    after = read(path, "SELECT rowid, name, pinyin, initials, phones, tags FROM customer_search")
    assert sorted(after) == sorted(before)
    tables = read(path, "SELECT name FROM sqlite_master WHERE name = 'customer_search_grams'")
    assert tables == []
