"""The customer list's quick filters (stage, open complaint, tag) and its counts and tie order."""

from __future__ import annotations

import datetime as dt

from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.customers.customer_list import CustomerFilter, CustomerListService, SortKey
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 10, 0)


def create(db: Database, name: str, tags: tuple[str, ...] = ()) -> int:
    return (
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
        .create(CustomerDraft(name=name, tags=tags))
        .id
    )


def listed(db: Database, where: CustomerFilter) -> list[str]:
    service = CustomerListService(db)
    return [row.name for row in service.rows(service.ids(where))]


def test_the_stage_filter_shows_that_stage_only(db: Database) -> None:
    buyer = create(db, "买过")
    create(db, "看看")
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW).record(
        buyer, PurchaseDraft(NOW.date(), "茶", "19.99")
    )
    assert listed(db, CustomerFilter(stage="new")) == ["买过"]
    assert listed(db, CustomerFilter(stage="prospect")) == ["看看"]


def test_the_open_complaint_filter_shows_open_and_in_progress_but_not_settled_ones(
    db: Database,
) -> None:
    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    draft = ComplaintDraft(NOW - dt.timedelta(hours=1), channel="phone", description="等太久")
    waiting = create(db, "等回复")
    complaints.record(waiting, draft)
    handling = create(db, "处理中")
    complaints.start(complaints.record(handling, draft).id)
    answered = create(db, "已解决")
    complaints.resolve(complaints.record(answered, draft).id, "道歉并退款")
    withdrawn = create(db, "已撤回")
    complaints.close(complaints.record(withdrawn, draft).id)
    create(db, "没投诉")
    assert sorted(listed(db, CustomerFilter(has_open_complaint=True))) == ["处理中", "等回复"]
    assert CustomerListService(db).count(CustomerFilter(has_open_complaint=True)) == 2


def test_a_filter_nobody_matches_counts_zero(db: Database) -> None:
    create(db, "张三")
    assert CustomerListService(db).count(CustomerFilter(stage="vip")) == 0
    assert CustomerListService(db).count(CustomerFilter(in_trash=True)) == 0


def test_the_tag_filter_offers_tags_in_use_in_name_order(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    create(db, "李四", tags=("团购",))
    zhang = create(db, "张三", tags=("老客户", "VIP"))
    # Taken off the only customer who had it: the tag row stays, but nobody can be found by it.
    customers.update(zhang, CustomerDraft(name="张三", tags=("VIP",)))
    assert CustomerListService(db).tag_names() == ["VIP", "团购"]


def test_customers_with_the_same_name_keep_the_order_they_were_added_both_ways(
    db: Database,
) -> None:
    """Two 张三 swapping places between refreshes would make a clerk open the wrong file."""
    zhang1, li1, zhang2, li2 = (create(db, name) for name in ("张三", "李四", "张三", "李四"))
    aming = create(db, "阿明")
    service = CustomerListService(db)
    assert service.ids(sort=SortKey.NAME) == [aming, li1, li2, zhang1, zhang2]
    assert service.ids(sort=SortKey.NAME, descending=True) == [zhang1, zhang2, li1, li2, aming]
