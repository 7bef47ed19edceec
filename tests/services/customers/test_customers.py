from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from custdesk.errors import DuplicateError, FieldProblem, NotFoundError, ValidationError
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 15, 30)


@pytest.fixture
def customers(db: Database) -> CustomerService:
    return CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW, actor="小王")


def search(db: Database, query: str) -> list[int]:
    with db.reading() as session:
        sql = "SELECT rowid FROM customer_search WHERE customer_search MATCH :q ORDER BY rowid"
        return list(session.scalars(text(sql), {"q": f'"{query}"'}))


def test_a_new_customer_is_saved_cleaned_and_searchable(
    customers: CustomerService, db: Database
) -> None:
    saved = customers.create(
        CustomerDraft(
            name="  欧阳娜娜 ",
            gender="female",
            birthday=Birthday(2, 28, 1990),
            phones=("138 0013 8000", "010-6552-9988"),
            temperament="picky",
            tags=("VIP候选", "送礼", "送礼"),
        )
    )
    assert saved.name == "欧阳娜娜"
    assert saved.draft.phones == ("+8613800138000", "+861065529988")
    assert saved.draft.tags == ("VIP候选", "送礼")
    assert saved.stage == "prospect"
    assert saved.created_at == NOW
    assert customers.get(saved.id) == saved
    for query in ("ouyangnana", "oynn", "阳娜娜", "0013800", "VIP候选"):
        assert search(db, query) == [saved.id], query


def test_every_bad_field_is_reported_at_once(customers: CustomerService, db: Database) -> None:
    draft = CustomerDraft(
        name="   ",
        birthday=Birthday(1, 1, 2030),
        phones=("12345", "13800138000", "138-0013-8000"),
        temperament="grumpy",
        follow_up_cadence_days=0,
    )
    with pytest.raises(ValidationError) as caught:
        customers.create(draft)
    assert caught.value.field_errors == {
        "name": FieldProblem.REQUIRED,
        "birthday": FieldProblem.FUTURE_DATE,
        "phones.0": FieldProblem.INVALID_PHONE,
        "phones.2": FieldProblem.REPEATED_PHONE,
        "temperament": FieldProblem.UNKNOWN_CHOICE,
        "follow_up_cadence_days": FieldProblem.OUT_OF_RANGE,
    }
    with db.reading() as session:
        assert session.scalars(select(orm.Customer)).all() == []


def test_a_phone_already_on_file_is_refused_with_the_existing_customer(
    customers: CustomerService,
) -> None:
    first = customers.create(CustomerDraft(name="张三", phones=("13800138000",)))
    with pytest.raises(DuplicateError) as caught:
        customers.create(CustomerDraft(name="张三丰", phones=("+86 138 0013 8000",)))
    assert caught.value.existing_id == first.id
    assert "张三" in str(caught.value)
    second = customers.create(
        CustomerDraft(name="张三丰", phones=("13800138000",)), allow_shared_phone=True
    )
    holders = customers.customers_with_phones(["+8613800138000"], excluding=second.id)
    assert [h.id for h in holders] == [first.id]


def test_an_edit_is_saved_audited_and_reindexed(customers: CustomerService, db: Database) -> None:
    saved = customers.create(CustomerDraft(name="李小龙", phones=("13900139000",)))
    edited = customers.update(
        saved.id, CustomerDraft(name="李振藩", phones=("13900139000",), notes="喜欢功夫茶")
    )
    assert edited.name == "李振藩"
    assert edited.draft.notes == "喜欢功夫茶"
    assert search(db, "lizhenfan") == [saved.id]
    assert search(db, "lixiaolong") == []
    with db.reading() as session:
        changes = session.execute(
            select(
                orm.AuditEntry.action,
                orm.AuditEntry.field,
                orm.AuditEntry.old_value,
                orm.AuditEntry.new_value,
                orm.AuditEntry.actor,
            )
            .where(orm.AuditEntry.customer_id == saved.id)
            .order_by(orm.AuditEntry.id)
        ).all()
    assert changes == [
        ("create", "", None, None, "小王"),
        ("update", "name", "李小龙", "李振藩", "小王"),
        ("update", "notes", "", "喜欢功夫茶", "小王"),
    ]


def test_a_failed_edit_changes_nothing(customers: CustomerService) -> None:
    taken = customers.create(CustomerDraft(name="王五", phones=("13700137000",)))
    saved = customers.create(CustomerDraft(name="赵六", phones=("13600136000",)))
    with pytest.raises(DuplicateError):
        customers.update(saved.id, CustomerDraft(name="赵六六", phones=("13700137000",)))
    assert customers.get(saved.id) == saved
    assert customers.get(taken.id).name == "王五"


def test_trash_hides_restores_and_empties(customers: CustomerService, db: Database) -> None:
    saved = customers.create(CustomerDraft(name="Alice Wang", phones=("13500135000",)))
    customers.trash(saved.id)
    assert customers.get(saved.id).in_trash
    assert [b.id for b in customers.trashed()] == [saved.id]
    # A trashed customer's number is free again, and restoring brings the file back whole.
    assert customers.customers_with_phones(["+8613500135000"]) == []
    customers.restore(saved.id)
    assert customers.get(saved.id) == saved
    customers.trash(saved.id)
    assert customers.empty_trash() == 1
    with pytest.raises(NotFoundError):
        customers.get(saved.id)
    assert search(db, "alicewang") == []


def test_unknown_customers_are_not_found(customers: CustomerService) -> None:
    with pytest.raises(NotFoundError):
        customers.update(424242, CustomerDraft(name="x"))
    with pytest.raises(NotFoundError):
        customers.trash(424242)
