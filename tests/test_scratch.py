"""The private scratch folder and files written beside their destination: private, swept after a
kill, never taken from a live process."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from custdesk import scratch
from custdesk.errors import DiskFullError
from custdesk.paths import scratch_dir
from custdesk.services.spreadsheets.excel_export import Kind, Sheet, write_workbook
from tests.faults.test_kill import ROOT

HOLD = """
import sys, time
from pathlib import Path
from custdesk import scratch
what = sys.argv[1]
if what == "folder":
    print(scratch.folder(), flush=True)
    time.sleep(120)
else:
    with scratch.Partial(Path(sys.argv[2]), Path(sys.argv[2]).name + ".partial") as partial:
        print(partial.path, flush=True)
        time.sleep(120)
"""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def holder(*args: str) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """A second process holding a scratch folder or a partial file; SIGKILLed at the end."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, *args], cwd=ROOT, stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None
            yield process, Path(process.stdout.readline().strip())
        finally:
            process.kill()
            process.wait()


def test_the_scratch_folder_is_private_locked_and_the_default_for_temp_files() -> None:
    folder = scratch.folder()
    assert folder.parent == scratch_dir() and folder.is_dir()
    assert mode(folder) == 0o700 and mode(scratch_dir()) == 0o700
    assert (folder / scratch.LOCK_NAME).is_file()
    assert scratch.folder() == folder  # one per process
    with tempfile.NamedTemporaryFile() as spill:
        assert Path(spill.name).parent == folder
    with scratch.scratch_file(".xlsx") as built:
        assert built.parent == folder and mode(built) == 0o600
    assert not built.exists()


def test_openpyxl_spills_rows_into_the_scratch_folder_not_the_system_temp_folder(
    tmp_path: Path,
) -> None:
    from openpyxl.worksheet import _writer

    spills: list[Path] = []

    def look(written: int, expected: int | None) -> bool:
        spills.extend(Path(p) for p in _writer.ALL_TEMP_FILES if Path(p).exists())
        return True

    rows = [[f"客户{i}", f"138{i:08d}"] for i in range(2500)]
    sheet = Sheet("t", "t", "s", ["name", "phone"], [Kind.TEXT, Kind.TEXT], rows)
    write_workbook(tmp_path / "out.xlsx", [sheet], look)
    assert spills, "openpyxl should have spilled the rows to a file"
    assert {p.parent for p in spills} == {scratch.folder()}
    assert not any(p.exists() for p in spills)  # and removed once the workbook is saved
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_the_sweep_never_takes_a_folder_a_live_process_holds() -> None:
    mine = scratch.folder()
    with holder("folder") as (process, theirs):
        assert theirs.parent == scratch_dir() and theirs != mine
        (theirs / "openpyxl.abc").write_text("张三 13800138000")
        assert scratch.sweep() == []
        assert (theirs / "openpyxl.abc").exists() and mine.exists()
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert scratch.sweep() == [theirs]
    assert not theirs.exists() and mine.exists()


def test_a_folder_left_without_its_lock_file_is_swept() -> None:
    """A process killed between creating its folder and its lock file (under the guard)."""
    scratch_dir().mkdir(parents=True)
    orphan = scratch_dir() / "123-abc"
    orphan.mkdir()
    assert scratch.sweep() == [orphan]


def test_remove_dead_skips_a_partial_being_written_and_takes_it_once_its_writer_died(
    tmp_path: Path,
) -> None:
    target = tmp_path / "shop-20261122-101010-manual.db"
    with holder("partial", str(target)) as (process, partial):
        assert partial.exists() and mode(partial) == 0o600
        assert scratch.remove_dead([partial]) == []
        assert partial.exists()
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert scratch.remove_dead([partial]) == [partial]
    assert not partial.exists()


def test_a_dead_partial_goes_with_the_journal_sqlite_kept_beside_it(tmp_path: Path) -> None:
    """A backup is written through SQLite on its partial: a kill leaves ``.partial-journal``."""
    target = tmp_path / "shop-20261122-101010-manual.db"
    with holder("partial", str(target)) as (process, partial):
        journal = partial.with_name(partial.name + "-journal")
        journal.write_bytes(b"hot journal")  # as SQLite has it while it copies
        assert scratch.remove_dead([partial]) == [] and journal.exists()  # a live writer's
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert scratch.remove_dead([partial]) == [partial, journal]
    assert list(tmp_path.iterdir()) == []


