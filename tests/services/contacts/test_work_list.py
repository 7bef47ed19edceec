"""Today's work list: one list, most urgent first, judged on the shop's clock (UTC+8)."""

from __future__ import annotations

import datetime as dt

from custdesk import clock as shop_clock
from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.contacts.agenda import AgendaService
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.work_list import WorkItem, WorkKind
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import settings_in, stage_rules_in
from custdesk.storage.db import Database

D = dt.date
MONDAY = D(2026, 11, 30)
SUNDAY = MONDAY - dt.timedelta(days=1)
LAST_MINUTE_OF_SUNDAY = dt.datetime(2026, 11, 29, 23, 59)
MIDNIGHT = dt.datetime(2026, 11, 30, 0, 0)


def work_at(db: Database, moment: dt.datetime) -> list[WorkItem]:
    """The work list as the page reads it at ``moment`` on the shop's clock."""
    with shop_clock.frozen_at(moment):
        return AgendaService(db, settings=settings_in).today().work_list


def rows(items: list[WorkItem], today: D) -> list[tuple[WorkKind, str, int]]:
    return [(item.kind, item.customer_name, item.days_late(today)) for item in items]


class Shop:
    """Records made as a clerk made them, each on its own day."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.customers = CustomerService(
            db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 1, 5, 10)
        )
        self.phones: dict[int, str] = {}

    def customer(self, name: str, birthday: D | None = None) -> int:
        draft = CustomerDraft(
            name=name,
            phones=(f"138001380{len(self.phones):02d}",),
            birthday=Birthday.from_date(birthday) if birthday else None,
        )
        customer_id = self.customers.create(draft).id
        self.phones[customer_id] = draft.phones[0]
        return customer_id

    def follow_up(self, name: str, due: D, purpose: str = "回访") -> int:
        customer_id = self.customer(name)
        planned_at = dt.datetime.combine(due, dt.time(9))
        FollowUpService(self.db, stage_rules=stage_rules_in, clock=lambda: planned_at).schedule(
            customer_id, due, purpose
        )
        return customer_id

    def complaint(self, name: str, received_at: dt.datetime, *, resolved: bool = False) -> int:
        customer_id = self.customer(name)
        complaints = ComplaintService(
            self.db, stage_rules=stage_rules_in, clock=lambda: received_at + dt.timedelta(hours=1)
        )
        draft = ComplaintDraft(received_at=received_at, channel="phone", description="拉链坏了")
        complaint = complaints.record(customer_id, draft)
        if resolved:
            complaints.resolve(complaint.id, "免费换了拉链")
        return customer_id


def test_the_work_list_puts_the_most_urgent_first(db: Database) -> None:
    shop = Shop(db)
    shop.follow_up("今天到期", MONDAY)
    shop.follow_up("逾期一天", SUNDAY)
    shop.follow_up("逾期三天", MONDAY - dt.timedelta(days=3))
    shop.complaint("昨天解决的投诉", dt.datetime(2026, 11, 29, 15, 0), resolved=True)
    shop.complaint("今天零点的投诉", MIDNIGHT)
    shop.complaint("昨晚的投诉", LAST_MINUTE_OF_SUNDAY)
    shop.customer("明天生日", D(1990, 12, 1))
    shop.customer("今天生日", D(1990, 11, 30))
    shop.follow_up("下周的回访", MONDAY + dt.timedelta(days=7))

    work = work_at(db, dt.datetime(2026, 11, 30, 10, 0))

    assert rows(work, MONDAY) == [
        (WorkKind.OPEN_COMPLAINT, "昨晚的投诉", 1),  # missed its sun-down: first of all
        (WorkKind.OPEN_COMPLAINT, "今天零点的投诉", 0),
        (WorkKind.OVERDUE, "逾期三天", 3),
        (WorkKind.OVERDUE, "逾期一天", 1),
        (WorkKind.DUE_TODAY, "今天到期", 0),
        (WorkKind.CHECK_BACK, "昨天解决的投诉", 0),
        (WorkKind.BIRTHDAY, "今天生日", 0),
    ]
    check_back = work[5]
    assert (check_back.from_complaint, check_back.about) == (True, "拉链坏了")
    assert check_back.follow_up_id is not None and check_back.complaint_id is None
    assert work[0].complaint_id is not None and work[0].follow_up_id is None
    assert work[-1].turning == 36
    assert [item.phone for item in work] == [f"+86{shop.phones[item.customer_id]}" for item in work]


def test_midnight_on_the_shops_clock_moves_a_days_work_into_overdue(db: Database) -> None:
    shop = Shop(db)
    shop.follow_up("周日的回访", SUNDAY)
    shop.complaint("周日深夜的投诉", LAST_MINUTE_OF_SUNDAY)
    shop.customer("周日生日", D(1990, 11, 29))

    on_sunday = work_at(db, LAST_MINUTE_OF_SUNDAY)
    assert rows(on_sunday, SUNDAY) == [
        (WorkKind.OPEN_COMPLAINT, "周日深夜的投诉", 0),
        (WorkKind.DUE_TODAY, "周日的回访", 0),
        (WorkKind.BIRTHDAY, "周日生日", 0),
    ]
    at_midnight = work_at(db, MIDNIGHT)
    assert rows(at_midnight, MONDAY) == [
        (WorkKind.OPEN_COMPLAINT, "周日深夜的投诉", 1),
        (WorkKind.OVERDUE, "周日的回访", 1),
    ]


def test_a_late_complaint_check_back_is_overdue_and_still_says_where_it_came_from(
    db: Database,
) -> None:
    shop = Shop(db)
    shop.complaint("上周的投诉", dt.datetime(2026, 11, 23, 11, 0), resolved=True)
    shop.follow_up("逾期五天", MONDAY - dt.timedelta(days=5))
    work = work_at(db, dt.datetime(2026, 11, 30, 10, 0))
    assert rows(work, MONDAY) == [
        (WorkKind.OVERDUE, "上周的投诉", 6),  # due the day after its resolution, the 24th
        (WorkKind.OVERDUE, "逾期五天", 5),
    ]
    assert [item.from_complaint for item in work] == [True, False]


def test_a_customer_in_the_trash_never_appears(db: Database) -> None:
    shop = Shop(db)
    kept = shop.follow_up("留下的", SUNDAY)
    for customer_id in (
        shop.follow_up("删掉的回访", SUNDAY),
        shop.complaint("删掉的投诉", MIDNIGHT),
        shop.complaint("删掉的回访投诉", dt.datetime(2026, 11, 29, 15, 0), resolved=True),
        shop.customer("删掉的寿星", D(1990, 11, 30)),
    ):
        shop.customers.trash(customer_id)
    work = work_at(db, dt.datetime(2026, 11, 30, 10, 0))
    assert [item.customer_id for item in work] == [kept]
