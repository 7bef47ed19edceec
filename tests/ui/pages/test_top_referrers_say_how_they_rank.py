"""The Reports page's top ten referrers say how they are ranked and of how many, and who ties
with the tenth but is cut (issue 20's trial: ten bars of "2", more referrers with 2 left out
and nothing said); the line under the title reads whole on a counter's screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.screen_fit import TITLE_BAR, settle

MakeWindow = Callable[[], MainWindow]
NOW = dt.datetime(2026, 11, 30, 23, 59)  # the last minute of the last 12 months
FIRST_DAY, LAST_DAY = dt.date(2025, 12, 1), dt.date(2026, 11, 30)
SCREENS = {"1366x768": (1366, 768), "1024x560": (1024, 560)}

RANKED = {
    "en": "ranked by referrals made in the period, then by what the converted ones spent "
    "since being referred, then by name.",
    "zh_CN": "按本期介绍人数排序，其次按已成交者被介绍后的消费，再按姓名。",
}


def referrers(context: AppContext, referrals: list[int], trashed: int = 0) -> None:
    """One referrer per number, who brought that many friends in during the period (on its
    first or last day); ``trashed`` more with one friend each, put in the Trash; and one who
    brought a friend the day after the period, counted in none of it."""
    customers, links = context.services.customers, context.services.referrals

    def refer(name: str, friends: int, on: dt.date) -> int:
        referrer = customers.create(CustomerDraft(name=name)).id
        for number in range(friends):
            friend = customers.create(CustomerDraft(name=f"{name}的朋友{number}")).id
            links.set_referrer(friend, referrer, referred_on=on)
        return referrer

    with shop_clock.frozen_at(NOW + dt.timedelta(days=1)):  # no referral dated ahead
        for place, friends in enumerate(referrals):
            refer(f"推荐人{place:02}", friends, FIRST_DAY if place % 2 else LAST_DAY)
        for place in range(trashed):
            customers.trash(refer(f"回收站{place}", 1, LAST_DAY))
        refer("下月", 1, LAST_DAY + dt.timedelta(days=1))


def top_referrers_note(make_window: MakeWindow, screen: str) -> str:
    """The line under the chart's title, as the Reports page shows it at the screen's size;
    it must be shown whole: as high as its words need at its width, inside its card."""
    with shop_clock.frozen_at(NOW):
        window = make_window()
        width, height = SCREENS[screen]
        window.resize(width, height - TITLE_BAR)
        window.navigation.select("reports")
        settle()
    page = window.reports_page
    card = page.cards["top_referrers"]
    page.scroll.ensureWidgetVisible(card)
    settle()
    note = card.note_label
    assert note.isVisible()
    assert note.height() >= note.heightForWidth(note.width())
    assert card.rect().contains(note.geometry())
    return note.text()


@pytest.mark.parametrize("screen", list(SCREENS))
def test_a_tie_across_the_tenth_place_says_how_many_more_share_it(
    context: AppContext, make_window: MakeWindow, language: str, screen: str
) -> None:
    # 3 and 2 referrals, then eleven with 1 of whom eight are shown: 3 more with 1 are cut;
    # the one in the Trash and the one of December are not counted.
    referrers(context, [3, 2, *[1] * 11], trashed=1)
    expected = {
        "en": "Top 10 of 13 referrers, " + RANKED["en"] + " Not shown: 3 more with the same "
        "number of referrals (1).",
        "zh_CN": "共 13 位介绍人，显示前 10 位："
        + RANKED["zh_CN"]
        + "未显示：另有 3 位介绍人数同为 1。",
    }
    assert top_referrers_note(make_window, screen) == expected[language]


def test_a_cut_between_different_counts_leaves_no_tie_to_tell(
    context: AppContext, make_window: MakeWindow
) -> None:
    referrers(context, [*[2] * 10, 1], trashed=2)  # the eleventh has fewer: no tie is cut
    assert (
        top_referrers_note(make_window, "1024x560") == "Top 10 of 11 referrers, " + (RANKED["en"])
    )


def test_ten_referrers_or_fewer_are_all_shown_and_only_the_ranking_is_said(
    context: AppContext, make_window: MakeWindow, language: str
) -> None:
    referrers(context, [1] * 10, trashed=3)
    expected = {
        "en": "Ranked by " + RANKED["en"].removeprefix("ranked by "),
        "zh_CN": RANKED["zh_CN"],
    }
    assert top_referrers_note(make_window, "1366x768") == expected[language]
