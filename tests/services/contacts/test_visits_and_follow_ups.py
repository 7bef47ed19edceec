from __future__ import annotations

import datetime as dt

import pytest

from custdesk.errors import NotFoundError, ValidationError
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitDraft, VisitFilter, VisitKind, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 15, 30)
TODAY = NOW.date()


def clock() -> dt.datetime:
    return NOW


def visit(**changes: object) -> VisitDraft:
    fields: dict[str, object] = {"occurred_at": NOW - dt.timedelta(hours=1), "kind": "call"}
    fields.update(changes)
    return VisitDraft(**fields)  # type: ignore[arg-type]


@pytest.fixture
def customers(db: Database) -> CustomerService:
    return CustomerService(db, stage_rules=stage_rules_in, clock=clock)


def test_a_logged_visit_updates_last_contact_and_can_plan_the_next(
    db: Database, customers: CustomerService
) -> None:
    customer = customers.create(CustomerDraft(name="张三"))
    visits = VisitService(db, stage_rules=stage_rules_in, clock=clock)
    visits.log(
        customer.id,
        visit(purpose="新品介绍", satisfaction=5, served_by="小李"),
        next_contact_on=TODAY + dt.timedelta(days=30),
    )
    record = customers.get(customer.id)
    assert record.last_contact_at == NOW - dt.timedelta(hours=1)
    assert record.next_follow_up_on == TODAY + dt.timedelta(days=30)
    pending = FollowUpService(db, stage_rules=stage_rules_in, clock=clock).pending_for(customer.id)
    assert [(p.due_on, p.purpose, p.source) for p in pending] == [
        (TODAY + dt.timedelta(days=30), "新品介绍", "visit")
    ]


def test_bad_visits_are_refused_field_by_field(db: Database, customers: CustomerService) -> None:
    customer = customers.create(CustomerDraft(name="张三"))
    visits = VisitService(db, stage_rules=stage_rules_in, clock=clock)
    with pytest.raises(ValidationError) as caught:
        visits.log(
            customer.id,
            visit(kind="telepathy", satisfaction=6, occurred_at=NOW + dt.timedelta(days=1)),
        )
    assert set(caught.value.field_errors) == {"kind", "satisfaction", "occurred_at"}
    with pytest.raises(ValidationError):
        visits.log(customer.id, visit(), next_contact_on=TODAY - dt.timedelta(days=2))
    assert visits.count() == 0  # nothing half-written
    with pytest.raises(NotFoundError):
        visits.log(424242, visit())


def test_the_log_is_newest_first_and_filters_by_dates_kind_and_clerk(
    db: Database, customers: CustomerService
) -> None:
    a = customers.create(CustomerDraft(name="张三"))
    b = customers.create(CustomerDraft(name="李四"))
    visits = VisitService(db, stage_rules=stage_rules_in, clock=clock)
    visits.log(a.id, visit(occurred_at=dt.datetime(2026, 10, 31, 23, 59), served_by="小李"))
    visits.log(b.id, visit(occurred_at=dt.datetime(2026, 11, 1, 0, 0), kind="store"))
    visits.log(a.id, visit(occurred_at=dt.datetime(2026, 11, 22, 9, 0), kind="greeting"))
    log = visits.visits()
    assert [v.occurred_at.day for v in log] == [22, 1, 31]
    november = visits.visits(VisitFilter(since=dt.date(2026, 11, 1), until=dt.date(2026, 11, 30)))
    assert [v.customer_name for v in november] == ["张三", "李四"]
    october = visits.visits(VisitFilter(until=dt.date(2026, 10, 31)))
    assert [v.served_by for v in october] == ["小李"]  # the last minute of the month counts
    assert [v.kind for v in visits.visits(VisitFilter(kind=VisitKind.STORE))] == ["store"]
    assert visits.count(VisitFilter(served_by="小李")) == 1
    assert visits.clerks() == ["小李"]
    assert visits.count(VisitFilter(customer_id=a.id)) == 2


