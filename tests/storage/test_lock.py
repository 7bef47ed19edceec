from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from custdesk.errors import DatabaseInUseError, NoShopFileError
from custdesk.storage.lock import DatabaseLock
from tests.helpers import lock_holder, other_names


@pytest.fixture
def shop_file(db_path: Path) -> Path:
    db_path.parent.mkdir()
    db_path.touch()
    return db_path


def test_a_second_holder_is_refused_and_told_who_has_it(shop_file: Path) -> None:
    with lock_holder(shop_file) as holder, pytest.raises(DatabaseInUseError) as caught:
        DatabaseLock(shop_file).acquire()
    assert caught.value.holder is not None
    assert caught.value.holder.pid == holder.pid
    assert caught.value.holder.program == "holder"
    assert str(holder.pid) in str(caught.value)


def test_a_lock_left_by_a_killed_process_is_taken_over(shop_file: Path) -> None:
    with lock_holder(shop_file) as holder:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    lock = DatabaseLock(shop_file).acquire()
    try:
        assert lock.stale_holder is not None
        assert lock.stale_holder.pid == holder.pid
    finally:
        lock.release()


def test_a_released_lock_can_be_taken_again(shop_file: Path) -> None:
    with DatabaseLock(shop_file) as first:
        assert first.held
    with DatabaseLock(shop_file) as second:
        assert second.held
        assert second.stale_holder is None  # a clean exit leaves no holder behind


def test_there_is_no_lock_on_a_file_that_does_not_exist(db_path: Path) -> None:
    with pytest.raises(NoShopFileError):
        DatabaseLock(db_path).acquire()
    assert not db_path.exists()


def test_the_same_file_under_any_name_is_refused_while_another_process_holds_it(
    shop_file: Path,
) -> None:
    names = other_names(shop_file)
    with lock_holder(shop_file) as holder:
        for how, name in names.items():
            with pytest.raises(DatabaseInUseError) as caught:
                DatabaseLock(name).acquire()
            assert caught.value.holder is not None, how
            assert caught.value.holder.pid == holder.pid, how


@pytest.mark.parametrize("how", ["relative", "symlink", "hard link"])
def test_a_process_holding_another_name_keeps_the_file_from_us(shop_file: Path, how: str) -> None:
    name = other_names(shop_file)[how]
    with lock_holder(name), pytest.raises(DatabaseInUseError):
        DatabaseLock(shop_file).acquire()


def test_two_different_files_do_not_share_a_lock(shop_file: Path) -> None:
    other = shop_file.with_name("other.db")
    other.touch()
    with lock_holder(shop_file), DatabaseLock(other) as lock:
        assert lock.held


LEGACY_HOLDER = """
import fcntl, json, sys, time
handle = open(sys.argv[1], "a+")
fcntl.flock(handle, fcntl.LOCK_EX)
handle.seek(0); handle.truncate()
handle.write(json.dumps({"pid": 777, "host": "counter", "user": "clerk",
                         "started_at": "2026-11-22 09:00", "program": "custdesk 0.6"}))
handle.flush()
print("locked", flush=True)
time.sleep(60)
"""


def test_a_window_of_an_earlier_version_still_open_is_respected(shop_file: Path) -> None:
    """Versions before the identity lock held <file>.lock beside the file's name."""
    from custdesk.storage.lock import legacy_lock_path

    with lock_holder(legacy_lock_path(shop_file), LEGACY_HOLDER):
        with pytest.raises(DatabaseInUseError) as caught:
            DatabaseLock(shop_file).acquire()
        assert caught.value.holder is not None and caught.value.holder.pid == 777
    with DatabaseLock(shop_file) as lock:  # once it is closed, the file opens
        assert lock.held
