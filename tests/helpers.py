"""Helpers for tests that need a second CustDesk process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLD_LOCK = """
import sys, time
from pathlib import Path
from custdesk.storage.lock import DatabaseLock
path = Path(sys.argv[1])
path.touch()  # the lock belongs to a file (its identity); an empty one stands for a new file
lock = DatabaseLock(path, program="holder").acquire()
print("locked", flush=True)
time.sleep(60)
"""


@contextmanager
def lock_holder(db_path: Path, script: str = HOLD_LOCK) -> Iterator[subprocess.Popen[str]]:
    """A process holding ``db_path``'s lock (by ``script``, which prints "locked" once it holds
    it), killed (SIGKILL) when the block ends."""
    with subprocess.Popen(
        [sys.executable, "-c", script, str(db_path)], stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "locked"
            yield process
        finally:
            process.kill()
            process.wait()


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "custdesk.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def other_names(path: Path) -> dict[str, Path]:
    """Every other way a clerk (or a shortcut) can name the same file: a relative path, a
    symlink, and a hard link in another folder."""
    symlink = path.parent.parent / "shortcut.db"
    symlink.symlink_to(path)
    hard_link = path.parent.parent / "elsewhere" / "same-file.db"
    hard_link.parent.mkdir()
    hard_link.hardlink_to(path)
    relative = Path(os.path.relpath(path, Path.cwd()))
    return {"relative": relative, "symlink": symlink, "hard link": hard_link}
