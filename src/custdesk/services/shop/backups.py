"""Backups of the customer file: made with SQLite's online backup API, kept by a thinning
policy, listed with what is inside, and restored with the current file kept aside first.

A backup is ``<name>-YYYYMMDD-HHMMSS-<reason>.db`` in the backup folder (the shop's setting, or
``<file>.backups`` beside the database). None is made when nothing was written since the newest
one: each backup carries the file's ``write_seq``, which every committed write bumps.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError

from custdesk import clock as shop_clock
from custdesk.errors import NotFoundError, SchemaTooNewError, StorageError
from custdesk.paths import backup_dir_for, ensure_private_dir, ensure_private_file
from custdesk.periods import months_between
from custdesk.scratch import sqlite_companions
from custdesk.services.customers.counted import customer_counted
from custdesk.services.shop.settings import SettingsService, ShopSettings
from custdesk.storage import orm
from custdesk.storage.backup import backup_to, copy_database, restore_into, timestamped_name
from custdesk.storage.db import WRITE_SEQ_KEY, Database, make_engine
from custdesk.storage.identity import FileKind, inspect_file, require_shop_file, same_file
from custdesk.storage.integrity import broken_links, page_problems
from custdesk.storage.migrate import shipped_head, stored_revision, upgrade_database

DAILY_FOR_DAYS = 14
WEEKLY_FOR_WEEKS = 8
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str  # start, auto, pre-import, pre-migrate-…, manual, before-restore
    size: int
    customers: int | None = None  # outside the copy's Trash; None when it cannot be read
    write_seq: int | None = None
    revision: str | None = None
    is_custdesk: bool = True  # False: another program's file named like a backup (never used)


def backup_folder(db_path: Path, settings: ShopSettings) -> Path:
    return Path(settings.backup_folder) if settings.backup_folder else backup_dir_for(db_path)


def parse_backup_name(db_path: Path, path: Path) -> tuple[dt.datetime, str] | None:
    """(when, why) from a backup's file name, or None for a file that is not one of ours."""
    pattern = rf"{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}})-(.+){re.escape(path.suffix)}"
    match = re.fullmatch(pattern, path.name)
    if match is None or path.suffix != (db_path.suffix or ".db"):
        return None
    try:
        return dt.datetime.strptime(match.group(1), _STAMP), match.group(2)
    except ValueError:
        return None


def to_keep(
    made: Iterable[dt.datetime], now: dt.datetime, *, recent: int = 10, months: int = 12
) -> set[dt.datetime]:
    """Which backups the thinning policy keeps: the newest ``recent``, then the newest of each
    day for two weeks, of each week for eight weeks and of each month for ``months`` months."""
    newest_first = sorted(set(made), reverse=True)
    keep = set(newest_first[:recent])
    seen: set[tuple[str, object]] = set()
    for moment in newest_first:
        age = now - moment
        buckets: list[tuple[str, object]] = []
        if age <= dt.timedelta(days=DAILY_FOR_DAYS):
            buckets.append(("day", moment.date()))
        if age <= dt.timedelta(weeks=WEEKLY_FOR_WEEKS):
            buckets.append(("week", moment.isocalendar()[:2]))
        if months_between(moment, now) < months:
            buckets.append(("month", (moment.year, moment.month)))
        for bucket in buckets:
            if bucket not in seen:
                seen.add(bucket)
                keep.add(moment)
    return keep


