"""What a file on disk is, before CustDesk writes a byte to it: a shop file of ours or not.

Our files carry SQLite's ``application_id`` (the header field SQLite reserves for this, see
https://www.sqlite.org/fileformat.html#application_id), so a file is recognised by a mark, not by
guessing from its tables. Files written before the mark existed, and their backups, are recognised
by their Alembic history (a revision we shipped) and our tables, and are stamped when opened for
writing. Anything else (another program's SQLite file, a text file, a folder, an empty file) is
refused untouched by every command that would write to it or replace it.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from custdesk.errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    NoShopFileError,
    NotACustDeskDatabaseError,
    SchemaTooNewError,
    StorageError,
    storage_error,
)

# "CuDk" in ASCII: the application_id of every CustDesk shop file (a signed 32-bit integer).
APPLICATION_ID = 0x4375446B
# Marks a file as ours: a header write, inside the running transaction when there is one.
STAMP_SQL = f"PRAGMA application_id = {APPLICATION_ID}"
SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables every CustDesk schema since the first has had (with the Alembic history, the mark of
# an unmarked file from an earlier version).
CORE_TABLES = frozenset({"customers", "customer_phones", "purchases", "visits", "shop_settings"})
VERSIONS_DIR = Path(__file__).parent / "migrations" / "versions"


class FileKind(Enum):
    WORKING_FILE = "working_file"  # named like SQLite's journal, WAL or shm of another file
    MISSING = "missing"
    FOLDER = "folder"
    EMPTY = "empty"  # 0 bytes: what a crashed copy or a mistyped `touch` leaves
    UNREADABLE = "unreadable"  # the system refused to read it (permissions, a locked file)
    NOT_SQLITE = "not_sqlite"  # no SQLite header, but shaped like a database: a wiped header
    OTHER_FILE = "other_file"  # a text file, a workbook, a PDF…: never a database at all
    FOREIGN = "foreign"  # a sound SQLite file of another program
    TOO_NEW = "too_new"  # ours, from a newer CustDesk
    SHOP = "shop"  # ours, marked
    UNMARKED_SHOP = "unmarked_shop"  # ours, from before the mark (stamped when opened to write)


@dataclass(frozen=True)
class FileCheck:
    path: Path
    kind: FileKind
    revision: str | None = None
    detail: str = ""

    @property
    def is_shop(self) -> bool:
        return self.kind in (FileKind.SHOP, FileKind.UNMARKED_SHOP)


def shipped_revisions() -> frozenset[str]:
    """Every Alembic revision this version ships, from the file names (``0002_customer_search``);
    reading names instead of loading Alembic keeps the start fast (a test compares them)."""
    return frozenset(path.stem for path in VERSIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py"))


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file itself, whatever name reaches it (a symlink, a hard link, a
    relative path); on Windows, Python fills these with the volume serial and the file ID."""
    try:
        info = Path(path).stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def inspect_file(path: Path) -> FileCheck:
    """What ``path`` is, read without writing to it (a read-only look at a WAL-mode database may
    still leave SQLite's -wal and -shm beside it).

    Never raises for a file's content; a file the system refuses to read (permissions) is
    UNREADABLE with the reason in ``detail``.
    """
    path = Path(path)
    if _WORKING_NAME.search(path.name):
        return FileCheck(path, FileKind.WORKING_FILE)
    if not path.exists():
        return FileCheck(path, FileKind.MISSING)
    if path.is_dir():
        return FileCheck(path, FileKind.FOLDER)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return FileCheck(path, FileKind.UNREADABLE, detail=exc.strerror or str(exc))
    if not header:
        return FileCheck(path, FileKind.EMPTY)
    if not header.startswith(SQLITE_MAGIC):
        if _could_be_a_damaged_database(path, header):
            return FileCheck(path, FileKind.NOT_SQLITE)
        return FileCheck(path, FileKind.OTHER_FILE)
    return _inspect_sqlite(path)


# Signatures of files a clerk might name by mistake: zip (.xlsx, .docx), PDF, OLE (.xls, .doc),
# text with a byte-order mark.
_OTHER_SIGNATURES = (
    b"PK\x03\x04",
    b"%PDF",
    b"\xd0\xcf\x11\xe0",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
)
_SMALLEST_PAGE = 512  # an SQLite file is whole pages of 512 to 65,536 bytes


