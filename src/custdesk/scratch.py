"""Working files that must not outlive a crash: this process's scratch folder, and files written
under a temporary name beside where they will land.

A half-built export or openpyxl's spill files hold names and phone numbers, so they never go to
the system temp folder (shared, rarely cleaned). Each process works in its own subfolder of the
private scratch folder (``paths.scratch_dir()``, 0700) and holds an operating-system lock on
the ``.lock`` file inside it for its whole life (flock on POSIX, msvcrt on Windows, as
``storage/lock.py``). The kernel drops that lock when the process exits or is killed, so the
sweep at the next start removes every subfolder whose lock is free and never one a live
process holds. Creating a subfolder and sweeping take turns on ``scratch/.guard``, so a sweep
never sees a subfolder before its owner has locked it.

A file written beside its destination (a backup's ``.partial``, an export copied across disks,
a picture) is a :class:`Partial`: created 0600 and locked while written, renamed over the
destination when complete, removed on any error; a kill -9 leaves it unlocked, and
:func:`remove_dead` takes only such ones, with the files SQLite kept beside it (a backup is
written through SQLite on its ``.partial``, so a kill also leaves ``.partial-journal``).
"""

from __future__ import annotations

import atexit
import errno
import logging
import os
import secrets
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from custdesk.errors import storage_error
from custdesk.paths import PRIVATE_FILE_MODE, default_data_dir, ensure_private_dir, scratch_dir

log = logging.getLogger(__name__)

LOCK_NAME = ".lock"
GUARD_NAME = ".guard"
PARTIAL_SUFFIX = ".partial"
# What SQLite writes beside a database file it has open (the rollback journal; WAL's two files).
SQLITE_COMPANION_SUFFIXES = ("-journal", "-wal", "-shm")

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Windows locks are mandatory: lock one byte far past anything SQLite writes or locks (its
    # lock bytes sit at 1 GiB), so a locked backup .partial can still be written through SQLite.
    _LOCK_OFFSET = 1 << 40

    def _lock(fd: int, *, wait: bool) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError:
            if wait:
                raise
            return False
        return True

else:
    import fcntl

    def _lock(fd: int, *, wait: bool) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


# The kernel drops a lock when its descriptor is closed (or the process dies), so closing is the
# unlock everywhere; on Windows a file must also be closed before it can be renamed or deleted.


def _take_lock(fd: int, *, wait: bool = False) -> bool:
    """For the holder: False only when another process holds the lock. Where the file system
    has no locks (some network shares) the work goes on unlocked, and sweepers, which cannot
    lock either, leave the file alone."""
    try:
        return _lock(fd, wait=wait)
    except OSError as exc:
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EINVAL):
            return True
        raise


@dataclass
class _Held:
    root: Path
    folder: Path
    lock_fd: int


_state_lock = threading.Lock()
_held: _Held | None = None


def start() -> Path:
    """At start-up (of the process, or of a shop file in it): sweep what killed processes left,
    and take this process's folder now, so every temporary file it makes is private from the
    first. Raises StorageError."""
    sweep()
    return folder()


def folder() -> Path:
    """This process's private scratch folder, created and locked on first use (which first
    sweeps the folders of processes that ended). Raises StorageError.

    It also becomes ``tempfile``'s default folder for the process. openpyxl's write-only sheets
    spill their rows into ``tempfile.NamedTemporaryFile(prefix="openpyxl.")`` with no argument
    to say where (the writer's ``out`` is internal), and ``tempfile.tempdir`` is the documented,
    process-wide setting for exactly that; it also covers any other library's temporary files.
    """
    global _held
    root = scratch_dir()
    with _state_lock:
        if _held is not None and _held.root != root:  # tests point the data folder elsewhere
            _release(_held)
            _held = None
        if _held is None:
            try:
                _held = _take(root)
            except OSError as exc:
                raise storage_error(exc, f"The private scratch folder {root} is unusable") from exc
        tempfile.tempdir = str(_held.folder)
        return _held.folder


def sweep() -> list[Path]:
    """Remove every subfolder of the scratch folder that no live process holds; returns them."""
    root = scratch_dir()
    if not root.is_dir():
        return []
    with _guard(root):
        removed = _sweep_guarded(root)
    if removed:
        log.info("removed %d scratch folder(s) left by processes that ended", len(removed))
    return removed


