"""An automatic backup that comes due during a restore waits for it: it never copies a file
being replaced, nor holds it open while the restore reopens it."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop import backups as backups_module
from custdesk.services.shop.backups import BackupService
from custdesk.services.shop.settings import SettingsService, stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 18, 0)


def names_in(path: Path) -> list[str]:
    copy = Database.open(path, read_only=True)
    try:
        with copy.reading() as session:
            return sorted(session.scalars(select(orm.Customer.name)))
    finally:
        copy.engine.dispose()


def test_an_automatic_backup_during_a_restore_waits_and_copies_the_restored_file(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    minutes = iter(range(1000))
    service = BackupService(
        db, db_path, SettingsService(db), clock=lambda: NOW + dt.timedelta(minutes=next(minutes))
    )
    customers = CustomerService(db, stage_rules=stage_rules_in)
    customers.create(CustomerDraft(name="张三"))
    saved = service.back_up("manual")
    assert saved is not None
    customers.create(CustomerDraft(name="后来的人"))

    replacing, go_on = threading.Event(), threading.Event()
    real_restore_into = backups_module.restore_into
    events: list[str] = []

    def slow_restore_into(*args: object) -> None:
        replacing.set()
        assert go_on.wait(10)
        real_restore_into(*args)  # type: ignore[arg-type]
        events.append("restored")

    monkeypatch.setattr(backups_module, "restore_into", slow_restore_into)
    restoring = threading.Thread(target=service.restore, args=(saved.path,))
    restoring.start()
    assert replacing.wait(10)
    made: list[object] = []
    automatic = threading.Thread(
        target=lambda: made.append(service.back_up("auto", only_if_changed=True))
    )
    automatic.start()
    automatic.join(0.5)
    assert automatic.is_alive()  # waiting for the restore, not copying the file meanwhile
    go_on.set()
    restoring.join(10)
    automatic.join(10)
    events.append("backed up")

    assert events == ["restored", "backed up"]
    backup = made[0]
    assert isinstance(backup, backups_module.BackupInfo)
    assert names_in(backup.path) == ["张三"]  # the restored data, whole
