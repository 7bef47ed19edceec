"""What the app reads off the computer's clock ("now", "today") is the shop's local time.

Each check runs on the real clock in three zones: the shop's own (UTC+8), one where it is just
past midnight while UTC is still on yesterday, and one where it is late in the evening while
UTC is already on tomorrow. The last two are made up on the spot from the current UTC time, so
the local date and UTC's differ whenever the test runs, in both directions.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from custdesk import clock as shop_clock
from custdesk.cli import main
from custdesk.errors import ValidationError
from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.contacts.agenda import AgendaService
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import settings_in, stage_rules_in
from custdesk.storage.db import Database

DAY = 24 * 3600
CLOSE_ENOUGH = dt.timedelta(minutes=1)


def zone_where_it_is(utc_days_off: int) -> str:
    """A POSIX TZ string for a zone where the local date is UTC's plus ``utc_days_off`` (+1:
    00:30 after local midnight, UTC still on the day before; -1: 23:30, UTC already on the day
    after), at least a minute away from either midnight."""
    since_midnight = int(time.time()) % DAY
    if not 60 <= since_midnight <= DAY - 60:
        time.sleep(65)  # UTC's day turns in a moment; start on the new one
        since_midnight = int(time.time()) % DAY
    if utc_days_off > 0:
        local = min(30 * 60, since_midnight // 2)
        offset = DAY - since_midnight + local
    else:
        local = max(DAY - 30 * 60, (since_midnight + DAY) // 2)
        offset = local - since_midnight - DAY
    hours, rest = divmod(abs(offset), 3600)
    # POSIX counts west of Greenwich as positive: UTC+5:30 is "LOC-5:30:00".
    return f"LOC{'-' if offset > 0 else '+'}{hours}:{rest // 60:02d}:{rest % 60:02d}"


ZONES = {"shop": "Asia/Shanghai", "past-midnight": 1, "before-midnight": -1}


@pytest.fixture(params=list(ZONES), autouse=True)
def zone(request: pytest.FixtureRequest, use_zone: Callable[[str], None]) -> None:
    chosen = ZONES[request.param]
    if isinstance(chosen, str):
        use_zone(chosen)
        return
    use_zone(zone_where_it_is(chosen))
    local, utc = time.localtime(), time.gmtime()
    assert dt.date(*local[:3]) - dt.date(*utc[:3]) == dt.timedelta(days=chosen)


def wall_clock() -> dt.datetime:
    """The time on the shop's wall, read through the C library (not datetime)."""
    return dt.datetime(*time.localtime()[:6])


def wall_today() -> dt.date:
    return wall_clock().date()


def years_ago(day: dt.date) -> dt.date:
    return day.replace(year=day.year - 28)  # a leap year when ``day``'s is: 29 February stays


@pytest.fixture
def customer_id(db: Database) -> int:
    return (
        CustomerService(db, stage_rules=stage_rules_in)
        .create(CustomerDraft(name="张三", phones=("13800138000",)))
        .id
    )


def test_today_is_the_date_on_the_wall() -> None:
    assert shop_clock.today() == wall_today()


def test_the_today_page_goes_by_the_local_date(db: Database, customer_id: int) -> None:
    today = wall_today()
    yesterday, tomorrow = today - dt.timedelta(days=1), today + dt.timedelta(days=1)
    planned = FollowUpService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime.combine(yesterday, dt.time(9))
    )
    for due_on in (yesterday, today, tomorrow):
        planned.schedule(customer_id, due_on, f"回访 {due_on}")
    customers = CustomerService(db, stage_rules=stage_rules_in)
    for name, birthday in [
        ("昨天生日", yesterday),
        ("今天生日", today),
        ("六天后生日", today + dt.timedelta(days=6)),  # the 7th day, the last of the window
        ("七天后生日", today + dt.timedelta(days=7)),
    ]:
        customers.create(CustomerDraft(name=name, birthday=Birthday.from_date(years_ago(birthday))))

    agenda = AgendaService(db, settings=settings_in).today()
    assert agenda.today == today
    assert [item.purpose for item in agenda.overdue] == [f"回访 {yesterday}"]
    assert [item.purpose for item in agenda.due_today] == [f"回访 {today}"]
    assert [(b.customer_name, b.on) for b in agenda.birthdays] == [
        ("今天生日", today),
        ("六天后生日", today + dt.timedelta(days=6)),
    ]
    # The work list: yesterday's and today's follow-ups, and today's birthday.
    assert AgendaService(db, settings=settings_in).counts().to_do == 3 == agenda.to_do


def test_the_due_command_prints_the_local_days_agenda(
    db: Database, db_path: Path, customer_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    FollowUpService(db, stage_rules=stage_rules_in).schedule(customer_id, wall_today(), "送货")
    assert main(["due", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert f"CustDesk Today {wall_today().isoformat()}" in out  # one language now: English here
    assert "Due today (1)\n  张三  138 0013 8000  送货\n" in out
    assert "Overdue follow-ups (0)" in out


def test_a_complaint_taken_and_settled_now_keeps_the_sundown_rule(
    db: Database, customer_id: int
) -> None:
    complaints = ComplaintService(db, stage_rules=stage_rules_in)
    received = wall_clock()  # what the complaints page fills in
    taken = complaints.record(customer_id, ComplaintDraft(received, "phone", "少发了一件"))
    settled = complaints.resolve(taken.id, "补发")
    assert settled.resolved_at is not None
    assert abs(settled.resolved_at - wall_clock()) < CLOSE_ENOUGH
    assert not settled.missed_sundown(wall_clock())
    check_back = FollowUpService(db, stage_rules=stage_rules_in).pending_for(customer_id)
    assert [f.due_on for f in check_back] == [received.date() + dt.timedelta(days=1)]


def test_a_sale_can_be_dated_today_but_not_tomorrow(db: Database, customer_id: int) -> None:
    purchases = PurchaseService(db, stage_rules=stage_rules_in)
    sale = purchases.record(customer_id, PurchaseDraft(wall_today(), "茶叶", "19.99"))
    assert sale.purchased_on == wall_today()
    with pytest.raises(ValidationError) as caught:
        purchases.record(
            customer_id, PurchaseDraft(wall_today() + dt.timedelta(days=1), "茶叶", "0.29")
        )
    assert caught.value.field_errors == {"purchased_on": "future_date"}


def test_a_call_back_can_be_planned_for_today_but_not_yesterday(
    db: Database, customer_id: int
) -> None:
    follow_ups = FollowUpService(db, stage_rules=stage_rules_in)
    follow_ups.schedule(customer_id, wall_today(), "回访")
    with pytest.raises(ValidationError) as caught:
        follow_ups.schedule(customer_id, wall_today() - dt.timedelta(days=1), "回访")
    assert caught.value.field_errors == {"due_on": "past_date"}
    assert [f.due_on for f in follow_ups.pending_for(customer_id)] == [wall_today()]


def test_a_new_customer_is_stamped_with_the_local_time(db: Database) -> None:
    created = (
        CustomerService(db, stage_rules=stage_rules_in)
        .create(CustomerDraft(name="李四"))
        .created_at
    )
    assert abs(created - wall_clock()) < CLOSE_ENOUGH
