"""Today's lesser lists say what they hold: gone quiet with both its numbers, and the days the
birthdays and holidays cover, in English and in Chinese (the tab and its tooltip, which tells
the section's full title)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.ui.common.display import short_date
from custdesk.ui.shell.main_window import MainWindow
from tests.services.contacts.quiet_shop import TODAY, quiet_shop

MakeWindow = Callable[[], MainWindow]
LAST_COMING_DAY = dt.date(2026, 11, 28)  # today and the next 6 days


def tabs(window: MainWindow) -> list[tuple[str, str]]:
    bar = window.today_page.lesser_lists.tab_bar
    return [(bar.tabText(index), bar.tabToolTip(index)) for index in range(bar.count())]


def test_gone_quiet_names_its_list_and_the_whole_count(
    context: AppContext, make_window: MakeWindow
) -> None:
    quiet_shop(context.db)
    with shop_clock.frozen_at(dt.datetime.combine(TODAY, dt.time(10))):
        window = make_window()
    last = short_date(LAST_COMING_DAY)
    assert tabs(window) == [
        (
            "Birthdays to come (0)",
            f"Birthdays in the next 6 days, to {last}: 0 (today's are on the work list)",
        ),
        ("Holidays (0)", f"Holidays today and in the next 6 days, to {last}: 0"),
        (
            "Gone quiet (2 of 5)",
            "Gone quiet in the last 14 days, no call planned: 2 (of 5 who have bought with no "
            "contact for 90 days or more)",
        ),
        ("Rewards owed (0)", "Referral rewards owed (0)"),
    ]
    assert [q.customer_name for q in window.today_page.gone_quiet.model.records()] == ["甲", "丙"]


def test_in_chinese_too(context: AppContext, make_window: MakeWindow, chinese: None) -> None:
    quiet_shop(context.db)
    with shop_clock.frozen_at(dt.datetime.combine(TODAY, dt.time(10))):
        window = make_window()
    last = short_date(LAST_COMING_DAY)
    assert tabs(window)[:3] == [
        ("近期生日（0）", f"未来 6 天（至 {last}）的生日：0（今天的生日在待办列表中）"),
        ("节日问候（0）", f"今天及未来 6 天（至 {last}）的节日：0"),
        (
            "久未联系（2，共 5）",
            "近 14 天刚变得久未联系、未安排回访：2（消费过的客户中共 5 位已 90 天以上未联系）",
        ),
    ]