def _sweep_guarded(root: Path) -> list[Path]:
    own = _held.folder if _held is not None else None
    removed = []
    for entry in root.iterdir():
        if entry == own or entry.is_symlink() or not entry.is_dir():
            continue
        lock_file = entry / LOCK_NAME
        if lock_file.exists():  # always, but for a process killed while creating it
            fd = _lock_if_free(lock_file)
            if fd is None:
                continue  # a live process
            os.close(fd)  # no one reuses an old folder; Windows deletes closed files only
        shutil.rmtree(entry, ignore_errors=True)
        if not entry.exists():
            removed.append(entry)
    return removed


@contextmanager
def scratch_file(suffix: str = "") -> Iterator[Path]:
    """An empty 0600 file in this process's scratch folder, removed when the block ends."""
    descriptor, name = tempfile.mkstemp(suffix=suffix, prefix="custdesk-", dir=folder())
    os.close(descriptor)
    path = Path(name)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


class Partial:
    """A file written under a temporary name beside ``destination`` and renamed over it.

    ``with Partial(dest) as partial:`` creates ``partial.path`` empty, 0600, and locked; write
    it (through ``partial.fd`` or by its path), then ``partial.commit()``. Leaving the block
    without committing removes it. ``name`` defaults to ``.<dest name>.<random>.partial``.
    """

    def __init__(self, destination: Path, name: str | None = None) -> None:
        self.destination = Path(destination)
        token = secrets.token_hex(4)
        self.path = self.destination.with_name(
            name or f".{self.destination.name}.{token}{PARTIAL_SUFFIX}"
        )
        self.fd = -1
        self._committed = False

    def __enter__(self) -> Partial:
        while True:
            self.path.unlink(missing_ok=True)  # a dead leftover of the same name
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
            except FileExistsError:
                continue  # someone created it since the unlink: try again
            # A sweep may take the new file between its creation and our lock: then it is gone
            # (or a different file) by the time we check, and we start again.
            if _take_lock(fd) and _same_file(self.path, fd):
                self.fd = fd
                return self
            os.close(fd)

    def commit(self) -> Path:
        """Rename over the destination; the lock is held until then (POSIX) or just before
        (Windows cannot rename an open file; a sweep in that instant fails this write)."""
        if sys.platform == "win32":  # pragma: no cover
            self._close()
        self.path.replace(self.destination)
        self._committed = True
        self._close()
        return self.destination

    def _close(self) -> None:
        if self.fd >= 0:
            fd, self.fd = self.fd, -1
            os.close(fd)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self._committed:
            with suppress(OSError):
                self.path.unlink()
        self._close()


def place(built: Path, destination: Path) -> Path:
    """Move a complete file (e.g. from the scratch folder) to ``destination``, atomically.

    A rename when both are on one file system; otherwise a copy beside ``destination`` under a
    temporary name (removed on any error) renamed over it. Partials a killed export left beside
    ``destination`` are removed first. Raises OSError.
    """
    try:
        built.replace(destination)
        return destination
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
    remove_dead(destination.parent.glob(f".{destination.name}.*{PARTIAL_SUFFIX}"))
    with Partial(destination) as partial, built.open("rb") as source:
        with os.fdopen(partial.fd, "wb", closefd=False) as target:
            shutil.copyfileobj(source, target, 1 << 20)
        os.fsync(partial.fd)
        partial.commit()
    built.unlink(missing_ok=True)
    return destination


def write_file(destination: Path, data: bytes) -> Path:
    """``data`` to ``destination`` (0600), atomically: the old file stays on any error."""
    with Partial(destination) as partial:
        view = memoryview(data)
        while view:
            view = view[os.write(partial.fd, view) :]
        os.fsync(partial.fd)
        return partial.commit()


