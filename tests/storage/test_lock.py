from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from custdesk.errors import DatabaseInUseError
from custdesk.storage.lock import DatabaseLock
from tests.helpers import lock_holder


def test_a_second_holder_is_refused_and_told_who_has_it(db_path: Path) -> None:
    db_path.parent.mkdir()
    with lock_holder(db_path) as holder, pytest.raises(DatabaseInUseError) as caught:
        DatabaseLock(db_path).acquire()
    assert caught.value.holder is not None
    assert caught.value.holder.pid == holder.pid
    assert caught.value.holder.program == "holder"
    assert str(holder.pid) in str(caught.value)


def test_a_lock_left_by_a_killed_process_is_taken_over(db_path: Path) -> None:
    db_path.parent.mkdir()
    with lock_holder(db_path) as holder:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    lock = DatabaseLock(db_path).acquire()
    try:
        assert lock.stale_holder is not None
        assert lock.stale_holder.pid == holder.pid
    finally:
        lock.release()


def test_a_released_lock_can_be_taken_again(db_path: Path) -> None:
    db_path.parent.mkdir()
    with DatabaseLock(db_path) as first:
        assert first.held
    with DatabaseLock(db_path) as second:
        assert second.held
        assert second.stale_holder is None  # a clean exit leaves no holder behind
