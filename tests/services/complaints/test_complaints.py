from __future__ import annotations

import datetime as dt

import pytest

from custdesk.errors import ValidationError
from custdesk.services.complaints.complaints import (
    ComplaintDraft,
    ComplaintFilter,
    ComplaintService,
)
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 18, 0)


def draft(received_at: dt.datetime = NOW - dt.timedelta(hours=3)) -> ComplaintDraft:
    return ComplaintDraft(
        received_at=received_at, channel="phone", description="衣服洗后缩水", category="质量"
    )


@pytest.fixture
def customer_id(db: Database) -> int:
    return (
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
        .create(CustomerDraft(name="张三"))
        .id
    )


def test_a_complaint_resolved_the_same_day_keeps_the_sundown_rule_and_plans_a_check_back(
    db: Database, customer_id: int
) -> None:
    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    received = complaints.record(customer_id, draft())
    assert received.status == "open" and received.is_open
    assert complaints.start(received.id).status == "in_progress"
    resolved = complaints.resolve(received.id, "换新一件并道歉")
    assert resolved.status == "resolved"
    assert resolved.time_to_resolve(NOW) == dt.timedelta(hours=3)
    assert not resolved.missed_sundown(NOW + dt.timedelta(days=5))
    check_back = FollowUpService(db, stage_rules=stage_rules_in).pending_for(customer_id)
    assert [(f.due_on, f.source, f.complaint_id) for f in check_back] == [
        (dt.date(2026, 11, 23), "complaint", received.id)
    ]
    assert CustomerService(db, stage_rules=stage_rules_in).get(
        customer_id
    ).next_follow_up_on == dt.date(2026, 11, 23)


def test_late_and_still_open_complaints_are_flagged(db: Database, customer_id: int) -> None:
    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    yesterday_evening = dt.datetime(2026, 11, 21, 23, 30)
    late = complaints.record(customer_id, draft(received_at=yesterday_evening))
    assert late.missed_sundown(NOW)  # still open the next day
    assert not late.missed_sundown(dt.datetime(2026, 11, 21, 23, 59))
    assert late.time_to_resolve(NOW) == NOW - yesterday_evening
    resolved = complaints.resolve(late.id, "退款", resolved_at=dt.datetime(2026, 11, 22, 0, 10))
    assert resolved.missed_sundown(NOW)  # 40 minutes, but past midnight
    fresh = complaints.record(customer_id, draft())
    assert not fresh.missed_sundown(NOW)


def test_open_complaints_come_first(db: Database, customer_id: int) -> None:
    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    first = complaints.record(customer_id, draft(NOW - dt.timedelta(days=3)))
    complaints.resolve(first.id, "已处理")
    second = complaints.record(customer_id, draft(NOW - dt.timedelta(days=5)))
    listed = complaints.complaints()
    assert [c.id for c in listed] == [second.id, first.id]
    assert [c.id for c in complaints.complaints(ComplaintFilter(open_only=True))] == [second.id]


def test_bad_complaints_and_resolutions_are_refused(db: Database, customer_id: int) -> None:
    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    with pytest.raises(ValidationError) as caught:
        complaints.record(
            customer_id,
            ComplaintDraft(
                received_at=NOW + dt.timedelta(days=1), channel="pigeon", description=" "
            ),
        )
    assert set(caught.value.field_errors) == {"received_at", "channel", "description"}
    received = complaints.record(customer_id, draft())
    with pytest.raises(ValidationError):
        complaints.resolve(received.id, "   ")
    with pytest.raises(ValidationError):  # resolved before it was received
        complaints.resolve(received.id, "ok", resolved_at=NOW - dt.timedelta(days=1))
    complaints.close(received.id, "客户撤回")
    with pytest.raises(ValidationError):
        complaints.resolve(received.id, "ok")
    assert (
        FollowUpService(db, stage_rules=stage_rules_in).pending_for(customer_id) == []
    )  # closing plans no check-back
