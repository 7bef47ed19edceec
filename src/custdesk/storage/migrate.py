"""Bring a database file to the current schema, safely.

Order of work: look at the file read-only; refuse a file from a newer CustDesk or from another
program without touching it; back it up; upgrade in one transaction with foreign keys off (SQLite
ignores ``PRAGMA foreign_keys`` inside a transaction, so it must be off before); check foreign keys
and stamp CustDesk's application_id before committing.

A new shop file is built under a temporary name beside its place and linked there only when
complete (``create_shop_file``), so a crash never leaves a half-made or empty file at the path.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, String, column, select, table
from sqlalchemy.exc import DatabaseError

from custdesk import clock as shop_clock
from custdesk.errors import (
    NotACustDeskDatabaseError,
    SchemaTooNewError,
    ShopFileExistsError,
    StorageError,
    sqlite_primary_code,
    storage_error,
)
from custdesk.paths import backup_dir_for, ensure_private_dir
from custdesk.scratch import sqlite_companions
from custdesk.storage.backup import backup_to, timestamped_name
from custdesk.storage.db import make_engine, storage_error_from
from custdesk.storage.identity import (
    STAMP_SQL,
    FileKind,
    fsync_folder,
    inspect_file,
    refusal,
    refuse_working_names,
)
from custdesk.storage.lock import DatabaseLock

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_ALEMBIC_VERSION = table("alembic_version", column("version_num", String))


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
    """Upgrade ``db_path`` to ``target`` (normally head) and stamp it as a CustDesk file; create
    it in place if missing or empty (commands create new files with ``create_shop_file``).

    Raises StorageError subclasses: ForeignDatabaseError or NotACustDeskDatabaseError for a file
    that is not ours, SchemaTooNewError, CorruptDatabaseError. ``target`` exists so tests can build
    files of older schemas.
    """
    db_path = Path(db_path)
    found = inspect_file(db_path)
    usable = (FileKind.MISSING, FileKind.EMPTY, FileKind.TOO_NEW)  # too new: said below
    if found.kind not in usable and not found.is_shop:
        raise refusal(found)
    head_shipped = shipped_head()
    if target == "head" and script_location == MIGRATIONS_DIR and found.revision == head_shipped:
        if found.kind is FileKind.UNMARKED_SHOP:  # the usual start: no alembic
            _stamp(db_path)
        return MigrationResult(head_shipped, head_shipped, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(script_location)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    assert head is not None
    goal = head if target == "head" else target
    known = {revision.revision for revision in script.walk_revisions()}

    start = found.revision
    if start is not None and start not in known:
        raise SchemaTooNewError(start, head)
    if start == goal:
        if found.kind is FileKind.UNMARKED_SHOP:
            _stamp(db_path)
        return MigrationResult(start, goal, None)

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
            connection.exec_driver_sql(STAMP_SQL)
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


def stored_revision(connection: Connection) -> str | None:
    """The schema revision Alembic recorded in the file (the first row's, were there several);
    None when none is. Raises DatabaseError for a file without Alembic's table."""
    revision: str | None = connection.scalar(select(_ALEMBIC_VERSION.c.version_num))
    return revision


def _stamp(db_path: Path) -> None:
    """Mark a file from an earlier CustDesk (recognised by its history and tables) as ours."""
    engine = make_engine(db_path)
    try:
        with engine.connect() as connection, connection.begin():
            connection.exec_driver_sql(STAMP_SQL)
    except DatabaseError as exc:
        raise _classified(exc) from exc
    finally:
        engine.dispose()


_CREATING = ".creating"
_STALE_CREATION_S = 3600


def create_shop_file(db_path: Path) -> MigrationResult:
    """A new, empty shop file at ``db_path``, whole or not at all.

    It is built under a temporary name beside its place and linked there only when complete, so a
    crash or a full disk never leaves a half-made file. An empty (0-byte) file at the path holds
    nothing and is replaced, unless a CustDesk process has it open. Raises ShopFileExistsError
    when any other file is there (nothing is changed), NoShopFileError for a folder,
    DatabaseInUseError, and StorageError subclasses (full disk, read-only folder).
    """
    db_path = Path(db_path)
    found = inspect_file(db_path)
    if found.kind in (FileKind.MISSING, FileKind.EMPTY):
        refuse_working_names(db_path)
    else:
        if found.kind in (FileKind.FOLDER, FileKind.WORKING_FILE):
            raise refusal(found)
        raise ShopFileExistsError(db_path, is_shop=found.is_shop)
    try:
        folder = ensure_private_dir(db_path.parent)
    except OSError as exc:  # a file where the folder should be, a read-only disk...
        raise storage_error(exc, f"Could not create the folder of {db_path}") from exc
    _sweep_stale_creations(db_path)
    scratch = folder / f".{db_path.name}.{secrets.token_hex(4)}{_CREATING}"
    try:
        result = upgrade_database(scratch)
        if found.kind is FileKind.EMPTY:
            with DatabaseLock(db_path, "custdesk new"):  # nobody may be about to fill it
                if inspect_file(db_path).kind is not FileKind.EMPTY:
                    raise ShopFileExistsError(db_path, is_shop=False)
                scratch.replace(db_path)
        else:
            try:
                os.link(scratch, db_path)  # fails if a file appeared meanwhile: never overwrite
            except FileExistsError as exc:
                raise ShopFileExistsError(db_path, is_shop=False) from exc
            except OSError:  # no hard links on this file system (FAT USB sticks)
                if db_path.exists():
                    raise ShopFileExistsError(db_path, is_shop=False) from None
                scratch.replace(db_path)
        fsync_folder(folder)
    except OSError as exc:
        raise storage_error(exc, f"Could not create the shop file {db_path}") from exc
    finally:
        for leftover in (scratch, *sqlite_companions(scratch)):
            leftover.unlink(missing_ok=True)
    return MigrationResult(None, result.to_revision, None)


def _sweep_stale_creations(db_path: Path) -> None:
    """Remove temporaries a creation killed half-way left behind (older than an hour: a live
    creation takes well under a second)."""
    cutoff = shop_clock.epoch_seconds() - _STALE_CREATION_S
    for path in db_path.parent.glob(f".{db_path.name}.*{_CREATING}*"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
        except OSError:
            pass


def _classified(exc: DatabaseError) -> StorageError:
    known = storage_error_from(exc)
    if known is None:
        return StorageError(f"The database could not be upgraded: {exc.orig}")
    if sqlite_primary_code(exc) == sqlite3.SQLITE_NOTADB:
        return NotACustDeskDatabaseError(
            "The file is not a CustDesk database (it is not an SQLite file); it was left as it is."
        )
    return known
