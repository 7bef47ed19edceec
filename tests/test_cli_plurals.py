"""What ``custdesk due`` and ``custdesk check`` print reads right for one and for several:
"1 day late", "2 days late" (a trial read "1 days late"); the Chinese has one form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from custdesk.cli import main
from custdesk.cli_text import check_lines
from custdesk.services.shop.health import HealthReport, SharedPhone
from custdesk.storage.db import Database
from tests.test_cli_due_sections import a_day_of_everything

D = dt.date  # 张三's follow-up is due on 2026-11-20


def overdue_line(db_path: Path, day: D, language: str, capsys: pytest.CaptureFixture[str]) -> str:
    argv = ["due", "--db", str(db_path), "--date", day.isoformat(), "--lang", language]
    assert main(argv) == 0
    (line,) = [line for line in capsys.readouterr().out.splitlines() if "试穿回访" in line]
    return line


@pytest.mark.parametrize(
    ("day", "language", "line"),
    [
        (D(2026, 11, 21), "en", "  2026-11-20  1 day late  张三  -  试穿回访"),
        (D(2026, 11, 22), "en", "  2026-11-20  2 days late  张三  -  试穿回访"),
        (D(2026, 11, 21), "zh_CN", "  2026-11-20  逾期 1 天  张三  -  试穿回访"),
        (D(2026, 11, 22), "zh_CN", "  2026-11-20  逾期 2 天  张三  -  试穿回访"),
    ],
)
def test_days_late_for_one_day_and_for_two(
    db: Database,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    day: D,
    language: str,
    line: str,
) -> None:
    a_day_of_everything(db)
    assert overdue_line(db_path, day, language, capsys) == line


def shared_numbers(count: int) -> HealthReport:
    """``count`` numbers on two customers each, the first of them listed, the rest counted."""
    listed = SharedPhone("13800138000", ((1, "王小明"), (2, "王晓明")))
    return HealthReport((), (), 2, (listed,), count)


@pytest.mark.parametrize(
    ("count", "language", "expected"),
    [
        (1, "en", ["1 phone number on more than one customer: merge them"]),
        (2, "en", ["duplicate phone: ... and 1 more number", "2 phone numbers on more than one"]),
        (3, "en", ["duplicate phone: ... and 2 more numbers", "3 phone numbers on more than one"]),
        (2, "zh_CN", ["重复电话：……另有 1 个号码", "有 2 个电话号码属于不止一位客户"]),
    ],
)
def test_shared_phone_numbers_for_one_and_for_several(
    count: int, language: str, expected: list[str]
) -> None:
    lines = list(check_lines(shared_numbers(count), language))
    assert [start for start in expected if not any(line.startswith(start) for line in lines)] == []
