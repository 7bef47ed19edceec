"""Typed failures shared by storage and services.

Only ``custdesk.ui.common.messages`` turns these into text for a clerk; the ``str()`` of each
error is an English sentence meant for logs and the command line.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class CustDeskError(Exception):
    """Base of every error CustDesk raises on purpose (as opposed to a bug)."""


class FieldProblem(StrEnum):
    """Why a value was refused: the whole vocabulary of ValidationError. Services speak these
    codes; ``custdesk.code_words.PROBLEMS`` has a sentence for every one, which the window
    (``ui.common.messages.field_problem_text``) shows in the clerk's language."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_PHONE = "invalid_phone"
    REPEATED_PHONE = "repeated_phone"
    FUTURE_DATE = "future_date"
    PAST_DATE = "past_date"
    ALREADY_CLOSED = "already_closed"
    INVALID_DATE = "invalid_date"
    AMBIGUOUS_DATE = "ambiguous_date"  # 3/5/1990: 3 May or 5 March
    SELF_REFERRAL = "self_referral"
    REFERRAL_LOOP = "referral_loop"
    TOO_OLD = "too_old"
    TOO_FAR_AHEAD = "too_far_ahead"
    UNKNOWN_CHOICE = "unknown_choice"
    OUT_OF_RANGE = "out_of_range"
    INVALID_AMOUNT = "invalid_amount"
    INVALID_FOLDER = "invalid_folder"
    SAME_CUSTOMER = "same_customer"  # a merge of a file with itself
    IN_TRASH = "in_trash"  # a merge with a file in the Trash
    SHOP_NOT_EMPTY = "shop_not_empty"  # demo data only goes into an empty shop file


class ValidationError(CustDeskError):
    """Input a clerk typed is not acceptable; ``field_errors`` maps field name to reason."""

    def __init__(
        self, message: str, field_errors: Mapping[str, FieldProblem] | None = None
    ) -> None:
        super().__init__(message)
        self.field_errors: dict[str, FieldProblem] = dict(field_errors or {})

    @classmethod
    def for_fields(cls, field_errors: Mapping[str, FieldProblem]) -> ValidationError:
        """The error a form gets: every bad field at once, named in the message for logs."""
        return cls("Some fields need attention: " + ", ".join(sorted(field_errors)), field_errors)


class DuplicateError(CustDeskError):
    """A record that must be unique already exists; ``existing_id`` lets the UI offer to open it."""

    def __init__(
        self, message: str, existing_id: int | None = None, existing_name: str = ""
    ) -> None:
        super().__init__(message)
        self.existing_id = existing_id
        self.existing_name = existing_name  # as the clerk sees it, for the sentence she reads


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


class FileNotWrittenError(StorageError):
    """A file the clerk asked for (an export, a chart's picture) could not be written where she
    chose, for a reason other than a full or read-only disk: a folder that is gone (a USB stick
    taken out), a name the system refuses. The shop file is not concerned."""


class FileRefusedError(CustDeskError):
    """A file given to import cannot or must not be read; ``reason`` says why in one word
    (error_words.FILE_PROBLEMS has the sentence for each)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class AmbiguousEncodingError(FileRefusedError):
    """A text file reads cleanly in two encodings and its header does not say which is right;
    ``encodings`` names them ("GB18030 (GBK)", "Big5")."""

    def __init__(self, message: str, encodings: tuple[str, str]) -> None:
        super().__init__(message, "ambiguous_encoding")
        self.encodings = encodings


class CancelledError(CustDeskError):
    """The clerk pressed Cancel: nothing was written (an export left no file, an import no row)."""


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
# SQLite's primary result codes (https://sqlite.org/rescode.html); Python 3.11 gives them as
# sqlite_errorcode, whose low byte is the primary code of an extended one (SQLITE_IOERR_WRITE...).
_SQLITE_CODES: dict[int | None, type[StorageError]] = {
    sqlite3.SQLITE_CORRUPT: CorruptDatabaseError,
    sqlite3.SQLITE_NOTADB: CorruptDatabaseError,
    sqlite3.SQLITE_FULL: DiskFullError,
    sqlite3.SQLITE_READONLY: ReadOnlyStorageError,
    sqlite3.SQLITE_CANTOPEN: ReadOnlyStorageError,
    sqlite3.SQLITE_BUSY: DatabaseLockedError,
    sqlite3.SQLITE_LOCKED: DatabaseLockedError,
}
# Extended codes that say more than their primary code: "read-only" because the file was moved or
# deleted under an open connection is the file gone, not a permissions problem.
_SQLITE_EXTENDED_CODES: dict[int | None, type[StorageError]] = {
    sqlite3.SQLITE_READONLY_DBMOVED: DatabaseGoneError,
}
# lxml (writing a workbook) names the OS error in its message only: ENOSPC, EFBIG and EDQUOT.
_LXML_FULL_MARKERS = ("IO_ENOSPC", "IO_EFBIG", "IO_EDQUOT")


def _sqlite_extended_code(exc: BaseException) -> int | None:
    """SQLite's (extended) result code of ``exc``, or of the driver error SQLAlchemy wraps in it;
    None for anything that is not an SQLite failure."""
    code = getattr(getattr(exc, "orig", None) or exc, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def sqlite_primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (or of the driver error SQLAlchemy wraps in it),
    e.g. ``sqlite3.SQLITE_NOTADB``; None for anything that is not an SQLite failure."""
    code = _sqlite_extended_code(exc)
    return None if code is None else code & 0xFF


def environment_error(exc: BaseException, what: str) -> StorageError | None:
    """The typed StorageError for an OS or SQLite failure while doing ``what``: full, read-only,
    locked, damaged; None when ``exc`` is none of those (a bug, or a plain constraint).
    OS errors are told by errno, SQLite's by their result code, never by message text."""
    code = getattr(exc, "errno", None)
    detail = getattr(exc, "strerror", None) or str(exc)
    if code in _FULL:
        return DiskFullError(f"{what}: {detail}")
    if code in _READ_ONLY:
        return ReadOnlyStorageError(f"{what}: {detail}")
    extended = _SQLITE_EXTENDED_CODES.get(_sqlite_extended_code(exc))
    kind = extended or _SQLITE_CODES.get(sqlite_primary_code(exc))
    if kind is not None:
        return kind(f"{what}: {exc}")
    if any(marker in str(exc) for marker in _LXML_FULL_MARKERS):
        return DiskFullError(f"{what}: {exc}")
    if isinstance(exc, OSError):
        return StorageError(f"{what}: {detail}")
    return None


def written_file_error(exc: BaseException, what: str) -> StorageError:
    """``environment_error`` (a full or read-only disk), or FileNotWrittenError: for a file the
    clerk asked to be written (an export, a picture), which the message must not call the
    customer file."""
    known = environment_error(exc, what)
    if known is None or type(known) is StorageError:
        return FileNotWrittenError(f"{what}: {getattr(exc, 'strerror', None) or exc}")
    return known


def storage_error(exc: BaseException, what: str) -> StorageError:
    """``environment_error``, or a plain StorageError: for a failure that can only be the disk's
    or the file's (copying a database, writing a workbook)."""
    return environment_error(exc, what) or StorageError(f"{what}: {exc}")
