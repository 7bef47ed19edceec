"""What a clerk may type for a complaint and its resolution, at the exact limits."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.errors import NotFoundError, ValidationError
from custdesk.services.complaints.complaints import (
    MAX_DESCRIPTION,
    MAX_RESOLUTION,
    ComplaintDraft,
    ComplaintService,
)
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 18, 0)
MORNING = dt.datetime(2026, 11, 22, 9, 0)
SECOND = dt.timedelta(seconds=1)
GRACE = dt.timedelta(minutes=5)  # a clock a few minutes fast is not "the future"


def draft(**changes: object) -> ComplaintDraft:
    fields: dict[str, object] = {
        "received_at": MORNING,
        "channel": "phone",
        "description": "衣服洗后缩水",
    }
    return ComplaintDraft(**(fields | changes))  # type: ignore[arg-type]


@pytest.fixture
def customer_id(db: Database) -> int:
    return (
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
        .create(CustomerDraft(name="张三"))
        .id
    )


@pytest.fixture
def complaints(db: Database) -> ComplaintService:
    return ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: NOW)


def refused(attempt: object) -> dict[str, str]:
    assert callable(attempt)
    with pytest.raises(ValidationError) as caught:
        attempt()
    return caught.value.field_errors


def test_a_complaint_is_stored_as_typed_with_control_characters_removed(
    db: Database, complaints: ComplaintService, customer_id: int
) -> None:
    complaints.record(
        customer_id,
        ComplaintDraft(
            received_at=MORNING,
            channel="in_store",
            description="  裤子\x0b开线 ",
            category=" 质量\x0b ",
            severity="high",
        ),
    )
    (stored,) = complaints.complaints()
    assert (stored.customer_id, stored.customer_name) == (customer_id, "张三")
    assert (stored.received_at, stored.channel, stored.severity) == (MORNING, "in_store", "high")
    assert (stored.description, stored.category) == ("裤子开线", "质量")
    assert (stored.status, stored.resolution, stored.resolved_at) == ("open", "", None)
    with db.reading() as session:  # the file keeps when it was typed in, by the shop's clock
        assert session.get(orm.Complaint, stored.id).created_at == NOW  # type: ignore[union-attr]


def test_description_and_category_may_be_as_long_as_their_limits_and_no_longer(
    complaints: ComplaintService, customer_id: int
) -> None:
    longest = complaints.record(customer_id, draft(description="缩" * MAX_DESCRIPTION))
    assert len(longest.description) == MAX_DESCRIPTION
    assert complaints.record(customer_id, draft(category="类" * 50)).category == "类" * 50
    too_long = draft(description="缩" * (MAX_DESCRIPTION + 1))
    assert refused(lambda: complaints.record(customer_id, too_long)) == {"description": "too_long"}
    assert refused(lambda: complaints.record(customer_id, draft(category="类" * 51))) == {
        "category": "too_long"
    }
    assert refused(lambda: complaints.record(customer_id, draft(description=" \u3000"))) == {
        "description": "required"
    }


def test_each_unknown_choice_is_named_for_its_own_box(
    complaints: ComplaintService, customer_id: int
) -> None:
    assert refused(lambda: complaints.record(customer_id, draft(severity="urgent"))) == {
        "severity": "unknown_choice"
    }
    assert refused(lambda: complaints.record(customer_id, draft(channel="pigeon"))) == {
        "channel": "unknown_choice"
    }


def test_a_complaint_may_be_received_up_to_five_minutes_ahead_of_the_clock(
    complaints: ComplaintService, customer_id: int
) -> None:
    assert complaints.record(customer_id, draft(received_at=NOW + GRACE)).received_at == (
        NOW + GRACE
    )
    ahead = draft(received_at=NOW + GRACE + SECOND)
    assert refused(lambda: complaints.record(customer_id, ahead)) == {"received_at": "future_date"}
    ancient = draft(received_at=dt.datetime(1899, 12, 31, 23, 0))
    assert refused(lambda: complaints.record(customer_id, ancient)) == {"received_at": "too_old"}
    assert len(complaints.complaints()) == 1


def test_a_resolution_may_be_as_long_as_its_limit_and_must_say_something(
    complaints: ComplaintService, customer_id: int
) -> None:
    kept = complaints.record(customer_id, draft())
    assert refused(lambda: complaints.resolve(kept.id, " \x0b ")) == {"resolution": "required"}
    too_long = "赔" * (MAX_RESOLUTION + 1)
    assert refused(lambda: complaints.resolve(kept.id, too_long)) == {"resolution": "too_long"}
    longest = "赔" * MAX_RESOLUTION
    resolved = complaints.resolve(kept.id, f"  {longest}\n")  # the spaces around do not count
    assert resolved.resolution == longest


def test_a_resolution_is_dated_between_receipt_and_five_minutes_ahead_of_the_clock(
    complaints: ComplaintService, customer_id: int
) -> None:
    early, at_receipt, ahead, late = (complaints.record(customer_id, draft()) for _ in range(4))
    before = MORNING - SECOND
    assert refused(lambda: complaints.resolve(early.id, "退款", resolved_at=before)) == {
        "resolved_at": "out_of_range"
    }
    assert refused(
        lambda: complaints.resolve(ahead.id, "退款", resolved_at=NOW + GRACE + SECOND)
    ) == {"resolved_at": "out_of_range"}
    instant = complaints.resolve(at_receipt.id, "当场退款", resolved_at=MORNING)
    assert instant.time_to_resolve(NOW) == dt.timedelta(0)
    assert complaints.resolve(late.id, "退款", resolved_at=NOW + GRACE).resolved_at == NOW + GRACE
    assert {c.id for c in complaints.complaints() if c.is_open} == {early.id, ahead.id}


def test_the_check_back_is_the_day_after_the_resolution_and_quotes_the_complaint(
    db: Database, complaints: ComplaintService, customer_id: int
) -> None:
    # Resolved yesterday evening, typed in today: the call is due today, not tomorrow.
    long_story = "顾客说" + "衣服洗后缩水" * 50
    received = complaints.record(
        customer_id, draft(received_at=dt.datetime(2026, 11, 21, 10), description=long_story)
    )
    complaints.resolve(received.id, "换新", resolved_at=dt.datetime(2026, 11, 21, 20))
    (check_back,) = FollowUpService(db, stage_rules=stage_rules_in).pending_for(customer_id)
    assert check_back.due_on == dt.date(2026, 11, 22)
    assert check_back.purpose == long_story[:200]
    with db.reading() as session:
        assert session.get(orm.FollowUp, check_back.id).created_at == NOW  # type: ignore[union-attr]
    assert CustomerService(db, stage_rules=stage_rules_in).get(
        customer_id
    ).next_follow_up_on == dt.date(2026, 11, 22)


def test_resolving_a_quiet_buyers_complaint_keeps_their_stage_as_of_today(
    db: Database, complaints: ComplaintService, customer_id: int
) -> None:
    # The check-back refreshes the customer's figures; the stage must still be judged today.
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW).record(
        customer_id, PurchaseDraft(dt.date(2026, 6, 1), "大衣", "300")
    )
    assert (
        CustomerService(db, stage_rules=stage_rules_in).get(customer_id).stage == "dormant"
    )  # 174 quiet days
    received = complaints.record(customer_id, draft())
    complaints.resolve(received.id, "换新")
    assert CustomerService(db, stage_rules=stage_rules_in).get(customer_id).stage == "dormant"


def test_only_an_open_complaint_can_be_started_resolved_or_closed(
    complaints: ComplaintService, customer_id: int
) -> None:
    done = complaints.record(customer_id, draft())
    complaints.resolve(done.id, "换新")
    for act in (
        lambda: complaints.start(done.id),
        lambda: complaints.resolve(done.id, "再换"),
        lambda: complaints.close(done.id, "撤回"),
    ):
        assert refused(act) == {"status": "already_closed"}
    with pytest.raises(NotFoundError, match="There is no complaint 999"):
        complaints.start(999)
