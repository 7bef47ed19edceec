"""Backup-then-migrate: fresh files, old files, too-new files, foreign files, failed upgrades."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from custdesk.errors import NotACustDeskDatabaseError, SchemaTooNewError, StorageError
from custdesk.paths import backup_dir_for
from custdesk.services.shop.demo import generate_demo
from custdesk.storage.db import Database, make_engine
from custdesk.storage.migrate import MIGRATIONS_DIR, head_revision, upgrade_database
from custdesk.storage.orm import Base, is_managed_table


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def scalar(path: Path, sql: str) -> object:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchone()[0]


def test_an_empty_file_is_upgraded_to_every_table(db_path: Path) -> None:
    result = upgrade_database(db_path)
    assert (result.from_revision, result.to_revision, result.backup) == (
        None,
        head_revision(),
        None,
    )
    engine = make_engine(db_path)
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) >= set(Base.metadata.tables)
        # The migrations produce exactly the schema the ORM expects (no drift).
        context = MigrationContext.configure(
            connection,
            opts={"include_name": lambda n, t, _p: t != "table" or is_managed_table(n)},
        )
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_a_current_database_is_left_alone(db_path: Path) -> None:
    upgrade_database(db_path)
    result = upgrade_database(db_path)
    assert not result.changed
    assert result.backup is None
    assert not backup_dir_for(db_path).exists()


def test_a_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    upgrade_database(db_path)
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = digest(db_path)
    with pytest.raises(SchemaTooNewError) as caught:
        upgrade_database(db_path)
    assert caught.value.found_revision == "9999_future"
    assert digest(db_path) == before
    assert scalar(db_path, "SELECT version_num FROM alembic_version") == "9999_future"
    assert not backup_dir_for(db_path).exists()


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = digest(other)
    with pytest.raises(NotACustDeskDatabaseError):
        upgrade_database(other)
    assert digest(other) == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.db"
    text_file.write_text("客户名单 — not a database\n" * 200, encoding="utf-8")
    before = digest(text_file)
    with pytest.raises(NotACustDeskDatabaseError):
        upgrade_database(text_file)
    assert digest(text_file) == before


# --- upgrading an old database file ------------------------------------------------------------


def migrations_with(tmp_path: Path, body: str) -> Path:
    """A copy of the real migrations plus one more revision after head, with ``body`` as upgrade."""
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    source = (
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        'revision = "0002_test"\n'
        f"down_revision = {head_revision()!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def upgrade():\n"
        + textwrap.indent(textwrap.dedent(body).strip(), "    ")
        + "\n\n\ndef downgrade():\n    pass\n"
    )
    (folder / "versions" / "0002_test.py").write_text(source, encoding="utf-8")
    return folder


@pytest.fixture
def old_db(db_path: Path) -> Path:
    """A database at the baseline schema holding demo customers with children rows."""
    upgrade_database(db_path)
    database = Database.open(db_path)
    generate_demo(database, 200, seed=5, today=dt.date(2026, 3, 1))
    database.close()
    return db_path


def counts(path: Path) -> dict[str, int]:
    tables = ["customers", "customer_phones", "purchases", "visits", "referrals", "follow_ups"]
    return {table: int(scalar(path, f"SELECT count(*) FROM {table}")) for table in tables}  # type: ignore[call-overload]


def test_an_old_database_is_backed_up_then_upgraded_without_losing_rows(
    old_db: Path, tmp_path: Path
) -> None:
    before = counts(old_db)
    assert before["referrals"] > 0 and before["purchases"] > 0
    # Rebuilding `customers` (batch mode: copy, drop, rename) would cascade-delete every purchase,
    # visit and referral if foreign keys were on during the migration.
    script = migrations_with(
        tmp_path,
        """
        with op.batch_alter_table("customers", recreate="always") as batch:
            batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))
        """,
    )
    result = upgrade_database(old_db, script_location=script)

    assert result.from_revision == head_revision() and result.to_revision == "0002_test"
    assert counts(old_db) == before
    assert scalar(
        old_db, "SELECT count(*) FROM pragma_table_info('customers') WHERE name='nickname'"
    )
    assert result.backup is not None and result.backup.parent == backup_dir_for(old_db)
    assert counts(result.backup) == before
    assert scalar(result.backup, "SELECT version_num FROM alembic_version") == head_revision()
    assert result.backup.stat().st_mode & 0o077 == 0


def test_a_failing_upgrade_rolls_back_completely(old_db: Path, tmp_path: Path) -> None:
    before = counts(old_db)
    script = migrations_with(
        tmp_path,
        """
        op.add_column("visits", sa.Column("mood", sa.String(10)))
        op.execute("DELETE FROM visits")
        raise RuntimeError("migration bug")
        """,
    )
    with pytest.raises(RuntimeError, match="migration bug"):
        upgrade_database(old_db, script_location=script)
    assert counts(old_db) == before
    assert scalar(old_db, "SELECT version_num FROM alembic_version") == head_revision()
    assert not scalar(old_db, "SELECT count(*) FROM pragma_table_info('visits') WHERE name='mood'")


def test_an_upgrade_that_would_orphan_records_is_rolled_back(old_db: Path, tmp_path: Path) -> None:
    before = counts(old_db)
    script = migrations_with(tmp_path, 'op.execute("DELETE FROM customers WHERE id = 1")')
    with pytest.raises(StorageError, match="links"):
        upgrade_database(old_db, script_location=script)
    assert counts(old_db) == before


def test_a_baseline_file_gets_its_customers_indexed_for_search(db_path: Path) -> None:
    upgrade_database(db_path, target="0001_baseline")
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO customers (id, name, name_pinyin, name_initials) "
            "VALUES (1, '张三', 'zhangsan', 'zs'), (2, 'Alice Wang', 'alicewang', 'aw'),"
            " (3, '欧阳娜娜', 'ouyangnana', 'oynn')"
        )
        connection.execute(
            "INSERT INTO customer_phones (customer_id, number) VALUES (1, '+8613800138000')"
        )
    result = upgrade_database(db_path)
    assert result.from_revision == "0001_baseline"
    assert result.backup is not None

    def found(query: str) -> list[int]:
        with sqlite3.connect(db_path) as connection:
            sql = "SELECT rowid FROM customer_search WHERE customer_search MATCH ? ORDER BY rowid"
            return [row[0] for row in connection.execute(sql, (f'"{query}"',))]

    assert found("zhangsan") == [1]
    assert found("0013800") == [1]  # digits without the +86
    assert found("ce wa") == [2]
    assert found("阳娜娜") == [3]  # Chinese substrings of 3+ characters (shorter: name prefix)


def test_the_fast_start_check_agrees_with_alembic() -> None:
    """Every revision id is its file name, so the newest file name is Alembic's head."""
    from alembic.script import ScriptDirectory

    from custdesk.storage.migrate import alembic_config, shipped_head

    script = ScriptDirectory.from_config(alembic_config())
    for revision in script.walk_revisions():
        assert Path(revision.path).stem == revision.revision
    assert shipped_head() == head_revision()


def test_a_current_database_opens_without_loading_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    upgrade_database(db_path)
    probe = (
        "import sys; from pathlib import Path; "
        "from custdesk.storage.migrate import upgrade_database; "
        f"upgrade_database(Path({str(db_path)!r})); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
