"""One writing CustDesk process per database file, however the file is named.

The lock is an operating-system lock (flock on POSIX, msvcrt on Windows) on a lock file named after
the database file's *identity*, its device and inode (the volume serial and file ID on Windows),
in the per-user data folder: ``locks/<device>-<inode>.lock``. A symlink, a hard link, a relative
path or another spelling of the path all reach the same inode and so the same lock; a lock keyed on
the path let a second window and a restore in through a symlink. The kernel drops the lock when the
holder exits or is killed, so a lock file left behind by a crash is found unlocked and taken over.
The lock file's text names the holder for the message a second instance shows. Lock files are
emptied, never deleted: deleting one while another process waits on it would let two holders in.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO, Any

from custdesk import clock as shop_clock
from custdesk.errors import DatabaseInUseError, LockHolder, NoShopFileError, StorageError
from custdesk.paths import PRIVATE_FILE_MODE, default_data_dir, ensure_private_dir
from custdesk.storage.identity import file_identity

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def locks_dir() -> Path:
    """Where the lock files live: the per-user data folder, shared by every name of a file."""
    return default_data_dir() / "locks"


def lock_path_for(identity: tuple[int, int]) -> Path:
    device, inode = identity
    return locks_dir() / f"{device}-{inode}.lock"


class DatabaseLock:
    """Held for the life of a process that writes to the database.

    ``stale_holder`` is set when the lock file named a previous holder that is gone (a crash).
    """

    def __init__(self, db_path: Path, program: str = "custdesk") -> None:
        self.db_path = Path(db_path)
        self.program = program
        self.stale_holder: LockHolder | None = None
        self.path: Path | None = None
        self.home = self.db_path
        self._handle: IO[str] | None = None

    def acquire(self) -> DatabaseLock:
        """Take the lock of the file ``db_path`` names, or raise DatabaseInUseError naming who has
        it (NoShopFileError when there is no file); writes nothing but the lock file."""
        identity = file_identity(self.db_path)
        if identity is None or self.db_path.is_dir():
            raise NoShopFileError(self.db_path, "folder" if self.db_path.is_dir() else "missing")
        path = lock_path_for(identity)
        try:
            # The data folder first: mkdir(parents=True) would make it 0755 on the way.
            ensure_private_dir(default_data_dir(), tighten_existing=True)
            ensure_private_dir(path.parent)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except OSError as exc:
            raise StorageError(f"Cannot create the lock file {path}: {exc.strerror}") from exc
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        if not _try_lock(handle):
            holder = _parse_holder(handle.read())
            handle.close()
            raise DatabaseInUseError(str(self.db_path), holder)
        if file_identity(self.db_path) != identity:  # replaced while we were locking: try again
            _unlock(handle)
            handle.close()
            return self.acquire()
        try:
            _refuse_if_held_by_an_earlier_version(self.db_path)
        except DatabaseInUseError:
            _unlock(handle)
            handle.close()
            raise
        self.stale_holder = _parse_holder(handle.read())
        handle.seek(0)
        handle.truncate()
        self.home = home_path(self.db_path, identity)
        handle.write(json.dumps({**_holder_record(self.program), "path": str(self.home)}))
        handle.flush()
        self.path = path
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"path": str(self.home)}))  # no holder any more; the home stays
        handle.flush()
        _unlock(handle)
        handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> DatabaseLock:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def home_path(db_path: Path, identity: tuple[int, int] | None = None) -> Path:
    """The one name CustDesk uses for the file ``db_path`` reaches.

    SQLite keeps a WAL-mode file's newest commits in ``<name>-wal`` and finds it by the name it
    was opened with: through a hard link it would read (and back up) the file without them, and a
    backup folder is named after the file too. So the first name a writer used is kept in the
    lock file and every later name of the same file (a hard link, a symlink, a relative or
    ``..`` path) is turned into it while that name still reaches the same file; otherwise the
    resolved path (symlinks followed) is the home.
    """
    resolved = Path(db_path).expanduser().resolve()
    identity = identity or file_identity(resolved)
    if identity is None:
        return resolved
    try:
        recorded = json.loads(lock_path_for(identity).read_text("utf-8")).get("path")
    except (OSError, ValueError, AttributeError):
        recorded = None
    if recorded:
        home = Path(recorded)
        if home != resolved and file_identity(home) == identity:
            return home
    return resolved


def legacy_lock_path(db_path: Path) -> Path:
    """Where CustDesk versions before the identity lock kept theirs: beside the file's name."""
    return db_path.with_name(db_path.name + ".lock")


def _refuse_if_held_by_an_earlier_version(db_path: Path) -> None:
    """A window of an earlier version, still open while this one starts, holds only the lock
    beside the file's name (its real path, and the name given): look there too, without
    creating anything."""
    for name in dict.fromkeys((db_path.absolute(), db_path.resolve())):
        legacy = legacy_lock_path(name)
        try:
            handle = legacy.open("r+", encoding="utf-8")
        except OSError:
            continue  # none there (the usual case), or unreadable: nothing holds it usefully
        try:
            if not _try_lock(handle):
                raise DatabaseInUseError(str(db_path), _parse_holder(handle.read()))
            _unlock(handle)
        finally:
            handle.close()


def login_name() -> str:
    """Who is at the computer, as the system knows them (also recorded in the audit trail)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "?"


def _holder_record(program: str) -> dict[str, Any]:
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": login_name(),
        "started_at": shop_clock.now().strftime("%Y-%m-%d %H:%M"),
        "program": program,
    }


def _parse_holder(text: str) -> LockHolder | None:
    try:
        data = json.loads(text)
        return LockHolder(
            pid=int(data["pid"]),
            host=str(data["host"]),
            user=str(data["user"]),
            started_at=str(data["started_at"]),
            program=str(data["program"]),
        )
    except (ValueError, KeyError, TypeError):
        return None