def _could_be_a_damaged_database(path: Path, header: bytes) -> bool:
    """Whether a file without SQLite's header may still be a database whose header was wiped
    (offered for recovery from a backup), rather than another kind of file (refused untouched):
    whole pages long, no other format's signature, and not text."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    if size < _SMALLEST_PAGE or size % _SMALLEST_PAGE or header.startswith(_OTHER_SIGNATURES):
        return False
    return not _looks_like_text(header)


def _looks_like_text(data: bytes) -> bool:
    """UTF-8 (GBK and the like fail and count as binary, which only means "offer recovery")
    made of printable characters and line breaks; a character cut at the end is allowed."""
    for cut in range(4):
        try:
            text = data[: len(data) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return all(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return False


def _inspect_sqlite(path: Path) -> FileCheck:
    uri = f"file:{path.resolve()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            # Read through the WAL: a mark stamped but not yet checkpointed is still seen.
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            revisions = (
                [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables
                else []
            )
    except sqlite3.DatabaseError as exc:
        return FileCheck(path, FileKind.NOT_SQLITE, detail=str(exc))
    revision = revisions[0] if len(revisions) == 1 else None
    if application_id == APPLICATION_ID:
        if revision is not None and revision not in shipped_revisions():
            return FileCheck(path, FileKind.TOO_NEW, revision)
        return FileCheck(path, FileKind.SHOP, revision)
    if application_id != 0:
        return FileCheck(path, FileKind.FOREIGN, detail=f"application_id {application_id:#x}")
    if revision in shipped_revisions() and tables >= CORE_TABLES:
        return FileCheck(path, FileKind.UNMARKED_SHOP, revision)
    if not tables:
        return FileCheck(path, FileKind.FOREIGN, detail="an SQLite database with no tables")
    return FileCheck(path, FileKind.FOREIGN, revision, detail=", ".join(sorted(tables)[:5]))


def require_shop_file(path: Path) -> FileCheck:
    """``inspect_file``, raising unless ``path`` is a CustDesk shop file (marked or from an earlier
    version).

    Raises NoShopFileError (missing, a folder, 0 bytes), ForeignDatabaseError (another program's
    SQLite file, or a text or other file), NotACustDeskDatabaseError or CorruptDatabaseError (a
    wiped header, damage), SchemaTooNewError, StorageError (unreadable; named like one of
    SQLite's working files).
    """
    check = inspect_file(path)
    if check.is_shop:
        return check
    raise refusal(check)


def refusal(check: FileCheck) -> Exception:
    """The typed error that says why ``check`` is not a shop file CustDesk may use."""
    path = check.path
    if check.kind is FileKind.WORKING_FILE:
        return _working_name_error(path)
    if check.kind in (FileKind.MISSING, FileKind.FOLDER, FileKind.EMPTY):
        return NoShopFileError(path, check.kind.value)
    if check.kind is FileKind.FOREIGN:
        return ForeignDatabaseError(
            f"{path} is a database of another program ({check.detail}), not a CustDesk shop "
            "file; it was left as it is."
        )
    if check.kind is FileKind.OTHER_FILE:
        return ForeignDatabaseError(
            f"{path} is not a database at all (a text, spreadsheet or other kind of file), not "
            "a CustDesk shop file; it was left as it is."
        )
    if check.kind is FileKind.TOO_NEW:
        return SchemaTooNewError(check.revision or "?", max(shipped_revisions()))
    if check.kind is FileKind.UNREADABLE:
        return storage_error(OSError(check.detail), f"{path} cannot be read")
    if check.kind is FileKind.NOT_SQLITE and check.detail and "not a database" not in check.detail:
        return CorruptDatabaseError(f"{path} cannot be read: {check.detail}")
    return NotACustDeskDatabaseError(
        f"{path} is not a CustDesk shop file (it is not an SQLite database, or its header is "
        "damaged); it was left as it is."
    )


# SQLite's working files beside a database: its rollback journal, write-ahead log and index, and
# a multi-file commit's super-journal (https://www.sqlite.org/tempfiles.html).
_WORKING_NAME = re.compile(r"-(journal|wal|shm)$|-mj[0-9A-Fa-f]{8}$")
_REPLAYED_BESIDE = ("-journal", "-wal")  # of SQLITE_COMPANION_SUFFIXES, the ones SQLite plays in


def refuse_working_names(path: Path) -> None:
    """Refuse to put a database at ``path`` when SQLite would mistake it, or what lies beside
    it, for a working file. A copy named ``shop.db-journal`` is taken for a hot journal of
    shop.db, which then cannot be opened; and a stray ``<path>-journal`` or ``<path>-wal`` left
    by an earlier file of that name would be played back into the new one. Raises
    StorageError."""
    path = Path(path)
    if _WORKING_NAME.search(path.name):
        raise _working_name_error(path)
    for suffix in _REPLAYED_BESIDE:
        stray = path.with_name(path.name + suffix)
        if stray.exists() and inspect_file(path).kind in (FileKind.MISSING, FileKind.EMPTY):
            raise StorageError(
                f"{stray} is left from an earlier file named {path.name}; SQLite would play it "
                "into the new one. Nothing was changed; move it away or choose another name."
            )


def _working_name_error(path: Path) -> StorageError:
    return StorageError(
        f"{path.name} is the name SQLite gives to a working file of "
        f"{_WORKING_NAME.sub('', path.name)}; a shop file or a backup never takes it, and "
        "CustDesk never opens one as a shop file. Nothing was changed; choose another name."
    )


def same_file(first: Path, second: Path) -> bool:
    """Whether two names reach the same file (symlinks and hard links included)."""
    one, other = file_identity(first), file_identity(second)
    return one is not None and one == other


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":  # pragma: no cover - Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
