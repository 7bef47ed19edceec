"""SQLite failures are told apart by SQLite's result code, never by the words of its message:
each case below makes the real failure and checks the error a clerk's message is chosen from."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DatabaseError

from custdesk.errors import (
    CorruptDatabaseError,
    DatabaseGoneError,
    DatabaseLockedError,
    DiskFullError,
    ReadOnlyStorageError,
    StorageError,
    environment_error,
)
from custdesk.storage.db import storage_error_from


def _shop_with_rows(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        connection.executemany("INSERT INTO customers (name) VALUES (?)", [("王小明" * 40,)] * 200)
    return path


def _not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "list.db"
    path.write_bytes(b"Name,Phone\n" * 200)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("SELECT * FROM sqlite_master").fetchall()


def _damaged(tmp_path: Path) -> None:
    path = _shop_with_rows(tmp_path / "shop.db")
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 64] = b"\xff" * 64  # the header of the table's first page
    path.write_bytes(bytes(data))
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("SELECT count(*), max(name) FROM customers").fetchall()


def _full(tmp_path: Path) -> None:
    with closing(sqlite3.connect(tmp_path / "shop.db")) as connection:
        connection.execute("PRAGMA max_page_count = 4")  # the disk's room, in pages
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.executemany("INSERT INTO notes VALUES (?)", [("x" * 4000,)] * 20)


def _read_only(tmp_path: Path) -> None:
    path = _shop_with_rows(tmp_path / "shop.db")
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        connection.execute("DELETE FROM customers")


def _cannot_open(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "no such folder" / "shop.db")


def _locked(tmp_path: Path) -> None:
    path = _shop_with_rows(tmp_path / "shop.db")
    with closing(sqlite3.connect(path, isolation_level=None)) as holder:
        holder.execute("BEGIN EXCLUSIVE")
        with closing(sqlite3.connect(path, timeout=0)) as second:
            second.execute("SELECT count(*) FROM customers").fetchall()


def _moved_while_open(tmp_path: Path) -> None:
    path = _shop_with_rows(tmp_path / "shop.db")
    with closing(sqlite3.connect(path)) as connection:
        path.rename(tmp_path / "shop (moved).db")
        connection.execute("DELETE FROM customers")


CASES: dict[str, tuple[Callable[[Path], None], type[StorageError]]] = {
    "not a database": (_not_a_database, CorruptDatabaseError),
    "damaged": (_damaged, CorruptDatabaseError),
    "disk full": (_full, DiskFullError),
    "read-only": (_read_only, ReadOnlyStorageError),
    "cannot open": (_cannot_open, ReadOnlyStorageError),
    "locked": (_locked, DatabaseLockedError),
    "moved while open": (_moved_while_open, DatabaseGoneError),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_sqlite_failure_is_told_by_its_code(tmp_path: Path, case: str) -> None:
    make_failure, expected = CASES[case]
    with pytest.raises(sqlite3.Error) as caught:
        make_failure(tmp_path)
    assert type(environment_error(caught.value, "Saving")) is expected


def test_the_code_is_read_through_sqlalchemys_wrapper(tmp_path: Path) -> None:
    path = tmp_path / "list.db"
    path.write_bytes(b"Name,Phone\n" * 200)
    engine = create_engine(f"sqlite:///{path}")
    with pytest.raises(DatabaseError) as caught, engine.connect() as connection:
        connection.execute(text("SELECT * FROM sqlite_master")).fetchall()
    assert isinstance(storage_error_from(caught.value), CorruptDatabaseError)


def test_the_words_of_a_message_alone_decide_nothing() -> None:
    """A customer's note (or another library's error) may say 'database is locked'."""
    assert environment_error(ValueError("database is locked"), "Saving") is None
    assert environment_error(RuntimeError("database disk image is malformed"), "Saving") is None


def test_a_broken_rule_is_not_an_environment_failure(tmp_path: Path) -> None:
    """A unique or foreign-key failure is the caller's to handle (or a bug), not the disk's."""
    path = _shop_with_rows(tmp_path / "shop.db")
    with closing(sqlite3.connect(path)) as connection, pytest.raises(sqlite3.Error) as caught:
        connection.execute("INSERT INTO customers (id, name) VALUES (1, 'again')")
    assert environment_error(caught.value, "Saving") is None
