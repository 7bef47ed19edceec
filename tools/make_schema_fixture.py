"""Make the database file a released schema version would have written, for the upgrade tests.

``python tools/make_schema_fixture.py 0002_customer_search`` writes
``tests/storage/fixtures/custdesk-0002_customer_search.db``: demo customers with purchases,
visits, referral chains, rewards and complaints, in exactly the tables and columns of that
version. Run it once for each new migration, before the next one changes the schema again
(a test fails while a revision has no file).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

from custdesk.services.shop.demo import generate_demo
from custdesk.storage.db import Database
from custdesk.storage.migrate import upgrade_database

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "storage" / "fixtures"


def columns(connection: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA {schema}.table_info('{table}')")]


def make(revision: str) -> Path:
    target = FIXTURES / f"custdesk-{revision}.db"
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        full = Path(scratch) / "head.db"
        upgrade_database(full)
        database = Database.open(full)
        generate_demo(database, 200, seed=9, today=dt.date(2026, 6, 1))
        database.close()
        upgrade_database(target, target=revision, backup_dir=Path(scratch))
        with closing(sqlite3.connect(target)) as connection:
            connection.execute("PRAGMA foreign_keys=OFF")
            connection.execute("ATTACH DATABASE ? AS head", (str(full),))
            tables = [
                name
                for (name,) in connection.execute(
                    "SELECT name FROM main.sqlite_master WHERE type='table' "
                    "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
                )
            ]
            with connection:
                for table in tables:
                    shared = [c for c in columns(connection, "main", table)
                              if c in columns(connection, "head", table)]  # fmt: skip
                    names = ", ".join(f'"{c}"' for c in shared)
                    connection.execute(f"DELETE FROM main.{table}")
                    connection.execute(
                        f"INSERT INTO main.{table} ({names}) SELECT {names} FROM head.{table}"
                    )
                if "birthday" in columns(connection, "main", "customers"):
                    # Before 0004 a birthday was one date column; head keeps its parts.
                    connection.execute(
                        "UPDATE main.customers SET birthday = (SELECT printf('%04d-%02d-%02d', "
                        "h.birth_year, h.birth_month, h.birth_day) FROM head.customers h "
                        "WHERE h.id = main.customers.id AND h.birth_year IS NOT NULL)"
                    )
            connection.execute("DETACH DATABASE head")
            connection.execute("PRAGMA journal_mode=DELETE")
            connection.execute("VACUUM")
    return target


if __name__ == "__main__":
    for revision in sys.argv[1:]:
        print(make(revision))