def test_completing_a_follow_up_logs_the_visit_and_the_cadence_plans_the_next(
    db: Database, customers: CustomerService
) -> None:
    customer = customers.create(CustomerDraft(name="王五", follow_up_cadence_days=30))
    follow_ups = FollowUpService(db, stage_rules=stage_rules_in, clock=clock)
    planned = follow_ups.schedule(customer.id, TODAY, "回访新品使用")
    following = follow_ups.complete(planned.id, visit(outcome="很满意", satisfaction=5))
    assert following is not None
    assert following.due_on == TODAY + dt.timedelta(days=30)
    assert following.source == "cadence"
    assert follow_ups.get(planned.id).status == "done"
    assert (
        VisitService(db, stage_rules=stage_rules_in).count(VisitFilter(customer_id=customer.id))
        == 1
    )
    assert customers.get(customer.id).next_follow_up_on == TODAY + dt.timedelta(days=30)
    with pytest.raises(ValidationError):
        follow_ups.complete(planned.id, visit())  # already done: not logged twice
    assert VisitService(db, stage_rules=stage_rules_in).count() == 1


def test_an_explicit_next_date_wins_over_the_cadence(
    db: Database, customers: CustomerService
) -> None:
    customer = customers.create(CustomerDraft(name="王五", follow_up_cadence_days=30))
    follow_ups = FollowUpService(db, stage_rules=stage_rules_in, clock=clock)
    planned = follow_ups.schedule(customer.id, TODAY)
    following = follow_ups.complete(planned.id, visit(), next_contact_on=TODAY + dt.timedelta(7))
    assert following is not None and following.due_on == TODAY + dt.timedelta(days=7)
    assert len(follow_ups.pending_for(customer.id)) == 1


def test_without_a_cadence_nothing_is_planned_after_completion(
    db: Database, customers: CustomerService
) -> None:
    customer = customers.create(CustomerDraft(name="赵六"))
    follow_ups = FollowUpService(db, stage_rules=stage_rules_in, clock=clock)
    planned = follow_ups.schedule(customer.id, TODAY)
    assert follow_ups.complete(planned.id, visit()) is None
    assert customers.get(customer.id).next_follow_up_on is None


def test_a_visit_logged_for_a_customer_with_a_cadence_plans_the_next_contact(
    db: Database, customers: CustomerService
) -> None:
    customer = customers.create(CustomerDraft(name="孙七", follow_up_cadence_days=60))
    VisitService(db, stage_rules=stage_rules_in, clock=clock).log(customer.id, visit())
    assert customers.get(customer.id).next_follow_up_on == TODAY + dt.timedelta(days=60)
    VisitService(db, stage_rules=stage_rules_in, clock=clock).log(
        customer.id, visit()
    )  # one is planned: no second one
    assert len(FollowUpService(db, stage_rules=stage_rules_in).pending_for(customer.id)) == 1


def test_snooze_and_cancel(db: Database, customers: CustomerService) -> None:
    customer = customers.create(CustomerDraft(name="周八"))
    follow_ups = FollowUpService(db, stage_rules=stage_rules_in, clock=clock)
    planned = follow_ups.schedule(customer.id, TODAY)
    snoozed = follow_ups.snooze(planned.id, TODAY + dt.timedelta(days=3))
    assert snoozed.due_on == TODAY + dt.timedelta(days=3)
    assert customers.get(customer.id).next_follow_up_on == TODAY + dt.timedelta(days=3)
    with pytest.raises(ValidationError) as caught:
        follow_ups.snooze(planned.id, TODAY - dt.timedelta(days=1))
    assert caught.value.field_errors == {"due_on": "past_date"}
    follow_ups.cancel(planned.id)
    assert follow_ups.get(planned.id).status == "cancelled"
    assert customers.get(customer.id).next_follow_up_on is None
    with pytest.raises(ValidationError):
        follow_ups.snooze(planned.id, TODAY)
