"""kill -9 in the middle of a backup and of an export: the next start leaves no ``.partial`` (nor
the ``.partial-journal`` SQLite wrote beside a backup's) and no scratch folder of the dead
process, and no customer's name ever reached the system temp folder (the worker's TMPDIR is a
fresh folder the test looks into).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from custdesk import scratch
from custdesk.app import open_app
from custdesk.paths import scratch_dir
from custdesk.services.shop.demo import generate_demo
from tests.faults.test_kill import ROOT, _report

KILLS = 6


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    db_path = tmp_path / "shop" / "custdesk.db"
    with open_app(db_path, create=True) as app:
        generate_demo(app.db, 600, seed=5)
    return db_path


def start_worker(db_path: Path, what: str, system_temp: Path) -> tuple[subprocess.Popen[str], Path]:
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.faults.leftover_worker", str(db_path), what],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(system_temp)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    ready, _, folder = worker.stdout.readline().strip().partition(" ")
    assert ready == "ready", worker.stderr.read() if worker.stderr else ""
    return worker, Path(folder)


def wait_for(worker: subprocess.Popen[str], word: str) -> list[str]:
    assert worker.stdout is not None
    line = worker.stdout.readline().split()
    assert line and line[0] == word, worker.stderr.read() if worker.stderr else ""
    return line[1:]


def kill(worker: subprocess.Popen[str]) -> None:
    worker.send_signal(signal.SIGKILL)
    worker.communicate(timeout=30)
    assert worker.returncode == -signal.SIGKILL


def partials_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.partial"))


def sqlite_files_of_partials_under(folder: Path) -> list[Path]:
    """The journal (or WAL files) SQLite kept beside a backup's ``.partial`` it was writing."""
    ends = ("-journal", "-wal", "-shm")
    return sorted(p for end in ends for p in folder.rglob(f"*.partial{end}"))


@pytest.mark.timeout(300)
def test_kill_9_during_an_export_leaves_nothing_after_the_next_start(
    shop: Path, tmp_path: Path
) -> None:
    rng = random.Random(14)
    figures = {"kills": 0, "scratch_folders_left": 0, "system_temp_files": 0}
    for _ in range(KILLS):
        system_temp = tmp_path / f"system-temp-{figures['kills']}"
        system_temp.mkdir()
        worker, folder = start_worker(shop, "export", system_temp)
        spills = [Path(p) for p in wait_for(worker, "writing")]
        # openpyxl is mid-way: its spill files (names and phones) are in the private folder
        assert spills and all(p.parent == folder and p.exists() for p in spills)
        time.sleep(rng.uniform(0.0, 0.3))
        kill(worker)
        figures["kills"] += 1
        assert folder.exists()  # what the kill left, until the next start
        figures["system_temp_files"] += len(list(system_temp.iterdir()))
        with open_app(shop):
            figures["scratch_folders_left"] += folder.exists()
            assert not folder.exists()
            assert [p for p in scratch_dir().iterdir() if p.is_dir()] == [scratch.folder()]
        assert partials_under(tmp_path) == []
        assert not (shop.parent / "customers.xlsx").exists()  # never a half export in place
    assert figures["system_temp_files"] == 0
    _report("kill_9_export_leftovers", figures)


@pytest.mark.timeout(300)
def test_kill_9_during_a_backup_leaves_no_partial_after_the_next_start(
    shop: Path, tmp_path: Path
) -> None:
    figures = {
        "kills": 0,
        "partials_left_by_kill": 0,
        "journals_left_by_kill": 0,
        "partials_after_start": 0,
        "journals_after_start": 0,
    }
    for _ in range(KILLS):
        system_temp = tmp_path / f"system-temp-{figures['kills']}"
        system_temp.mkdir()
        worker, folder = start_worker(shop, "backup", system_temp)
        (partial,) = (Path(p) for p in wait_for(worker, "partial"))
        kill(worker)
        figures["kills"] += 1
        figures["partials_left_by_kill"] += partial.exists()
        figures["journals_left_by_kill"] += len(sqlite_files_of_partials_under(shop.parent))
        assert list(system_temp.iterdir()) == []
        with open_app(shop):
            figures["partials_after_start"] += len(partials_under(shop.parent))
            figures["journals_after_start"] += len(sqlite_files_of_partials_under(shop.parent))
            assert not folder.exists()
    assert figures["partials_left_by_kill"] > 0, "no kill landed while a backup was copied"
    assert figures["journals_left_by_kill"] > 0, "no kill landed while SQLite wrote a partial"
    assert figures["partials_after_start"] == 0
    assert figures["journals_after_start"] == 0
    _report("kill_9_backup_leftovers", figures)
