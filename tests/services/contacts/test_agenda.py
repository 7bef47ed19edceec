from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.contacts.agenda import AgendaService
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import SettingsService, settings_in, stage_rules_in
from custdesk.storage.db import Database

D = dt.date


def at(day: D) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10, 0))


def born(db: Database, name: str, birthday: D) -> int:
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 1, 1)
    )
    return customers.create(CustomerDraft(name=name, birthday=Birthday.from_date(birthday))).id


@pytest.mark.parametrize(
    ("today", "birthday", "on", "turning"),
    [
        (D(2026, 11, 22), D(1990, 11, 22), D(2026, 11, 22), 36),  # today
        (D(2026, 11, 22), D(1990, 11, 28), D(2026, 11, 28), 36),  # the 7th day: today + 6
        (D(2026, 12, 28), D(1980, 1, 3), D(2027, 1, 3), 47),  # across the year end
        (D(2026, 2, 25), D(2000, 2, 29), D(2026, 2, 28), 26),  # common year: kept on 28 Feb
        (D(2028, 2, 25), D(2000, 2, 29), D(2028, 2, 29), 28),  # leap year: the real day
        (D(2026, 1, 28), D(1999, 2, 3), D(2026, 2, 3), 27),  # across a month end
    ],
)
def test_birthdays_in_the_coming_week(
    db: Database, today: D, birthday: D, on: D, turning: int
) -> None:
    customer_id = born(db, "寿星", birthday)
    born(db, "不在这周", today + dt.timedelta(days=7) - dt.timedelta(days=365 * 30))
    agenda = AgendaService(db, settings=settings_in, today=lambda: today).today()
    assert [(b.customer_id, b.on, b.turning) for b in agenda.birthdays] == [
        (customer_id, on, turning)
    ]
    # Only a birthday today is a line of the work list, and so of the count beside Today.
    counts = AgendaService(db, settings=settings_in, today=lambda: today).counts()
    assert counts.to_do == agenda.to_do == (1 if on == today else 0)


def test_a_trashed_customer_is_not_on_the_agenda(db: Database) -> None:
    today = D(2026, 11, 22)
    customer_id = born(db, "寿星", D(1990, 11, 22))
    FollowUpService(db, stage_rules=stage_rules_in, clock=lambda: at(today)).schedule(
        customer_id, today
    )
    CustomerService(db, stage_rules=stage_rules_in).trash(customer_id)
    agenda = AgendaService(db, settings=settings_in, today=lambda: today).today()
    assert (agenda.birthdays, agenda.due_today) == ([], [])


def test_overdue_and_due_follow_ups_move_with_the_date(db: Database) -> None:
    monday = D(2026, 11, 30)
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: at(monday))
    a = customers.create(CustomerDraft(name="张三", phones=("13800138000",))).id
    b = customers.create(CustomerDraft(name="李四")).id
    follow_ups = FollowUpService(db, stage_rules=stage_rules_in, clock=lambda: at(monday))
    follow_ups.schedule(a, monday, "回访")
    follow_ups.schedule(b, D(2026, 12, 1), "送货")
    on_monday = AgendaService(db, settings=settings_in, today=lambda: monday).today()
    assert [(f.customer_name, f.phone) for f in on_monday.due_today] == [("张三", "+8613800138000")]
    assert on_monday.overdue == []
    on_wednesday = AgendaService(db, settings=settings_in, today=lambda: D(2026, 12, 2)).today()
    assert [f.customer_name for f in on_wednesday.overdue] == ["张三", "李四"]
    assert on_wednesday.to_do == 2
    counts = AgendaService(db, settings=settings_in, today=lambda: D(2026, 12, 2)).counts()
    assert (counts.to_do, counts.open_complaints) == (2, 0)
    ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: at(D(2026, 12, 2))).record(
        b, ComplaintDraft(received_at=at(D(2026, 12, 2)), channel="phone", description="拉链坏了")
    )
    counts = AgendaService(db, settings=settings_in, today=lambda: D(2026, 12, 2)).counts()
    on_wednesday = AgendaService(db, settings=settings_in, today=lambda: D(2026, 12, 2)).today()
    assert (counts.to_do, counts.open_complaints) == (3, 1) == (on_wednesday.to_do, 1)


def test_customers_who_just_went_quiet_are_listed_until_contacted(db: Database) -> None:
    today = D(2026, 11, 22)
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: at(today))
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: at(D(2026, 1, 1)))
    ids = {}
    for name, days in (("刚好90天", 90), ("89天", 89), ("103天", 103), ("104天", 104)):
        ids[name] = customers.create(CustomerDraft(name=name)).id
        purchases.record(ids[name], PurchaseDraft(today - dt.timedelta(days=days), "茶", "10"))
    agenda = AgendaService(db, settings=settings_in, today=lambda: today).today()
    assert sorted(q.customer_name for q in agenda.gone_quiet) == ["103天", "刚好90天"]
    FollowUpService(db, stage_rules=stage_rules_in, clock=lambda: at(today)).schedule(
        ids["刚好90天"], today
    )
    agenda = AgendaService(db, settings=settings_in, today=lambda: today).today()
    assert [q.customer_name for q in agenda.gone_quiet] == ["103天"]  # a call is planned
    SettingsService(db).update(dormant_after_days=100)
    agenda = AgendaService(db, settings=settings_in, today=lambda: today).today()
    assert agenda.dormant_after_days == 100
    assert sorted(q.customer_name for q in agenda.gone_quiet) == ["103天", "104天"]


def test_holidays_and_open_complaints(db: Database) -> None:
    today = D(2026, 9, 20)
    agenda = AgendaService(db, settings=settings_in, today=lambda: today).today()
    assert [(h.holiday.name_zh, h.on) for h in agenda.holidays] == [("中秋节", D(2026, 9, 25))]
    customer_id = born(db, "张三", D(1990, 1, 1))
    ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: at(today)).record(
        customer_id, ComplaintDraft(received_at=at(today), channel="phone", description="太慢")
    )
    assert AgendaService(db, settings=settings_in, today=lambda: today).today().open_complaints == 1
    assert (
        AgendaService(db, settings=settings_in, today=lambda: today).counts().open_complaints == 1
    )
