"""One clock: custdesk.clock is the only reader of the wall clock, its day is the shop's local
day, and everything that asks it follows a frozen moment (so "today" logic can be tested)."""

from __future__ import annotations

import ast
import datetime as dt
import time
from pathlib import Path

import pytest

from custdesk import clock as shop_clock
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

SOURCE = Path(shop_clock.__file__).parent

# Attribute reads that ask the operating system for the time of day. (time.monotonic and
# perf_counter measure durations and are not listed.)
WALL_CLOCK_READS = {
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentSecsSinceEpoch"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QTime", "currentTime"),
}


def wall_clock_reads(tree: ast.AST) -> list[tuple[int, str]]:
    """Each ``X.now`` / ``dt.date.today`` / ``QDate.currentDate``... in ``tree``, called or
    handed on as a default (both read the wall clock when the code runs)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name | ast.Attribute):
            owner = node.value.id if isinstance(node.value, ast.Name) else node.value.attr
            if (owner, node.attr) in WALL_CLOCK_READS:
                found.append((node.lineno, f"{owner}.{node.attr}"))
    return found


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    reads = [
        f"{path.relative_to(SOURCE)}:{line}: {what}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path.name != "clock.py"
        for line, what in wall_clock_reads(ast.parse(path.read_text("utf-8")))
    ]
    assert reads == [], "read the time through custdesk.clock (or a clock handed in)"


@pytest.mark.parametrize(
    "code",
    [
        "x = dt.datetime.now()",
        "def f(clock=datetime.now): ...",
        "d = date.today()",
        "edit = QDateEdit(QDate.currentDate())",
        "started = time.time()",
    ],
)
def test_the_scan_sees_each_way_of_reading_it(code: str) -> None:
    assert len(wall_clock_reads(ast.parse(code))) == 1


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"])
def test_today_is_the_local_calendar_date(monkeypatch: pytest.MonkeyPatch, zone: str) -> None:
    """Due "today" means the shop's own date, not UTC's (they differ for 8+ hours in China)."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        local = time.localtime()
        assert shop_clock.today() == dt.date(local.tm_year, local.tm_mon, local.tm_mday)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_frozen_moment_reaches_a_service_made_before_it(db: Database) -> None:
    """Services take ``clock=shop_clock.now`` by default: a freeze made later still reaches them."""
    customers = CustomerService(db, stage_rules=stage_rules_in)
    last_second = dt.datetime(2026, 12, 31, 23, 59, 59)
    with shop_clock.frozen_at(last_second):
        created = customers.create(CustomerDraft(name="王小明"))
        assert shop_clock.today() == dt.date(2026, 12, 31)
        assert shop_clock.epoch_seconds() == last_second.timestamp()
    assert customers.get(created.id).created_at == last_second
    assert abs(shop_clock.now() - dt.datetime.now()) < dt.timedelta(minutes=1)  # thawed
