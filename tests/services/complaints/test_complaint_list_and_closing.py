"""Closing a complaint without a fix, and the order the complaints list shows."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.errors import ValidationError
from custdesk.services.complaints.complaints import MAX_RESOLUTION, ComplaintDraft, ComplaintService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 18, 0)


def draft(received_at: dt.datetime, description: str = "衣服洗后缩水") -> ComplaintDraft:
    return ComplaintDraft(received_at=received_at, channel="phone", description=description)


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


def test_closing_from_the_list_stores_no_resolution_and_when_it_was_closed(
    complaints: ComplaintService, customer_id: int
) -> None:
    # The Close button passes no note: nothing may appear in the Resolution column.
    received = complaints.record(customer_id, draft(NOW - dt.timedelta(hours=2)))
    closed = complaints.close(received.id)
    (listed,) = complaints.complaints()
    assert (listed.status, listed.resolution, listed.resolved_at) == ("closed", "", NOW)
    assert closed == listed  # what close() hands back is what the list then shows
    assert closed.customer_name == "张三"


def test_starting_work_hands_back_the_complaint_as_the_list_shows_it(
    complaints: ComplaintService, customer_id: int
) -> None:
    received = complaints.record(customer_id, draft(NOW - dt.timedelta(hours=2)))
    started = complaints.start(received.id)
    assert started == complaints.complaints()[0]
    assert (started.status, started.customer_name) == ("in_progress", "张三")


def test_a_closing_note_may_be_as_long_as_a_resolution_and_not_one_character_more(
    complaints: ComplaintService, customer_id: int
) -> None:
    kept = complaints.record(customer_id, draft(NOW - dt.timedelta(hours=2)))
    assert complaints.close(kept.id, "撤" * MAX_RESOLUTION).resolution == "撤" * MAX_RESOLUTION
    refused = complaints.record(customer_id, draft(NOW - dt.timedelta(hours=1)))
    with pytest.raises(ValidationError) as caught:
        complaints.close(refused.id, "撤" * (MAX_RESOLUTION + 1))
    assert caught.value.field_errors == {"note": "too_long"}  # the dialog marks the note box
    still_open = [c for c in complaints.complaints() if c.id == refused.id]
    assert [(c.status, c.resolution) for c in still_open] == [("open", "")]


def test_open_complaints_are_listed_by_when_they_came_in_not_when_they_were_typed(
    complaints: ComplaintService, customer_id: int
) -> None:
    # A phone complaint from the morning, typed in after the afternoon's walk-in.
    afternoon = complaints.record(customer_id, draft(NOW - dt.timedelta(hours=1), "下午到店"))
    morning = complaints.record(customer_id, draft(NOW - dt.timedelta(hours=8), "上午来电"))
    assert [c.id for c in complaints.complaints()] == [afternoon.id, morning.id]


def test_complaints_received_at_the_same_minute_show_the_last_typed_first(
    complaints: ComplaintService, customer_id: int
) -> None:
    same_minute = NOW - dt.timedelta(hours=1)
    first = complaints.record(customer_id, draft(same_minute, "第一条"))
    second = complaints.record(customer_id, draft(same_minute, "第二条"))
    third = complaints.record(customer_id, draft(same_minute, "第三条"))
    assert [c.id for c in complaints.complaints()] == [third.id, second.id, first.id]
