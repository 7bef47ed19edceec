"""What a contact saved without a next date plans is told before Save, and is what Save plans:
by the customer's rhythm (定期回访), nothing when a contact is already planned, else nothing."""

from __future__ import annotations

import datetime as dt

from custdesk.services.contacts.follow_ups import FollowUpService, PlanWithoutDate
from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 30, 23, 59)  # the last minute of the month, shop time
TODAY = NOW.date()


def clock() -> dt.datetime:
    return NOW


def services(db: Database) -> tuple[CustomerService, FollowUpService, VisitService]:
    return (
        CustomerService(db, stage_rules=stage_rules_in, clock=clock),
        FollowUpService(db, stage_rules=stage_rules_in, clock=clock),
        VisitService(db, stage_rules=stage_rules_in, clock=clock),
    )


def test_completing_the_only_plan_tells_the_rhythms_date_and_saves_it(db: Database) -> None:
    customers, follow_ups, _visits = services(db)
    regular = customers.create(CustomerDraft(name="王芳", follow_up_cadence_days=30))
    planned = follow_ups.schedule(regular.id, TODAY)
    told = follow_ups.plan_without_date(regular.id, TODAY, completing=planned.id)
    assert told == PlanWithoutDate(due_on=dt.date(2026, 12, 30), cadence_days=30)
    following = follow_ups.complete(planned.id, VisitDraft(NOW))
    assert following is not None and following.due_on == told.due_on


def test_another_planned_contact_means_the_rhythm_plans_nothing(db: Database) -> None:
    customers, follow_ups, visits = services(db)
    regular = customers.create(CustomerDraft(name="王芳", follow_up_cadence_days=30))
    follow_ups.schedule(regular.id, dt.date(2026, 12, 5))
    told = follow_ups.plan_without_date(regular.id, TODAY)
    assert told == PlanWithoutDate(due_on=dt.date(2026, 12, 5), already_planned=True)
    visits.log(regular.id, VisitDraft(NOW))
    assert [p.due_on for p in follow_ups.pending_for(regular.id)] == [dt.date(2026, 12, 5)]


def test_without_a_rhythm_nothing_is_planned(db: Database) -> None:
    customers, follow_ups, visits = services(db)
    walk_in = customers.create(CustomerDraft(name="李四"))
    assert follow_ups.plan_without_date(walk_in.id, TODAY) == PlanWithoutDate()
    visits.log(walk_in.id, VisitDraft(NOW))
    assert follow_ups.pending_for(walk_in.id) == []
