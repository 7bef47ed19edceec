"""Backups a clerk can count on: made when something changed, kept by the thinning policy,
restorable with the current data kept aside, and a damaged file replaced by a sound copy."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from custdesk.errors import SchemaTooNewError, StorageError
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.backups import (
    BackupService,
    folder_for_damaged,
    is_sound,
    parse_backup_name,
    recover,
    to_keep,
)
from custdesk.services.shop.demo import generate_demo
from custdesk.services.shop.settings import SettingsService, stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.migrate import upgrade_database

NOW = dt.datetime(2026, 11, 22, 18, 0)


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def names(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.scalars(select(orm.Customer.name)))


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def backups(db: Database, db_path: Path, clock: Clock) -> BackupService:
    generate_demo(db, 50, seed=1, today=NOW.date())
    return BackupService(db, db_path, SettingsService(db), clock=clock)


def test_a_backup_is_private_complete_and_skipped_when_nothing_changed(
    backups: BackupService, db: Database, clock: Clock
) -> None:
    first = backups.back_up("start", only_if_changed=True)
    assert first is not None and first.customers == 50
    assert first.path.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in first.path.parent.iterdir()) == [first.path.name]  # no -wal
    clock.now += dt.timedelta(minutes=30)
    assert backups.back_up("auto", only_if_changed=True) is None  # nothing written since
    CustomerService(db, stage_rules=stage_rules_in).create(CustomerDraft(name="新客人"))
    second = backups.back_up("auto", only_if_changed=True)
    assert second is not None and second.customers == 51
    assert [b.reason for b in backups.backups()] == ["auto", "start"]


def test_the_newest_backup_time_comes_from_the_names_alone(
    backups: BackupService, clock: Clock
) -> None:
    assert backups.newest_made_at() is None
    first = backups.back_up("start")
    clock.now += dt.timedelta(hours=2, minutes=5)
    second = backups.back_up("manual")
    assert second is not None and first is not None
    (backups.folder() / "notes.txt").write_text("not a backup")
    assert backups.newest_made_at() == second.made_at == NOW + dt.timedelta(hours=2, minutes=5)


def test_restore_puts_the_backup_back_and_keeps_the_current_data(
    backups: BackupService, db: Database, clock: Clock
) -> None:
    before = names(db)
    saved = backups.back_up("manual")
    assert saved is not None
    clock.now += dt.timedelta(minutes=1)
    CustomerService(db, stage_rules=stage_rules_in).create(CustomerDraft(name="后来的人"))
    aside = backups.restore(saved.path)
    assert names(db) == before  # the backup's customers, and only those
    assert aside.reason == "before-restore" and aside.customers == 51
    CustomerService(db, stage_rules=stage_rules_in).create(
        CustomerDraft(name="还能写")
    )  # the file is usable afterwards
    clock.now += dt.timedelta(minutes=1)
    backups.restore(aside.path)  # and the restore can be undone
    assert "后来的人" in names(db)


def test_a_backup_of_an_older_schema_is_restored_and_upgraded(
    backups: BackupService, db: Database, tmp_path: Path
) -> None:
    old = tmp_path / "old" / "custdesk.db"
    upgrade_database(old, target="0001_baseline")
    with closing(sqlite3.connect(old)) as connection, connection:
        connection.execute("INSERT INTO customers (name) VALUES ('老档案')")
    folder = backups.folder()
    folder.mkdir(parents=True, exist_ok=True)
    named = folder / "custdesk-20260101-090000-manual.db"
    shutil.copy(old, named)
    backups.restore(named)
    assert names(db) == ["老档案"]


def test_damaged_or_newer_backups_are_refused_and_nothing_changes(
    backups: BackupService, db: Database, tmp_path: Path
) -> None:
    before = names(db)
    saved = backups.back_up("manual")
    assert saved is not None
    newer = tmp_path / "newer.db"
    shutil.copy(saved.path, newer)
    with closing(sqlite3.connect(newer)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(SchemaTooNewError):
        backups.restore(newer)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(saved.path.read_bytes()[:8192] + b"\0garbage" * 4000)
    assert not is_sound(damaged)
    with pytest.raises(StorageError):
        backups.restore(damaged)
    assert names(db) == before


def test_a_damaged_file_is_moved_aside_and_the_newest_sound_backup_put_back(
    db_path: Path, tmp_path: Path
) -> None:
    upgrade_database(db_path)
    db = Database.open(db_path)
    generate_demo(db, 30, seed=2, today=NOW.date())
    clock = Clock(NOW)
    service = BackupService(db, db_path, SettingsService(db), clock=clock)
    good = service.back_up("manual")
    assert good is not None
    clock.now += dt.timedelta(hours=1)
    broken = service.back_up("auto")  # the newest backup is itself damaged: it must be passed by
    assert broken is not None
    with broken.path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(os.urandom(8192))
    db.close()
    with db_path.open("r+b") as handle:  # now damage the file itself
        handle.seek(4096)
        handle.write(b"\xff" * 20000)

    assert folder_for_damaged(db_path) == good.path.parent
    recovery = recover(db_path, NOW)
    assert recovery is not None and recovery.restored.path == good.path
    assert recovery.damaged_copy.name.startswith("custdesk.db.corrupt-")
    assert is_sound(db_path)
    reopened = Database.open(db_path)
    assert len(names(reopened)) == 30
    reopened.close()


def test_backup_names_are_read_back() -> None:
    db_path = Path("/shop/custdesk.db")
    assert parse_backup_name(db_path, Path("custdesk-20261122-180000-pre-import.db")) == (
        NOW,
        "pre-import",
    )
    assert parse_backup_name(db_path, Path("other-20261122-180000-auto.db")) is None
    assert parse_backup_name(db_path, Path("custdesk-20261122-180000-auto.db-wal")) is None


moments = st.lists(
    st.integers(min_value=0, max_value=600 * 24 * 60).map(
        lambda minutes: NOW - dt.timedelta(minutes=minutes)
    ),
    max_size=200,
)


@settings(max_examples=200, deadline=None)
@given(made=moments)
def test_the_thinning_policy(made: list[dt.datetime]) -> None:
    keep = to_keep(made, NOW, recent=10, months=12)
    newest_first = sorted(set(made), reverse=True)
    assert keep <= set(made)
    assert set(newest_first[:10]) <= keep  # the latest ten, always
    for day in {m.date() for m in made if NOW - m <= dt.timedelta(days=14)}:
        assert max(m for m in made if m.date() == day) in keep  # one a day for two weeks
    for month in {(m.year, m.month) for m in made}:
        in_month = [m for m in made if (m.year, m.month) == month]
        age = (NOW.year - month[0]) * 12 + NOW.month - month[1]
        if age < 12:
            assert max(in_month) in keep  # one a month for a year
    old = [m for m in made if m not in set(newest_first[:10])]
    kept_old = [m for m in old if m in keep]
    # never more than one per day + week + month bucket besides the latest ten
    assert len(kept_old) <= 14 + 8 + 12 + 1


def test_restoring_a_backup_the_thinning_would_drop_still_works(
    backups: BackupService, db: Database, clock: Clock
) -> None:
    SettingsService(db).update(backups_kept_recent=1)  # only the newest of today is kept
    old = backups.back_up("manual")
    assert old is not None
    clock.now += dt.timedelta(minutes=1)
    CustomerService(db, stage_rules=stage_rules_in).create(CustomerDraft(name="之后"))
    backups.restore(old.path)
    assert "之后" not in names(db)


def test_after_a_restore_new_work_is_never_taken_for_backed_up(
    backups: BackupService, db: Database, clock: Clock
) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in)
    first = backups.back_up("manual")
    assert first is not None
    for n in range(3):
        customers.create(CustomerDraft(name=f"客人{n}"))
    clock.now += dt.timedelta(minutes=1)
    assert backups.back_up("auto", only_if_changed=True) is not None
    clock.now += dt.timedelta(minutes=1)
    backups.restore(first.path)
    for n in range(3):  # as many writes as before: the old numbering would match a backup
        customers.create(CustomerDraft(name=f"新客人{n}"))
    clock.now += dt.timedelta(minutes=1)
    made = backups.back_up("auto", only_if_changed=True)
    assert made is not None and made.customers == 53


def test_a_backup_folder_chosen_in_settings_is_found_for_a_damaged_file(
    db_path: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb-stick" / "custdesk-backups"
    upgrade_database(db_path)
    db = Database.open(db_path)
    generate_demo(db, 12, seed=2, today=NOW.date())
    SettingsService(db).update(backup_folder=str(usb))
    service = BackupService(db, db_path, SettingsService(db), clock=Clock(NOW))
    made = service.back_up("manual")
    assert made is not None and made.path.parent == usb
    db.close()
    with db_path.open("r+b") as handle:
        handle.write(b"\0" * 100)  # the settings cannot be read any more
    assert folder_for_damaged(db_path) == usb
    recovery = recover(db_path, NOW)
    assert recovery is not None and recovery.restored.path == made.path
