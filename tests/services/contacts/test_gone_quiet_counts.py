"""Gone quiet on Today and in ``custdesk due``: the buyers who reached the dormant threshold in
the last 14 days with nothing planned, beside every buyer with no contact for that long. Hand
counts on the threshold's day, contacts at 23:59 and 00:00 in the shop's zone (UTC+8)."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.cli_text import agenda_lines
from custdesk.services.contacts.agenda import AgendaService, TodayAgenda
from custdesk.services.shop.settings import SettingsService, settings_in
from custdesk.storage.db import Database
from tests.services.contacts.quiet_shop import THRESHOLD_DAY, TODAY, quiet_shop

D = dt.date


def agenda_on(db: Database, day: D) -> TodayAgenda:
    return AgendaService(db, settings=settings_in, today=lambda: day).today()


def test_the_list_is_those_who_just_went_quiet_and_the_total_all_who_are(db: Database) -> None:
    quiet_shop(db)
    agenda = agenda_on(db, TODAY)
    # Most spent first: 甲 ¥19.99, 丙 ¥0.29.
    assert [(q.customer_name, q.last_contact, q.total_spent_cents) for q in agenda.gone_quiet] == [
        ("甲", THRESHOLD_DAY, 1999),
        ("丙", D(2026, 8, 11), 29),
    ]
    assert agenda.quiet_total == 5  # 甲 丙 丁 戊 辛
    assert agenda.dormant_after_days == 90


def test_a_day_earlier_the_threshold_day_is_not_yet_reached(db: Database) -> None:
    """On 21 November a contact on 24 August is 89 days old: 甲 and 戊 are not quiet yet, and
    丁 (103 days) is on the list's oldest day."""
    quiet_shop(db)
    agenda = agenda_on(db, TODAY - dt.timedelta(days=1))
    assert [q.customer_name for q in agenda.gone_quiet] == ["丁", "丙"]  # ¥19.99, ¥0.29
    assert agenda.quiet_total == 3  # 丙 丁 辛


def test_the_threshold_of_the_settings_moves_both_numbers(db: Database) -> None:
    quiet_shop(db)
    SettingsService(db, today=lambda: TODAY).update(dormant_after_days=100)
    agenda = agenda_on(db, TODAY)
    # Quiet since 14 August or before; listed when last heard from 1 to 14 August.
    assert [q.customer_name for q in agenda.gone_quiet] == ["丁", "丙"]
    assert agenda.quiet_total == 3  # 丙 丁 辛


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        (
            "en",
            "Gone quiet in the last 14 days, no call planned: 2 (of 5 who have bought with no "
            "contact for 90 days or more)",
        ),
        (
            "zh_CN",
            "近 14 天刚变得久未联系、未安排回访：2（消费过的客户中共 5 位已 90 天以上未联系）",
        ),
    ],
)
def test_due_says_which_it_lists_with_both_numbers(
    db: Database, language: str, heading: str
) -> None:
    quiet_shop(db)
    lines = list(agenda_lines(agenda_on(db, TODAY), [], language))
    start = lines.index(heading)
    assert lines[start + 1 : start + 3] == [
        "  2026-08-24  甲  -  ¥19.99",
        "  2026-08-11  丙  -  ¥0.29",
    ]
