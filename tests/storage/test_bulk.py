"""bulk_insert writes exactly the rows SQLAlchemy's own insert writes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from custdesk.storage import bulk, orm
from custdesk.storage.bulk import bulk_insert, secondary_indexes_set_aside
from custdesk.storage.db import Database
from custdesk.storage.migrate import upgrade_database

ROWS = [
    {
        "id": n,
        "name": name,
        "last_purchase_on": last_purchase,
        "is_important": important,
        "notes": notes,
        "follow_up_cadence_days": cadence,
        "created_at": dt.datetime(2026, 11, 22, 9, 30, 15, 123456),
        "updated_at": dt.datetime(2026, 11, 22, 9, 30),
        "temperament": None,
    }
    for n, (name, last_purchase, important, notes, cadence) in enumerate(
        [
            ("张三", dt.date(1990, 2, 28), True, "", 30),
            ("O'Brien", None, False, "带'引号\"的备注", None),
            ("=1+1", dt.date(2000, 2, 29), False, "\n多行\n", 7),
        ],
        start=1,
    )
]


def dump(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT * FROM customers ORDER BY id").fetchall()


def test_the_same_rows_as_an_orm_insert(tmp_path: Path) -> None:
    files = []
    for how in ("orm", "bulk"):
        path = tmp_path / f"{how}.db"
        upgrade_database(path)
        database = Database.open(path)
        with database.writing() as session:
            if how == "orm":
                session.execute(insert(orm.table_of(orm.Customer)), ROWS)
            else:
                bulk_insert(session, orm.table_of(orm.Customer), ROWS)
        database.close()
        files.append(path)
    assert dump(files[0]) == dump(files[1])
    with closing(sqlite3.connect(files[1])) as connection:
        stored = connection.execute("SELECT last_purchase_on FROM customers WHERE id = 1")
        assert stored.fetchone() == ("1990-02-28",)  # stored as SQLAlchemy stores dates


def test_rows_beyond_one_chunk_all_go_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)
    path = tmp_path / "chunks.db"
    upgrade_database(path)
    database = Database.open(path)
    with database.writing() as session:
        bulk_insert(session, orm.table_of(orm.Customer), ROWS)
    database.close()
    assert [row[0] for row in dump(path)] == [1, 2, 3]


def test_indexes_set_aside_are_the_plain_ones_of_the_tables_named(db: Database) -> None:
    """A unique index guards the load itself and stays; a plain one of a table not named stays."""
    with db.writing() as session:
        session.execute(text("CREATE TABLE loaded (code TEXT, town TEXT)"))
        session.execute(text("CREATE UNIQUE INDEX ix_loaded_code ON loaded (code)"))
        session.execute(text("CREATE INDEX ix_loaded_town ON loaded (town)"))
    listed = "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%' ORDER BY 1"
    with db.writing() as session:
        before = session.scalars(text(listed)).all()
        with secondary_indexes_set_aside(session, ["loaded"]):
            during = session.scalars(text(listed)).all()
        after = session.scalars(text(listed)).all()
    assert "ix_loaded_town" in before and "ix_customer_phones_number" in before
    assert set(before) - set(during) == {"ix_loaded_town"}
    assert after == before
