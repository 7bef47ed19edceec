"""One CustDesk process per database file.

The lock is an operating-system lock on ``<db>.lock`` (flock on POSIX, msvcrt on Windows): the
kernel drops it when the holder exits or is killed, so a lock file left behind by a crash is simply
found unlocked and taken over. The file's text names the holder for the message a second instance
shows.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO, Any

from custdesk.errors import DatabaseInUseError, LockHolder, StorageError
from custdesk.paths import PRIVATE_FILE_MODE

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


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """Held for the life of a process that writes to the database.

    ``stale_holder`` is set when the lock file named a previous holder that is gone (a crash).
    """

    def __init__(self, db_path: Path, program: str = "custdesk") -> None:
        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self.program = program
        self.stale_holder: LockHolder | None = None
        self._handle: IO[str] | None = None

    def acquire(self) -> DatabaseLock:
        """Take the lock or raise DatabaseInUseError naming who has it; writes nothing else."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except OSError as exc:
            raise StorageError(f"Cannot create the lock file {self.path}: {exc.strerror}") from exc
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        if not _try_lock(handle):
            holder = _parse_holder(handle.read())
            handle.close()
            raise DatabaseInUseError(str(self.db_path), holder)
        self.stale_holder = _parse_holder(handle.read())
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(_holder_record(self.program)))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        handle.seek(0)
        handle.truncate()
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
        "started_at": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
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
