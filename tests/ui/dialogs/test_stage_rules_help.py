"""Help > How customer stages work lists the rules in the order the code checks them (VIP,
Prospect, Lost, Dormant, Regular, New), each with the shop's own threshold, in both languages."""

from __future__ import annotations

import re
from collections.abc import Callable

from custdesk.app import AppContext
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def rules_shown(window: MainWindow) -> list[tuple[str, str]]:
    """(stage, rule) per line of the help, top to bottom, as the clerk reads them."""
    box = window.show_stage_rules()
    assert box is not None
    text = box.text()
    box.close()
    return re.findall(r"<li><b>(.+?)</b>[:：] ?(.+?)</li>", text)


def test_the_rules_in_the_order_they_are_checked_with_the_shops_thresholds(
    context: AppContext, make_window: MakeWindow
) -> None:
    context.services.settings.update(
        vip_spend_cents=1_000_000, regular_purchases=5, dormant_after_days=60, lost_after_days=200
    )
    window = make_window()
    assert rules_shown(window) == [
        (
            "VIP",
            "marked as an important customer, or has bought ¥10,000.00 or more here (an "
            "imported opening balance does not count).",
        ),
        ("Prospect", "has not bought anything yet."),
        ("Lost", "has bought, and no visit, call or purchase for 200 days or more."),
        ("Dormant", "has bought, and no visit, call or purchase for 60 days or more."),
        ("Regular", "has bought 5 times or more."),
        ("New", "has bought, fewer than 5 times."),
    ]


def test_a_threshold_changed_in_the_settings_shows_at_once(
    context: AppContext, make_window: MakeWindow
) -> None:
    window = make_window()
    before = rules_shown(window)
    assert before[2] == ("Lost", "has bought, and no visit, call or purchase for 365 days or more.")
    context.services.settings.update(lost_after_days=400)
    after = rules_shown(window)
    assert after[2] == ("Lost", "has bought, and no visit, call or purchase for 400 days or more.")
    assert after[:2] + after[3:] == before[:2] + before[3:]


def test_in_chinese(context: AppContext, make_window: MakeWindow, chinese: None) -> None:
    context.services.settings.update(dormant_after_days=60)
    window = make_window()
    assert [stage for stage, _rule in rules_shown(window)] == [
        "VIP",
        "潜在客户",
        "流失",
        "休眠",
        "老客户",
        "新客户",
    ]
    assert rules_shown(window)[3] == ("休眠", "买过东西，但已 60 天或更久没有到店、回访或购买。")
