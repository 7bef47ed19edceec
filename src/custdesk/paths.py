"""Where CustDesk keeps its files, and the private permissions they get."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

APP_NAME = "CustDesk"
DEFAULT_DB_NAME = "custdesk.db"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/CustDesk or %APPDATA%\\CustDesk)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return default_data_dir() / DEFAULT_DB_NAME


def scratch_dir() -> Path:
    """Private working files (half-built exports, openpyxl's spill files, copies of backups being
    looked at): one subfolder per running process, swept at the next start (custdesk.scratch)."""
    return default_data_dir() / "scratch"


def backup_dir_for(db_path: Path) -> Path:
    """Backups live beside the database so that copying one folder moves everything."""
    return db_path.with_name(db_path.name + ".backups")


def ensure_private_dir(path: Path, *, tighten_existing: bool = False) -> Path:
    """Create ``path`` (and parents) with mode 0700.

    An existing folder is tightened only when CustDesk owns it (its data or backup folder), never a
    folder the user merely pointed ``--db`` into, such as /tmp.
    """
    existed = path.is_dir()
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if not existed or tighten_existing:
        _tighten(path, PRIVATE_DIR_MODE)
    return path


def ensure_private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 if missing; tighten an existing file we own."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        _tighten(path, PRIVATE_FILE_MODE)
    else:
        os.close(fd)
    return path


def _tighten(path: Path, mode: int) -> None:
    """Remove group/other bits, but only on a path this user owns (never /tmp itself)."""
    info = path.stat()
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return
    if stat.S_IMODE(info.st_mode) & 0o077:
        path.chmod(mode)