def test_sqlite_files_whose_partial_is_gone_are_removed_never_a_live_writers(
    tmp_path: Path,
) -> None:
    from custdesk.storage.backup import remove_dead_partials

    db_path = tmp_path / "shop.db"
    backups = tmp_path / "shop.db.backups"
    backups.mkdir()
    orphans = [
        backups / "shop-20261122-101010-manual.db.partial-journal",
        tmp_path / "shop.db.partial-wal",  # of a restore onto a missing file
        tmp_path / "shop.db.partial-shm",
    ]
    for orphan in orphans:
        orphan.write_bytes(b"left by a kill")
    with holder("partial", str(backups / "shop-20261122-111111-manual.db")) as (_p, partial):
        live = partial.with_name(partial.name + "-journal")
        live.write_bytes(b"hot journal")
        assert sorted(remove_dead_partials(db_path)) == sorted(orphans)
        assert partial.exists() and live.exists()


def test_a_partial_is_removed_when_the_writing_fails_and_the_old_file_stays(
    tmp_path: Path,
) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"yesterday")
    with pytest.raises(RuntimeError), scratch.Partial(target) as partial:
        os.write(partial.fd, b"half")
        raise RuntimeError("the disk went away")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]
    assert target.read_bytes() == b"yesterday"
    scratch.write_file(target, b"today")
    assert target.read_bytes() == b"today" and mode(target) == 0o600


@pytest.fixture
def other_file_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Renames out of the scratch folder fail as they do across disks (EXDEV)."""
    real_replace = Path.replace

    def replace(self: Path, target: str | os.PathLike[str]) -> Path:
        if self.parent == scratch.folder():
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)


@pytest.mark.usefixtures("other_file_system")
def test_an_export_to_another_disk_is_copied_beside_the_target_then_renamed(
    tmp_path: Path,
) -> None:
    out = tmp_path / "report.xlsx"
    dead = tmp_path / ".report.xlsx.0badf00d.partial"  # from an export killed while copying
    dead.write_bytes(b"PK half")
    sheet = Sheet("t", "t", "s", ["name"], [Kind.TEXT], [["张三"]])
    write_workbook(out, [sheet])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]
    assert out.read_bytes()[:2] == b"PK" and mode(out) == 0o600
    assert list(scratch.folder().iterdir()) == [scratch.folder() / scratch.LOCK_NAME]


@pytest.mark.usefixtures("other_file_system")
def test_a_full_other_disk_keeps_the_old_export_and_leaves_no_partial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"PK\x03\x04 the report from yesterday")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)  # the copy beside the target is the one synced
    sheet = Sheet("t", "t", "s", ["name"], [Kind.TEXT], [["张三"]])
    with pytest.raises(DiskFullError):
        write_workbook(out, [sheet])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]
    assert out.read_bytes() == b"PK\x03\x04 the report from yesterday"
    assert list(scratch.folder().iterdir()) == [scratch.folder() / scratch.LOCK_NAME]


def test_a_save_that_fails_leaves_nothing_in_the_scratch_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("shutil.copyfileobj", full)  # zipfile copies each sheet's spill file in
    rows = [[f"客户{i}", f"138{i:08d}"] for i in range(100)]
    sheet = Sheet("t", "t", "s", ["name", "phone"], [Kind.TEXT, Kind.TEXT], rows)
    with pytest.raises(DiskFullError):
        write_workbook(tmp_path / "out.xlsx", [sheet])
    assert list(tmp_path.iterdir()) == []
    assert list(scratch.folder().iterdir()) == [scratch.folder() / scratch.LOCK_NAME]


def test_where_files_cannot_be_locked_work_goes_on_and_nothing_is_swept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some network shares refuse locks (ENOLCK): a backup there still works, and a partial
    there is kept, since nobody can tell whether it is still being written."""

    def no_locks(fd: int, *, wait: bool) -> bool:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(scratch, "_lock", no_locks)
    target = tmp_path / "chart.png"
    scratch.write_file(target, b"picture")
    assert target.read_bytes() == b"picture"
    leftover = tmp_path / "shop-20261122-101010-manual.db.partial"
    leftover.write_bytes(b"half")
    assert scratch.remove_dead([leftover]) == [] and leftover.exists()
