"""Bring a database file to the current schema, safely.

Order of work: look at the file read-only; refuse a file from a newer CustDesk or from another
program without touching it; back it up; upgrade in one transaction with foreign keys off (SQLite
ignores ``PRAGMA foreign_keys`` inside a transaction, so it must be off before); check foreign keys
before committing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError

from custdesk.errors import NotACustDeskDatabaseError, SchemaTooNewError, StorageError
from custdesk.paths import backup_dir_for, ensure_private_dir
from custdesk.storage.backup import backup_to, timestamped_name
from custdesk.storage.db import make_engine, storage_error_from

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def upgrade_database(
    db_path: Path,
    *,
    backup_dir: Path | None = None,
    script_location: Path = MIGRATIONS_DIR,
    target: str = "head",
) -> MigrationResult:
    """Upgrade ``db_path`` to ``target`` (normally head); create it if missing.

    Raises StorageError subclasses. ``target`` exists so tests can build files of older schemas.
    """
    db_path = Path(db_path)
    if target == "head" and script_location == MIGRATIONS_DIR and _is_at(db_path, shipped_head()):
        return MigrationResult(shipped_head(), shipped_head(), None)  # the usual start: no alembic
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(script_location)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    assert head is not None
    goal = head if target == "head" else target
    known = {revision.revision for revision in script.walk_revisions()}

    found = _inspect_read_only(db_path) if db_path.exists() and db_path.stat().st_size else None
    if found is not None:
        revision, has_tables = found
        if revision is None and has_tables:
            raise NotACustDeskDatabaseError(
                f"{db_path} is a database of another program, not CustDesk's; it was left as it is."
            )
        if revision is not None and revision not in known:
            raise SchemaTooNewError(revision, head)
        if revision == goal:
            return MigrationResult(revision, goal, None)
    start = found[0] if found else None

    engine = make_engine(db_path, foreign_keys=False)
    try:
        backup = None
        if start is not None:
            folder = ensure_private_dir(
                backup_dir or backup_dir_for(db_path), tighten_existing=True
            )
            backup = backup_to(engine, folder / timestamped_name(db_path, f"pre-migrate-{start}"))
        with engine.connect() as connection, connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, goal)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StorageError(
                    f"The upgrade would break {len(broken)} links between records; "
                    "it was rolled back and the database is unchanged."
                )
    except DatabaseError as exc:
        raise _classified(exc) from exc
    finally:
        engine.dispose()
    return MigrationResult(start, goal, backup)


def shipped_head() -> str:
    """The newest revision shipped, from the file names (``0003_birthday.py`` is ``0003_birthday``).

    Reading names instead of loading Alembic saves ~150 ms at every start; a test checks that it
    always agrees with Alembic's own head.
    """
    versions = (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return max(path.stem for path in versions)


def _is_at(db_path: Path, revision: str) -> bool:
    """Whether the file exists and is stamped ``revision`` (read-only; False on any doubt)."""
    if not db_path.is_file() or not db_path.stat().st_size:
        return False
    engine = make_engine(db_path, read_only=True)
    try:
        with engine.connect() as connection:
            stamped = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        return stamped == [(revision,)]
    except DatabaseError:
        return False  # no table, not a database...: the full path below says which
    finally:
        engine.dispose()


def _inspect_read_only(db_path: Path) -> tuple[str | None, bool]:
    """(alembic revision, whether any table exists), read without writing a byte."""
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(db_path, read_only=True)
    try:
        with engine.connect() as connection:
            revision = MigrationContext.configure(connection).get_current_revision()
            has_tables = bool(inspect(connection).get_table_names())
        return revision, has_tables
    except DatabaseError as exc:
        raise _classified(exc) from exc
    finally:
        engine.dispose()


def _classified(exc: DatabaseError) -> StorageError:
    known = storage_error_from(exc)
    if known is None:
        return StorageError(f"The database could not be upgraded: {exc.orig}")
    if "not a database" in str(exc.orig):
        return NotACustDeskDatabaseError(
            "The file is not a CustDesk database (it is not an SQLite file); it was left as it is."
        )
    return known
