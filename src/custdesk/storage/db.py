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

from sqlalchemy import Engine, Integer, create_engine, event, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from custdesk.errors import DatabaseGoneError, StorageError, environment_error
from custdesk.paths import ensure_private_dir, ensure_private_file
from custdesk.storage import orm
from custdesk.storage.identity import file_identity

BUSY_TIMEOUT_MS = 5000
_BEGIN_OPTION = "custdesk_begin"
WRITE_SEQ_KEY = "write_seq"  # shop_settings row: committed write transactions, see Database
_SEQ = orm.table_of(orm.ShopSetting)
_BUMP_WRITE_SEQ = (
    insert(_SEQ)
    .values(key=WRITE_SEQ_KEY, value="1")
    .on_conflict_do_update(
        index_elements=[_SEQ.c.key], set_={"value": _SEQ.c.value.cast(Integer) + 1}
    )
)


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
    """The one handle services get: short sessions, each one transaction.

    Every committed write also bumps a counter stored in the file (``write_seq``), so a backup can
    tell whether anything changed since the last one without comparing the data.
    """

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._identity = file_identity(path) if path is not None else None
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"}), expire_on_commit=False
        )

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Database:
        return cls(make_engine(path, read_only=read_only), Path(path))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read transaction: one consistent snapshot of the file."""
        with _storage_errors(), self._read.begin() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction: committed whole when the block ends, rolled back on any error."""
        self.check_still_there()
        with _storage_errors(), self._write.begin() as session:
            yield session
            session.execute(_BUMP_WRITE_SEQ)

    def write_seq(self) -> int:
        """How many write transactions this file has committed (0 for a new file)."""
        with self.reading() as session:
            value = session.scalar(
                select(orm.ShopSetting.value).where(orm.ShopSetting.key == WRITE_SEQ_KEY)
            )
        return int(value) if value is not None else 0

    def continue_write_seq_from(self, seq: int) -> None:
        """Number the file's writes on from ``seq`` (after a restore); it is then ``seq + 1``."""
        with self.writing() as session:
            session.merge(orm.ShopSetting(key=WRITE_SEQ_KEY, value=str(seq)))
            session.flush()

    def check_still_there(self) -> None:
        """Refuse to write when the file was deleted or replaced while open: SQLite would carry on
        writing to the vanished copy and everything would be lost at close."""
        if self.path is None or self._identity is None:
            return
        if file_identity(self.path) != self._identity:
            raise DatabaseGoneError(
                f"The customer file {self.path} was deleted or moved while CustDesk had it open. "
                "Nothing more was written."
            )

    def reopen(self) -> None:
        """Connect again to the file now at ``path`` (after a restore or when it came back)."""
        self.engine.dispose()
        if self.path is not None:
            self._identity = file_identity(self.path)

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


def storage_error_from(exc: DatabaseError) -> StorageError | None:
    """Classify a driver error: damage in the file, or an environment problem (full, locked...)."""
    known = environment_error(exc.orig or exc, "The database could not be used")
    if known is None and isinstance(exc, OperationalError):
        return StorageError(f"The database could not be used: {exc.orig}")
    return known
