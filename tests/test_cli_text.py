"""The command line's words, one language at a time (custdesk.cli_text)."""

from __future__ import annotations

from custdesk.cli_text import check_lines
from custdesk.services.shop.health import HealthReport, SharedPhone


def test_the_check_speaks_chinese_or_english() -> None:
    shared = SharedPhone("+8613800138000", ((12, "王小明"), (40, "王晓明"), (41, "Wang")))
    report = HealthReport((), (), 12, (shared,), duplicate_phone_count=3)
    assert list(check_lines(report, "zh_CN")) == [
        "完整性：正常，关联：正常，客户：12",
        "重复电话：+8613800138000 属于客户 12（王小明）、40（王晓明）和41（Wang）",
        "重复电话：……另有 2 个号码",
        "有 3 个电话号码属于不止一位客户：如果是同一个人，请在窗口中合并他们的档案"
        "（这是提醒，不是损坏）",
        "正常",
    ]
    english = list(check_lines(report, "en"))
    assert english[:2] == [
        "integrity: ok, foreign keys: ok, customers: 12",
        "duplicate phone: +8613800138000 is on customers 12 (王小明), 40 (王晓明) and 41 (Wang)",
    ]
    assert english[-1] == "ok"
