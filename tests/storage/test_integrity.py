"""SQLite's checks of a file, as storage.integrity hands them on, and the revision it records."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from custdesk.storage.db import Database, make_engine
from custdesk.storage.integrity import BrokenLink, broken_links, page_problems
from custdesk.storage.migrate import shipped_head, stored_revision


def test_a_sound_file_passes_both_checks(db: Database, db_path: Path) -> None:
    engine = make_engine(db_path, read_only=True)
    with engine.connect() as connection:
        assert page_problems(connection, quick=True, limit=1) == ["ok"]
        assert page_problems(connection, quick=False, limit=20) == ["ok"]
        assert broken_links(connection) == []
        assert stored_revision(connection) == shipped_head()
    engine.dispose()


def test_rows_pointing_nowhere_are_named_up_to_the_limit(db: Database, db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        for number in ("13800138000", "13900139000", "13700137000"):
            connection.execute(
                "INSERT INTO customer_phones (customer_id, number) VALUES (999, ?)", (number,)
            )
    engine = make_engine(db_path, read_only=True)
    with engine.connect() as connection:
        every = broken_links(connection)
        first = broken_links(connection, limit=2)
    engine.dispose()
    assert every == [BrokenLink("customer_phones", n, "customers") for n in (1, 2, 3)]
    assert first == every[:2]