def backup_files(db_path: Path, folder: Path) -> list[tuple[Path, dt.datetime, str]]:
    """(file, when, why) of every backup of ``db_path`` in ``folder``, from the names alone."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            parsed = parse_backup_name(db_path, path)
            if parsed is not None and path.is_file():
                found.append((path, *parsed))
    return found


def list_backups(db_path: Path, folder: Path) -> list[BackupInfo]:
    """Every backup of ``db_path`` in ``folder``, newest first, with what is inside."""
    found = [read_backup(*named) for named in backup_files(db_path, folder)]
    return sorted(found, key=lambda info: (info.made_at, info.write_seq or 0), reverse=True)


def folder_note(db_path: Path) -> Path:
    """A one-line text file beside the database naming a backup folder chosen in Settings: the
    setting lives in the database, which is exactly what cannot be read when it is damaged."""
    return db_path.with_name(db_path.name + ".backup-folder")


def folder_for_damaged(db_path: Path) -> Path:
    """The backup folder of a file that may not open: its own setting if still readable, else
    the folder named beside it, else the default one."""
    try:
        database = Database.open(db_path, read_only=True)
        try:
            settings = SettingsService(database).get()
        finally:
            database.engine.dispose()
    except (StorageError, DatabaseError):
        try:
            named = folder_note(db_path).read_text("utf-8").strip()
        except OSError:
            named = ""
        return Path(named) if named else backup_dir_for(db_path)
    return backup_folder(db_path, settings)


@dataclass(frozen=True)
class Recovery:
    damaged_copy: Path  # the damaged file, moved aside
    restored: BackupInfo


def newest_sound_backup(db_path: Path, folder: Path) -> BackupInfo | None:
    return next((info for info in list_backups(db_path, folder) if is_sound(info.path)), None)


def recover(db_path: Path, now: dt.datetime, best: BackupInfo | None = None) -> Recovery | None:
    """Move a damaged file aside and put ``best`` (by default the newest sound backup) in its
    place; None (and the file left where it is) when there is no sound backup. Nothing may have
    the file open."""
    best = best or newest_sound_backup(db_path, folder_for_damaged(db_path))
    if best is None:
        return None
    aside = quarantine(db_path, now)
    restore_file(best.path, db_path)
    return Recovery(aside, best)


def read_backup(path: Path, made_at: dt.datetime, reason: str) -> BackupInfo:
    """What is inside a backup, read-only; an unreadable copy still lists, without counts, and
    a file that is not CustDesk's (named like a backup by chance) lists as such."""
    size = path.stat().st_size
    found = inspect_file(path)
    if not found.is_shop and found.kind in (FileKind.FOREIGN, FileKind.OTHER_FILE):
        return BackupInfo(path, made_at, reason, size, is_custdesk=False)
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as connection:
            revision = stored_revision(connection)
            # As the window counts them: the Trash is left out (counted.customer_counted).
            customers = connection.scalar(
                select(func.count()).select_from(orm.Customer).where(customer_counted())
            )
            seq = connection.scalar(
                select(orm.ShopSetting.value).where(orm.ShopSetting.key == WRITE_SEQ_KEY)
            )
        return BackupInfo(path, made_at, reason, size, customers, int(seq or 0), revision)
    except DatabaseError:
        return BackupInfo(path, made_at, reason, size)
    finally:
        engine.dispose()


def is_sound(path: Path) -> bool:
    """A CustDesk file whose quick_check passes and whose every link points somewhere
    (read-only): what recovery and restore may put in place of the shop file."""
    if not inspect_file(path).is_shop:
        return False
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as connection:
            pages = page_problems(connection, quick=True, limit=1)
            broken = broken_links(connection, limit=1)
        return pages == ["ok"] and not broken
    except DatabaseError:
        return False
    finally:
        engine.dispose()


