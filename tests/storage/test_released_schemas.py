"""Every released schema version's file upgrades to today's with nothing lost.

Each ``fixtures/custdesk-<revision>.db`` is what that version wrote (tools/make_schema_fixture.py):
upgrading a copy must keep every row of every table, every referral link, and pass SQLite's
integrity and foreign-key checks.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from custdesk.app import open_app
from custdesk.services.customers.customer_list import CustomerFilter
from custdesk.storage.migrate import MIGRATIONS_DIR, head_revision, upgrade_database

FIXTURES = Path(__file__).parent / "fixtures"
RELEASED = sorted(p.stem for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def read(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute(sql).fetchall()


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table. The search index's own tables (FTS5's shadow tables, the grams) are left
    out: they are derived from the customers and migrations rebuild them; ``customer_search``
    itself stays in, one row per customer."""
    tables = [
        name
        for (name,) in read(
            path,
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' AND name NOT LIKE 'customer\\_search\\_%' ESCAPE '\\'",
        )
    ]
    return {table: int(read(path, f"SELECT count(*) FROM {table}")[0][0]) for table in tables}  # type: ignore[call-overload]


def birthday_text(path: Path) -> str:
    """SQL for a customer's birthday as 'YYYY-MM-DD' ('--MM-DD' without a year, NULL for none)
    in either schema: one date column before 0004, its parts after."""
    columns = [row[1] for row in read(path, "PRAGMA table_info('customers')")]
    if "birthday" in columns:
        return "birthday"
    return (
        "CASE WHEN birth_month IS NULL THEN NULL ELSE printf('%s-%02d-%02d', "
        "CASE WHEN birth_year IS NULL THEN '-' ELSE printf('%04d', birth_year) END, "
        "birth_month, birth_day) END"
    )


def test_every_released_revision_has_a_fixture() -> None:
    missing = [rev for rev in RELEASED if not (FIXTURES / f"custdesk-{rev}.db").is_file()]
    assert missing == [], "run tools/make_schema_fixture.py for these revisions"


@pytest.mark.parametrize("revision", RELEASED)
def test_a_file_of_each_released_version_upgrades_with_nothing_lost(
    revision: str, tmp_path: Path
) -> None:
    path = tmp_path / "custdesk.db"
    shutil.copy(FIXTURES / f"custdesk-{revision}.db", path)
    assert read(path, "SELECT version_num FROM alembic_version") == [(revision,)]
    before = table_counts(path)
    assert before["customers"] == 200 and before["referrals"] > 20 and before["visits"] > 200
    links = read(path, "SELECT referrer_id, referred_id, status FROM referrals ORDER BY id")
    people_sql = f"SELECT id, name, {birthday_text(path)} FROM customers ORDER BY id"
    people = read(path, people_sql)

    upgrade_database(path)

    after = table_counts(path)
    assert {table: after[table] for table in before} == before  # 0 rows lost in any table
    assert read(path, "SELECT referrer_id, referred_id, status FROM referrals ORDER BY id") == links
    assert (
        read(path, f"SELECT id, name, {birthday_text(path)} FROM customers ORDER BY id") == people
    )
    assert read(path, "PRAGMA integrity_check") == [("ok",)]
    assert read(path, "PRAGMA foreign_key_check") == []
    assert read(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    with open_app(path) as app:  # and the app works on it, search included
        some = str(people[0][1])
        found = app.services.customer_list.ids(CustomerFilter(text=some))
        assert people[0][0] in found
