"""Today lists a birthday without its year on its day, with no age, across the year end and on
29 February, from the shop's local midnight (UTC+8)."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk import clock as shop_clock
from custdesk.services.contacts.agenda import AgendaService
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import settings_in, stage_rules_in
from custdesk.storage.db import Database

D = dt.date
ONE_SECOND = dt.timedelta(seconds=1)


def add(db: Database, name: str, birthday: Birthday) -> None:
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 1, 1)
    )
    customers.create(CustomerDraft(name=name, birthday=birthday))


def birthdays_at(db: Database, moment: dt.datetime) -> list[tuple[str, dt.date, int | None]]:
    with shop_clock.frozen_at(moment):
        agenda = AgendaService(db, settings=settings_in).today()
    return [(item.customer_name, item.on, item.turning) for item in agenda.birthdays]


@pytest.mark.parametrize(
    ("today", "birthday", "on", "outside"),
    [
        # Today and the next 6 days: ``outside`` is the first day after them.
        (D(2026, 12, 31), Birthday(1, 1), D(2027, 1, 1), Birthday(1, 7)),  # tomorrow, next year
        (D(2026, 12, 26), Birthday(1, 1), D(2027, 1, 1), Birthday(1, 2)),  # the week's last day
        (D(2026, 2, 22), Birthday(2, 29), D(2026, 2, 28), Birthday(3, 1)),  # a common year
        (D(2028, 2, 23), Birthday(2, 29), D(2028, 2, 29), Birthday(3, 1)),  # a leap year
        (D(2026, 11, 30), Birthday(12, 1), D(2026, 12, 1), Birthday(12, 7)),
    ],
)
def test_a_birthday_without_a_year_is_listed_on_its_day_with_no_age(
    db: Database, today: dt.date, birthday: Birthday, on: dt.date, outside: Birthday
) -> None:
    add(db, "黄勇", birthday)
    add(db, "下周以后", outside)
    add(db, "有年份", Birthday(on.month, on.day, 1988))
    midnight = dt.datetime.combine(today, dt.time(0, 0))
    assert birthdays_at(db, midnight) == [("有年份", on, on.year - 1988), ("黄勇", on, None)]


def test_the_week_moves_at_local_midnight(db: Database) -> None:
    add(db, "闰日", Birthday(2, 29))  # kept on 28 February in 2026
    midnight = dt.datetime(2026, 2, 22, 0, 0)
    assert birthdays_at(db, midnight - ONE_SECOND) == []  # 21 to 27 February
    assert birthdays_at(db, midnight) == [("闰日", D(2026, 2, 28), None)]  # 22 to 28 February
    with shop_clock.frozen_at(dt.datetime(2026, 2, 28, 0, 0)):  # kept today: on the work list
        assert AgendaService(db, settings=settings_in).counts().to_do == 1
    with shop_clock.frozen_at(dt.datetime(2026, 2, 28, 0, 0) - ONE_SECOND):
        assert AgendaService(db, settings=settings_in).counts().to_do == 0
