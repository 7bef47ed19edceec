"""Opening the SQLite file: pragmas, private permissions and explicit transactions.

pysqlite's own transaction handling issues BEGIN late and COMMITs before DDL, which breaks
savepoints and transactional migrations; we switch it off and emit BEGIN ourselves (the recipe from
SQLAlchemy's SQLite dialect documentation). Write transactions use BEGIN IMMEDIATE so that a second
connection waits for the lock (busy_timeout) instead of failing half-way through a transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from custdesk.errors import CorruptDatabaseError, StorageError
from custdesk.paths import ensure_private_dir, ensure_private_file

BUSY_TIMEOUT_MS = 5000
_BEGIN_OPTION = "custdesk_begin"


def _install_pragmas(engine: Engine, *, foreign_keys: bool, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see module doc
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    """An engine on ``path``; creates the file 0600 (and a missing folder 0700) unless read-only."""
    path = Path(path)
    if read_only:
        if not path.is_file():
            raise StorageError(f"The database file {path} does not exist.")
        url = f"sqlite+pysqlite:///file:{path.resolve()}?mode=ro&uri=true"
    else:
        ensure_private_dir(path.parent)
        ensure_private_file(path)
        url = f"sqlite+pysqlite:///{path}"
    engine = create_engine(url)
    _install_pragmas(engine, foreign_keys=foreign_keys, read_only=read_only)
    return engine


class Database:
    """The one handle services get: short sessions, each one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"}), expire_on_commit=False
        )

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Database:
        return cls(make_engine(path, read_only=read_only))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read transaction: one consistent snapshot of the file."""
        with _storage_errors(), self._read.begin() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction: committed whole when the block ends, rolled back on any error."""
        with _storage_errors(), self._write.begin() as session:
            yield session

    def close(self) -> None:
        """Refresh planner statistics if they are stale (SQLite's advice), then disconnect."""
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA optimize")
        except OperationalError:
            pass  # read-only or locked: statistics can wait for the next close
        finally:
            self.engine.dispose()


@contextmanager
def _storage_errors() -> Iterator[None]:
    """Turn SQLite's environment failures (locked, full, read-only, gone) into StorageError."""
    try:
        yield
    except DatabaseError as exc:
        known = storage_error_from(exc)
        if known is None:
            raise  # an IntegrityError and the like is a bug or is handled by the caller
        raise known from exc


_CORRUPTION_MARKERS = ("malformed", "not a database", "disk image")


def storage_error_from(exc: DatabaseError) -> StorageError | None:
    """Classify a driver error: damage in the file, or an environment problem (full, locked...)."""
    reason = str(exc.orig)
    if any(marker in reason for marker in _CORRUPTION_MARKERS):
        return CorruptDatabaseError(f"The database file is damaged: {reason}")
    if isinstance(exc, OperationalError):
        return StorageError(f"The database could not be used: {reason}")
    return None