def remove_dead(paths: Iterable[Path]) -> list[Path]:
    """Remove those of ``paths`` that no live process holds locked (leftovers of a kill), each
    with SQLite's files beside it (``<path>-journal``, ``-wal``, ``-shm``); returns all removed.

    A path that is itself such a companion of a ``.partial`` (``x.partial-journal``) is removed
    when its partial no longer exists: SQLite makes one only beside a database it has open, and
    a writer's partial exists from before SQLite opens it until after it is closed.
    """
    removed: list[Path] = []
    orphans: list[Path] = []
    for path in paths:
        if path.is_symlink() or not path.is_file():
            continue
        if _partial_of(path) is not None:
            orphans.append(path)  # after the partials: theirs go with them
            continue
        fd = _lock_if_free(path)
        if fd is None:
            continue
        try:
            if sys.platform != "win32":  # under the lock: a writer racing us sees it gone, retries
                path.unlink()
                removed += [path, *_remove_companions(path)]
        except OSError:
            continue
        finally:
            os.close(fd)
        if sys.platform == "win32":  # pragma: no cover - only closed files can be deleted there
            try:
                path.unlink()
            except OSError:
                continue
            removed += [path, *_remove_companions(path)]
    for companion in orphans:
        partial = _partial_of(companion)
        if companion in removed or partial is None or partial.exists() or partial.is_symlink():
            continue
        try:
            companion.unlink()
        except OSError:
            continue
        removed.append(companion)
    if removed:
        log.info("removed %d unfinished file(s) left by processes that ended", len(removed))
    return removed


def _partial_of(path: Path) -> Path | None:
    """``x.partial`` for its SQLite companion ``x.partial-journal`` (or ``-wal``, ``-shm``)."""
    for suffix in SQLITE_COMPANION_SUFFIXES:
        if path.name.endswith(PARTIAL_SUFFIX + suffix):
            return path.with_name(path.name.removesuffix(suffix))
    return None


def sqlite_companions(path: Path) -> tuple[Path, ...]:
    """The files SQLite may keep beside the database ``path`` (whether they exist or not)."""
    return tuple(path.with_name(path.name + suffix) for suffix in SQLITE_COMPANION_SUFFIXES)


def _remove_companions(partial: Path) -> list[Path]:
    """SQLite's files beside a dead ``partial``; the ones removed."""
    removed = []
    for companion in sqlite_companions(partial):
        if companion.is_symlink() or not companion.is_file():
            continue
        try:
            companion.unlink()
        except OSError:
            continue  # the next start tries again: the partial is gone, so it is an orphan
        removed.append(companion)
    return removed


def _take(root: Path) -> _Held:
    # The data folder first: mkdir(parents=True) would give it the umask's mode (often 0755)
    # when a command on a --db elsewhere is the first to need it.
    ensure_private_dir(default_data_dir(), tighten_existing=True)
    ensure_private_dir(root, tighten_existing=True)
    with _guard(root):
        swept = _sweep_guarded(root)
        path = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=root))  # 0700
        fd = os.open(path / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        if not _take_lock(fd):  # nobody else can know this new file
            os.close(fd)
            raise OSError(errno.EAGAIN, "could not lock a new scratch folder", str(path))
    if swept:
        log.info("removed %d scratch folder(s) left by processes that ended", len(swept))
    held = _Held(root, path, fd)
    atexit.register(_release, held)
    return held


def _release(held: _Held) -> None:
    """This process's folder goes at a normal exit (after a kill, the next start's sweep)."""
    if held.lock_fd < 0:
        return
    fd, held.lock_fd = held.lock_fd, -1
    with suppress(OSError):
        os.close(fd)
    shutil.rmtree(held.folder, ignore_errors=True)


@contextmanager
def _guard(root: Path) -> Iterator[None]:
    fd = os.open(root / GUARD_NAME, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
    try:
        _take_lock(fd, wait=True)
        yield
    finally:
        os.close(fd)


def _lock_if_free(path: Path) -> int | None:
    """A descriptor holding the lock on ``path`` if no process holds it; None otherwise."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None
    try:
        if _lock(fd, wait=False) and _same_file(path, fd):
            return fd
    except OSError:
        pass  # no locks here: whether someone is writing cannot be known, so it is kept
    os.close(fd)
    return None


def _same_file(path: Path, fd: int) -> bool:
    try:
        named, held = path.stat(), os.fstat(fd)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)
