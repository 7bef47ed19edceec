"""Consistent copies of a live database with SQLite's online backup API.

A copy is written under a temporary name and renamed only when complete, so a crash or a full disk
never leaves a half-written backup that looks like a good one.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine

from custdesk.errors import storage_error
from custdesk.paths import ensure_private_dir, ensure_private_file
from custdesk.storage.db import make_engine


def backup_to(engine: Engine, destination: Path) -> Path:
    """Copy the database behind ``engine`` to ``destination`` (0600), atomically."""
    destination = Path(destination)
    ensure_private_dir(destination.parent)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    ensure_private_file(partial)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with closing(sqlite3.connect(partial)) as target:
            source.backup(target)
            # A plain rollback-journal file: opening it read-only later leaves no -wal/-shm behind.
            target.execute("PRAGMA journal_mode=DELETE")
        partial.replace(destination)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise storage_error(exc, f"The backup to {destination} failed") from exc
    finally:
        raw.close()
    return destination


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
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{db_path.stem}-{stamp}-{reason}{db_path.suffix or '.db'}"
