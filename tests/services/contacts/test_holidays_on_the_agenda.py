"""Greeting days on the Today page: on the day itself, and a fixed day of 29 February."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from custdesk.services.contacts.agenda import AgendaService
from custdesk.services.customers.calendar import Holiday
from custdesk.services.shop.settings import (
    SettingsService,
    holiday_from_text,
    holiday_when_text,
    settings_in,
)
from custdesk.storage import orm
from custdesk.storage.db import Database

D = dt.date


def holidays_on(db: Database, today: D) -> list[tuple[str, D]]:
    agenda = AgendaService(db, settings=settings_in, today=lambda: today).today()
    return [(item.holiday.name_zh, item.on) for item in agenda.holidays]


@pytest.mark.parametrize(
    ("today", "on"),
    [
        (D(2026, 2, 22), D(2026, 2, 28)),  # a common year: kept on 28 February, as birthdays
        (D(2026, 2, 28), D(2026, 2, 28)),
        (D(2028, 2, 29), D(2028, 2, 29)),  # a leap year: the day itself
        (D(2027, 12, 31), None),  # two months ahead: not yet on the agenda
    ],
)
def test_a_holiday_typed_as_02_29_is_greeted_every_year(db: Database, today: D, on: D) -> None:
    # The settings accept "02-29"; the Today page must then open in common years too.
    leap_day = holiday_from_text("闰日店庆", "Leap-day shop birthday", "02-29")
    SettingsService(db, today=lambda: today).update(holidays=(leap_day,))
    assert holidays_on(db, today) == ([("闰日店庆", on)] if on else [])


def test_a_lunar_holiday_is_on_the_agenda_on_the_day_itself(db: Database) -> None:
    spring = Holiday("春节", "Spring Festival", dates=(D(2026, 2, 17), D(2027, 2, 6)))
    SettingsService(db, today=lambda: D(2026, 2, 17)).update(holidays=(spring,))
    assert holidays_on(db, D(2026, 2, 17)) == [("春节", D(2026, 2, 17))]


def test_a_hand_damaged_holiday_without_its_day_does_not_stop_the_today_page(
    db: Database,
) -> None:
    # Settings are JSON in the file; one edited by hand may lose the day of a fixed holiday.
    stored = [
        {"name_zh": "店庆", "name_en": "Shop birthday", "month": 5, "day": 18},
        {"name_zh": "半个日期", "name_en": "Half a date", "month": 5},
    ]
    with db.writing() as session:
        session.merge(orm.ShopSetting(key="holidays", value=json.dumps(stored)))
    assert holidays_on(db, D(2026, 5, 15)) == [("店庆", D(2026, 5, 18))]
    # ...nor the settings table, which shows it without a date to be typed again
    shown = [holiday_when_text(h) for h in SettingsService(db).get().holidays]
    assert shown == ["05-18", ""]
