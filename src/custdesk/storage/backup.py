"""Consistent copies of a live database with SQLite's online backup API.

A copy is written under a temporary name and renamed only when complete, so a crash or a full disk
never leaves a half-written backup that looks like a good one. The writer holds a lock on that
``.partial`` while copying; one a killed process left is removed at the next start
(``remove_dead_partials``).
"""

from __future__ import annotations

import datetime as dt
import glob
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine

from custdesk import clock as shop_clock
from custdesk.errors import storage_error
from custdesk.paths import backup_dir_for, ensure_private_dir
from custdesk.scratch import PARTIAL_SUFFIX, SQLITE_COMPANION_SUFFIXES, Partial, remove_dead
from custdesk.storage.db import make_engine
from custdesk.storage.identity import refuse_working_names


def backup_to(engine: Engine, destination: Path) -> Path:
    """Copy the database behind ``engine`` to ``destination`` (0600), atomically. Raises
    StorageError, also for a name SQLite would take for a working file (refuse_working_names)."""
    destination = Path(destination)
    refuse_working_names(destination)
    ensure_private_dir(destination.parent)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with Partial(destination, destination.name + PARTIAL_SUFFIX) as partial:
            with closing(sqlite3.connect(partial.path)) as target:
                source.backup(target)
                # A plain rollback-journal file: opened read-only later, it leaves no -wal/-shm.
                target.execute("PRAGMA journal_mode=DELETE")
            partial.commit()
    except (sqlite3.Error, OSError) as exc:
        raise storage_error(exc, f"The backup to {destination} failed") from exc
    finally:
        raw.close()
    return destination


def remove_dead_partials(db_path: Path, backup_folder: Path | None = None) -> list[Path]:
    """Remove the ``.partial`` copies a killed process left: of ``db_path`` itself (a restore onto
    a missing file) and of its backups, in the default folder and ``backup_folder``; with the
    journal SQLite kept beside each (``.partial-journal``, also when the partial is gone). Only
    files named like ours, and never one a live process is still writing."""
    stem = glob.escape(db_path.stem)
    backups = f"{stem}-{'[0-9]' * 8}-{'[0-9]' * 6}-*{PARTIAL_SUFFIX}"  # as timestamped_name
    places = [(db_path.parent, glob.escape(db_path.name) + PARTIAL_SUFFIX)]
    for folder in {backup_dir_for(db_path), *([backup_folder] if backup_folder else [])}:
        places.append((folder, backups))
    found: list[Path] = []
    for folder, pattern in places:
        for ending in ("", *SQLITE_COMPANION_SUFFIXES):
            found += folder.glob(pattern + ending)
    return remove_dead(found)


def copy_database(source: Path, destination: Path) -> Path:
    """A consistent copy of a closed (or open elsewhere) file, atomically, 0600."""
    engine = make_engine(source, read_only=True)
    try:
        return backup_to(engine, destination)
    finally:
        engine.dispose()


def restore_into(engine: Engine, source: Path) -> None:
    """Replace the whole content of the live database behind ``engine`` with ``source``.

    The backup API writes through the engine's own connection, so the file is never swapped
    under an open connection and a failure leaves it as it was (SQLite copies in one transaction).
    """
    engine.dispose()  # no pooled connection may hold a read snapshot of the old content
    raw = engine.raw_connection()
    try:
        target = raw.driver_connection
        assert isinstance(target, sqlite3.Connection)
        with closing(sqlite3.connect(f"file:{Path(source).resolve()}?mode=ro", uri=True)) as src:
            src.backup(target)
    except sqlite3.Error as exc:
        raise storage_error(exc, f"Restoring from {source} failed") from exc
    finally:
        raw.close()
        engine.dispose()


def timestamped_name(db_path: Path, reason: str, now: dt.datetime | None = None) -> str:
    """``custdesk-20261122-201500-pre-migrate.db``: sorts by time, says why it was made."""
    stamp = (now or shop_clock.now()).strftime("%Y%m%d-%H%M%S")
    return f"{db_path.stem}-{stamp}-{reason}{db_path.suffix or '.db'}"
