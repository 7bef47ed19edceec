"""The command line's words, one language at a time (custdesk.cli_text)."""

from __future__ import annotations

from custdesk.cli_text import check_lines, holiday_name
from custdesk.services.customers.calendar import Holiday
from custdesk.services.shop.health import HealthReport, SharedPhone


def test_a_holiday_is_named_in_the_language_or_by_the_one_name_the_shop_gave() -> None:
    both = Holiday("中秋节", "Mid-Autumn Festival", month=9, day=25)
    assert holiday_name(both, "zh_CN") == "中秋节"
    assert holiday_name(both, "en") == "Mid-Autumn Festival"
    assert holiday_name(Holiday("店庆", "", month=5, day=18), "en") == "店庆"
    assert holiday_name(Holiday("", "Shop birthday", month=5, day=18), "zh_CN") == "Shop birthday"


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
