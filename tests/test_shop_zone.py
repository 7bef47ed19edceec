"""The test run keeps the shops' clock (UTC+8), as tests/conftest.py and `make test` set it.

CI machines run in UTC, where a date judged in UTC instead of local time comes out right; if
the pin were lost, every local-day test would pass for the wrong reason. So this fails loudly.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

UTC_PLUS_8 = 8 * 3600


def test_python_reads_the_clock_in_the_shops_zone() -> None:
    assert os.environ["TZ"] == "Asia/Shanghai"
    assert time.localtime().tm_gmtoff == UTC_PLUS_8


def test_sqlite_localtime_is_the_shops_zone() -> None:
    with sqlite3.connect(":memory:") as connection:
        query = "SELECT strftime('%s', 'now', 'localtime') - strftime('%s', 'now')"
        assert connection.execute(query).fetchone()[0] == UTC_PLUS_8


def test_a_child_process_inherits_the_shops_zone() -> None:
    # run_cli and lock_holder start the app this way.
    child = "import time; print(time.localtime().tm_gmtoff)"
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
    assert result.stdout.strip() == str(UTC_PLUS_8)