class BackupService:
    def __init__(
        self,
        db: Database,
        db_path: Path,
        settings: SettingsService,
        *,
        clock: Callable[[], dt.datetime] = shop_clock.now,
    ) -> None:
        self._db = db
        self._db_path = db_path
        self._settings = settings
        self._clock = clock
        # A backup and a restore never overlap: the automatic backup's worker would otherwise
        # copy a file being replaced, or hold it open while the restore reopens the engine.
        # The later one waits for the earlier one (the window runs both off the GUI thread).
        self._one_at_a_time = threading.Lock()

    def folder(self) -> Path:
        return backup_folder(self._db_path, self._settings.get())

    def backups(self) -> list[BackupInfo]:
        """Every backup of this file in the folder, newest first, with what is inside."""
        return list_backups(self._db_path, self.folder())

    def newest_made_at(self) -> dt.datetime | None:
        """When the newest backup was made (local time), from the file names alone: no copy is
        opened, so the status bar can ask after every backup. None when there is none."""
        made = [made_at for _, made_at, _ in backup_files(self._db_path, self.folder())]
        return max(made, default=None)

    def back_up(
        self, reason: str = "manual", *, only_if_changed: bool = False
    ) -> BackupInfo | None:
        """A new backup (then thinning); with ``only_if_changed``, none when nothing was written
        since the newest backup. Waits for a restore under way to finish first."""
        with self._one_at_a_time:
            if only_if_changed and self.is_backed_up():
                return None
            made = self._copy_now(reason)
            self.thin()
            return made

    def _copy_now(self, reason: str) -> BackupInfo:
        now = self._clock()
        folder = ensure_private_dir(self.folder())
        self._note_folder(folder)
        path = backup_to(
            self._db.engine, _free_name(folder / timestamped_name(self._db_path, reason, now))
        )
        return read_backup(path, now.replace(microsecond=0), reason)

    def _note_folder(self, folder: Path) -> None:
        note = folder_note(self._db_path)
        if folder == backup_dir_for(self._db_path):
            note.unlink(missing_ok=True)
        elif not note.exists() or note.read_text("utf-8").strip() != str(folder):
            ensure_private_file(note)
            note.write_text(f"{folder}\n", "utf-8")

    def is_backed_up(self) -> bool:
        """Whether the newest backup holds everything written so far (only the backups of the
        newest second are opened, not every one in the folder)."""
        named = backup_files(self._db_path, self.folder())
        if not named:
            return False
        newest = max(made_at for _path, made_at, _reason in named)
        seq = self._db.write_seq()
        return any(read_backup(*entry).write_seq == seq for entry in named if entry[1] == newest)

    def thin(self) -> list[Path]:
        """Delete the backups the policy no longer keeps; returns them. Decided on the times
        in the file names: nothing needs to be opened."""
        settings = self._settings.get()
        existing = backup_files(self._db_path, self.folder())
        keep = to_keep(
            (made_at for _path, made_at, _reason in existing),
            self._clock(),
            recent=settings.backups_kept_recent,
            months=settings.backups_kept_months,
        )
        removed = [path for path, made_at, _reason in existing if made_at not in keep]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    def restore(self, backup: Path) -> BackupInfo:
        """Put ``backup``'s content in place of the current data; the current file is first saved
        as a "before-restore" backup. Returns that backup (so the restore can be undone).

        Raises NotFoundError, ForeignDatabaseError / NotACustDeskDatabaseError (not a CustDesk
        file: refused untouched), SchemaTooNewError, StorageError (damaged backup, the live file
        itself). Waits for a backup under way (the automatic one) to finish first."""
        with self._one_at_a_time:
            return self._restore(Path(backup))

    def _restore(self, backup: Path) -> BackupInfo:
        if not backup.is_file():
            raise NotFoundError(f"There is no backup at {backup}.")
        require_shop_file(backup)  # only a CustDesk file replaces a CustDesk file
        if same_file(backup, self._db_path):
            raise StorageError(f"{backup} is the shop file itself; nothing was changed.")
        if not is_sound(backup):
            raise StorageError(f"The backup {backup.name} is damaged; nothing was changed.")
        inside = read_backup(backup, self._clock(), "restore")
        if inside.revision is not None and inside.revision > shipped_head():
            raise SchemaTooNewError(inside.revision, shipped_head())
        newest_seq = max((info.write_seq or 0 for info in self.backups()), default=0)
        aside = self._copy_now("before-restore")  # thinned only afterwards: it might take the
        restore_into(self._db.engine, backup)  # very backup being restored
        if inside.revision != shipped_head():
            upgrade_database(self._db_path, backup_dir=self.folder())
        self._db.reopen()
        # The restored data carries an old write_seq; continue above every backup's, or a later
        # state could match a backup's number and its backup be skipped as "nothing changed".
        self._db.continue_write_seq_from(max(newest_seq, aside.write_seq or 0))
        self.thin()
        return aside


def open_copy_read_only(backup: Path, scratch: Path) -> Database:
    """A read-only Database on a copy of ``backup`` brought to the current schema (the backup
    itself is never written, not even by a migration)."""
    require_shop_file(backup)  # another program's file is never opened as a backup
    copy = scratch / backup.name
    copy_database(backup, copy)
    upgrade_database(copy, backup_dir=scratch / "migrations")
    return Database.open(copy, read_only=True)


def quarantine(db_path: Path, now: dt.datetime) -> Path:
    """Move a damaged file (and its WAL and shared-memory files) aside as ``*.corrupt-<when>``;
    nothing is deleted, so the damaged file can still be sent for repair."""
    stamp = now.strftime(_STAMP)
    aside = db_path.with_name(f"{db_path.name}.corrupt-{stamp}")
    for companion in sqlite_companions(db_path):
        if companion.exists():
            suffix = companion.name.removeprefix(db_path.name)
            shutil.move(companion, aside.with_name(aside.name + suffix))
    shutil.move(db_path, aside)
    return aside


def set_aside_leftovers(db_path: Path, now: dt.datetime) -> list[Path]:
    """Move the working files a deleted shop file left (``-wal``, ``-journal``, ``-shm``) aside as
    ``*.orphan-<when>``, so a file restored in its place is not mixed with them (SQLite would
    play an old WAL or journal into it); nothing is deleted. Returns where they went."""
    stamp = now.strftime(_STAMP)
    moved = []
    for leftover in sqlite_companions(db_path):
        if leftover.exists():
            aside = leftover.with_name(f"{leftover.name}.orphan-{stamp}")
            shutil.move(leftover, aside)
            moved.append(aside)
    return moved


def restore_file(backup: Path, db_path: Path) -> None:
    """Put a copy of ``backup`` at ``db_path`` when nothing has it open (after quarantine)."""
    copy_database(backup, db_path)


def _free_name(path: Path) -> Path:
    """``path``, or with -2, -3… when two backups fall in the same second."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate
