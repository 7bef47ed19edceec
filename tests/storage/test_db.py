from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from custdesk.errors import StorageError
from custdesk.storage import orm
from custdesk.storage.db import BUSY_TIMEOUT_MS, Database, make_engine


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_connection_gets_the_safety_pragmas(db: Database) -> None:
    with db.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("busy_timeout") == BUSY_TIMEOUT_MS
        assert pragma("synchronous") == 2  # FULL


def test_new_database_and_its_wal_are_private(db: Database, db_path: Path) -> None:
    with db.writing() as session:
        session.add(orm.Customer(name="张三"))
    assert mode(db_path) == 0o600
    assert mode(db_path.parent) == 0o700
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()
    assert mode(wal) == 0o600


def test_an_existing_folder_the_user_chose_is_not_tightened(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    make_engine(shared / "x.db").dispose()
    assert mode(shared) == 0o755
    assert mode(shared / "x.db") == 0o600


def test_a_failed_write_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(RuntimeError), db.writing() as session:
        session.add(orm.Customer(name="王五"))
        session.flush()
        raise RuntimeError("power cut")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(orm.Customer)) == 0


def test_links_to_missing_records_are_refused(db: Database) -> None:
    with pytest.raises(IntegrityError), db.writing() as session:
        session.add(
            orm.Purchase(
                customer_id=999, purchased_on=dt.date(2026, 1, 5), item="x", amount_cents=1
            )
        )


def test_a_missing_file_opened_read_only_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        make_engine(tmp_path / "nope.db", read_only=True)
