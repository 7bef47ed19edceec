"""Trouble around the file, not in it: deleted or moved while open, or held by another program.
Each is a typed error saying what happened; nothing half-written; usable once the cause goes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from custdesk.app import open_app
from custdesk.errors import DatabaseGoneError, DatabaseLockedError
from custdesk.services.customers.records import CustomerDraft
from custdesk.storage import db as db_module


def test_a_file_moved_away_while_open_is_not_written_until_it_is_back(db_path: Path) -> None:
    with open_app(db_path, create=True) as app:
        customers = app.services.customers
        customers.create(CustomerDraft(name="张三"))
        moved = db_path.with_name("moved-away.db")
        db_path.rename(moved)  # a clerk drags the file elsewhere in the file manager
        with pytest.raises(DatabaseGoneError):
            customers.create(CustomerDraft(name="李四"))
        moved.rename(db_path)  # ...and puts it back
        customers.create(CustomerDraft(name="王五"))
        assert app.services.overview.overview().customers == 2


def test_a_file_deleted_while_open_is_not_written_to(db_path: Path) -> None:
    with open_app(db_path, create=True) as app:
        app.services.customers.create(CustomerDraft(name="张三"))
        db_path.unlink()
        with pytest.raises(DatabaseGoneError) as gone:
            app.services.customers.create(CustomerDraft(name="李四"))
        assert "deleted or moved" in str(gone.value)


def test_a_file_another_program_holds_is_reported_busy(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    with open_app(db_path, create=True) as app:
        customers = app.services.customers
        customers.create(CustomerDraft(name="张三"))
        with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
            other.execute("BEGIN EXCLUSIVE")  # e.g. a sync tool copying the file
            with pytest.raises(DatabaseLockedError):
                customers.create(CustomerDraft(name="李四"))
            other.execute("ROLLBACK")
        customers.create(CustomerDraft(name="李四"))  # free again: it works
        assert app.services.overview.overview().customers == 2
