"""A full disk during a save, an import, a backup and an export: a clear error, nothing saved
before lost or half-written, and the same action works once space is freed.

The real thing is a small tmpfs filled to the last byte (ENOSPC), mounted in a private user and
mount namespace (``unshare -rm``); where the machine does not allow that, the test is skipped
and only the RLIMIT_FSIZE variant runs (a write refused by the OS, seen by SQLite as an I/O
error, so the clerk gets the general "could not be saved" message rather than "disk full").
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from custdesk.app import open_app
from custdesk.services.shop.demo import generate_demo
from tests.faults.test_kill import ROOT, _report

WRITES = ["save", "import", "backup", "export"]


@cache
def can_mount_tmpfs() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt 2>/dev/null"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    db_path = tmp_path / "shop" / "custdesk.db"
    with open_app(db_path, create=True) as app:
        generate_demo(app.db, 300, seed=4)
    return db_path


def run_worker(shop: Path, what: str, mode: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "tests.faults.full_worker", str(shop), what, mode]
    if mode == "tmpfs":
        command = ["unshare", "-rm", *command]
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    outcome: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return outcome


def expected_after_retry(what: str, before: dict[str, int]) -> dict[str, int]:
    added = {"save": 1, "import": 4000}.get(what, 0)
    phones = 4000 if what == "import" else 0
    return {
        **before,
        "customers": before["customers"] + added,
        "customer_phones": before["customer_phones"] + phones,
    }


def check_untouched(state: dict[str, Any], before: dict[str, int]) -> None:
    assert state["sound"] and state["counts"] == before
    assert state["unreadable_backups"] == 0 and state["partial_files"] == []
    assert state["report"] == "old"  # yesterday's export is still there


@pytest.mark.parametrize("what", WRITES)
def test_a_full_disk_says_so_keeps_everything_and_works_once_space_is_free(
    shop: Path, what: str
) -> None:
    if not can_mount_tmpfs():
        pytest.skip("this machine does not allow a private tmpfs (unshare -rm)")
    outcome = run_worker(shop, what, "tmpfs")
    before = outcome["before"]
    assert outcome["first"] == "DiskFullError"
    check_untouched(outcome["after_first"], before)
    assert outcome["retry"] == "ok"
    after = outcome["after_retry"]
    assert after["sound"] and after["counts"] == expected_after_retry(what, before)
    assert after["unreadable_backups"] == 0 and after["partial_files"] == []
    assert after["report"] == ("PK" if what == "export" else "old")
    _report(f"disk_full_{what}", {"refused": 1, "rows_lost": 0, "retried_ok": 1})


@pytest.mark.parametrize("what", WRITES)
def test_a_write_the_system_refuses_is_a_storage_error_and_works_later(
    shop: Path, what: str
) -> None:
    outcome = run_worker(shop, what, "rlimit")
    assert outcome["first"] in {"DiskFullError", "StorageError"}
    assert outcome["retry"] == "ok"
    after = outcome["after_retry"]
    assert after["sound"] and after["counts"] == expected_after_retry(what, outcome["before"])
    assert after["partial_files"] == [] and after["unreadable_backups"] == 0
