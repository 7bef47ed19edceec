"""Birthdays and holidays on Today and in ``custdesk due`` cover today and the next 6 days, 7 days
in all, as their labels say: the last day in and the first day out, 29 February among them."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.cli_text import agenda_lines
from custdesk.services.contacts.agenda import AgendaService
from custdesk.services.customers.calendar import Birthday, Holiday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import SettingsService, settings_in, stage_rules_in
from custdesk.storage.db import Database

D = dt.date


def born(db: Database, name: str, birthday: Birthday) -> None:
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 1, 1)
    )
    customers.create(CustomerDraft(name=name, birthday=birthday))


def shop_day(month: int, day: int) -> Holiday:
    return Holiday(f"{month}月{day}日", f"Day {month}-{day}", month=month, day=day)


@pytest.mark.parametrize(
    ("today", "last_in", "first_out"),
    [
        (D(2026, 11, 22), D(2026, 11, 28), D(2026, 11, 29)),
        (D(2026, 12, 26), D(2027, 1, 1), D(2027, 1, 2)),  # across the year end
        (D(2026, 2, 22), D(2026, 2, 28), D(2026, 3, 1)),  # a common February
        (D(2028, 2, 23), D(2028, 2, 29), D(2028, 3, 1)),  # a leap February: its 29th is in
    ],
)
def test_birthdays_and_holidays_end_on_the_seventh_day(
    db: Database, today: D, last_in: D, first_out: D
) -> None:
    born(db, "最后一天", Birthday(last_in.month, last_in.day, 2000))
    born(db, "第八天", Birthday(first_out.month, first_out.day, 2000))
    holidays = (shop_day(last_in.month, last_in.day), shop_day(first_out.month, first_out.day))
    SettingsService(db, today=lambda: today).update(holidays=holidays)
    agenda = AgendaService(db, settings=settings_in, today=lambda: today).today()
    assert agenda.coming_until == last_in == today + dt.timedelta(days=6)
    assert [(b.customer_name, b.on) for b in agenda.birthdays] == [("最后一天", last_in)]
    assert [(h.holiday.name_zh, h.on) for h in agenda.holidays] == [
        (f"{last_in.month}月{last_in.day}日", last_in)
    ]
    lines = list(agenda_lines(agenda, [], "en"))
    assert "Birthdays, today and the next 6 days (1)" in lines
    assert "Holidays, today and the next 6 days (1)" in lines


def test_29_february_in_a_common_year_is_kept_on_the_28th_the_windows_last_day(
    db: Database,
) -> None:
    """28 February 2026 is the last of the 7 days from the 22nd, and not yet in them on the
    21st: the leap-day birthday and greeting day come and go with it."""
    born(db, "闰日生", Birthday(2, 29, 2000))
    SettingsService(db, today=lambda: D(2026, 2, 21)).update(holidays=(shop_day(2, 29),))
    on_21st = AgendaService(db, settings=settings_in, today=lambda: D(2026, 2, 21)).today()
    assert (on_21st.birthdays, on_21st.holidays) == ([], [])
    on_22nd = AgendaService(db, settings=settings_in, today=lambda: D(2026, 2, 22)).today()
    assert [(b.on, b.turning) for b in on_22nd.birthdays] == [(D(2026, 2, 28), 26)]
    assert [h.on for h in on_22nd.holidays] == [D(2026, 2, 28)]
    lines = list(agenda_lines(on_22nd, [], "zh_CN"))
    assert "今天及未来 6 天的生日（1）" in lines
    assert "今天及未来 6 天的节日（1）" in lines
