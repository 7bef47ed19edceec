"""Typed failures shared by storage and services.

Only ``custdesk.ui.common.messages`` turns these into text for a clerk; the ``str()`` of each
error is an English sentence meant for logs and the command line.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path


class CustDeskError(Exception):
    """Base of every error CustDesk raises on purpose (as opposed to a bug)."""


class ValidationError(CustDeskError):
    """Input a clerk typed is not acceptable; ``field_errors`` maps field name to reason."""

    def __init__(self, message: str, field_errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.field_errors: dict[str, str] = dict(field_errors or {})

    @classmethod
    def for_fields(cls, field_errors: dict[str, str]) -> ValidationError:
        """The error a form gets: every bad field at once, named in the message for logs."""
        return cls("Some fields need attention: " + ", ".join(sorted(field_errors)), field_errors)


class DuplicateError(CustDeskError):
    """A record that must be unique already exists; ``existing_id`` lets the UI offer to open it."""

    def __init__(self, message: str, existing_id: int | None = None) -> None:
        super().__init__(message)
        self.existing_id = existing_id


class NotFoundError(CustDeskError):
    """The record asked for does not exist (any more)."""


class StorageError(CustDeskError):
    """The database file or its folder cannot be used: the user's environment, not a bug."""


class SchemaTooNewError(StorageError):
    """The file was written by a newer CustDesk; it is left untouched."""

    def __init__(self, found_revision: str, known_head: str) -> None:
        super().__init__(
            f"The database was written by a newer version of CustDesk (schema {found_revision}); "
            f"this version only knows schema {known_head}. Nothing was changed."
        )
        self.found_revision = found_revision
        self.known_head = known_head


class NotACustDeskDatabaseError(StorageError):
    """The file is an SQLite database, or something else, that CustDesk did not create."""


class ForeignDatabaseError(NotACustDeskDatabaseError):
    """A sound SQLite database of another program: never opened, replaced, quarantined or
    restored from (it is somebody else's data)."""


class NoShopFileError(StorageError):
    """There is no shop file at the path a command was given: nothing there, a folder, or an
    empty (0-byte) file. Commands other than ``new``, ``demo`` and the window never create one."""

    def __init__(self, path: Path, reason: str) -> None:
        what = {
            "folder": f"{path} is a folder, not a shop file.",
            "empty": f"{path} is an empty file (0 bytes), not a shop file.",
        }.get(reason, f"There is no shop file at {path}.")
        advice = (
            "Name the shop file inside it with --db."
            if reason == "folder"
            else f"To start a new shop file there, run: custdesk new --db {path}"
        )
        super().__init__(f"{what} Nothing was changed. {advice}")
        self.path = path
        self.reason = reason  # missing, folder or empty


class ShopFileExistsError(StorageError):
    """``custdesk new`` (or the window's "create a new shop file") found a file already there;
    nothing was changed."""

    def __init__(self, path: Path, *, is_shop: bool) -> None:
        what = "a shop file" if is_shop else "a file that is not a shop file"
        super().__init__(f"There is already {what} at {path}. Nothing was changed.")
        self.path = path
        self.is_shop = is_shop


class CorruptDatabaseError(StorageError):
    """SQLite reports damage in the file."""


class DiskFullError(StorageError):
    """The disk (or the user's quota) is full; nothing of the failed write was kept."""


class ReadOnlyStorageError(StorageError):
    """The file or its folder cannot be written (read-only disk, permissions, locked USB stick)."""


class DatabaseLockedError(StorageError):
    """Another program (a backup tool, a second CustDesk) holds the file's write lock too long."""


class DatabaseGoneError(StorageError):
    """The file was deleted or moved while open; writing on would lose every change."""


@dataclass(frozen=True)
class LockHolder:
    """Who holds a database open, as written in its lock file."""

    pid: int
    host: str
    user: str
    started_at: str
    program: str


class DatabaseInUseError(StorageError):
    """Another CustDesk process has the same database open."""

    def __init__(self, db_path: str, holder: LockHolder | None) -> None:
        who = (
            f"process {holder.pid} ({holder.program}) of user {holder.user} on {holder.host}, "
            f"since {holder.started_at}"
            if holder
            else "another program"
        )
        super().__init__(f"The database {db_path} is already open in {who}. Nothing was written.")
        self.db_path = db_path
        self.holder = holder


class NotAWorkbookError(StorageError):
    """An export was pointed at a name that is not a .xlsx workbook (the shop file, a backup,
    another program's file); nothing was written."""


class CancelledError(CustDeskError):
    """The clerk pressed Cancel: nothing was written (an export left no file, an import no row)."""


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_TEXT_MARKERS: tuple[tuple[str, type[StorageError]], ...] = (
    ("malformed", CorruptDatabaseError),
    ("not a database", CorruptDatabaseError),
    ("disk image", CorruptDatabaseError),
    ("disk is full", DiskFullError),
    ("IO_ENOSPC", DiskFullError),  # lxml's words for ENOSPC, EFBIG and EDQUOT
    ("IO_EFBIG", DiskFullError),
    ("IO_EDQUOT", DiskFullError),
    ("readonly database", ReadOnlyStorageError),
    ("unable to open database", ReadOnlyStorageError),
    ("database is locked", DatabaseLockedError),
    ("database table is locked", DatabaseLockedError),
)


def environment_error(exc: BaseException, what: str) -> StorageError | None:
    """The typed StorageError for an OS or SQLite failure while doing ``what``: full, read-only,
    locked, damaged; None when ``exc`` is none of those (a bug, or a plain constraint)."""
    code = getattr(exc, "errno", None)
    detail = getattr(exc, "strerror", None) or str(exc)
    if code in _FULL:
        return DiskFullError(f"{what}: {detail}")
    if code in _READ_ONLY:
        return ReadOnlyStorageError(f"{what}: {detail}")
    text = str(exc)
    for marker, error in _TEXT_MARKERS:
        if marker in text:
            return error(f"{what}: {text}")
    if isinstance(exc, OSError):
        return StorageError(f"{what}: {detail}")
    return None


def storage_error(exc: BaseException, what: str) -> StorageError:
    """``environment_error``, or a plain StorageError: for a failure that can only be the disk's
    or the file's (copying a database, writing a workbook)."""
    return environment_error(exc, what) or StorageError(f"{what}: {exc}")
