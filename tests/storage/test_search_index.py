"""The search index follows the customers it was refreshed for, however many at once."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from custdesk.services.customers.customer_list import CustomerFilter, CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.search_index import (
    CHUNK,
    SearchColumn,
    matching_customers,
    refresh_search_rows,
)

NOW = dt.datetime(2026, 11, 22, 10, 0)


def found(db: Database, typed: str) -> list[str]:
    service = CustomerListService(db)
    return [row.name for row in service.rows(service.ids(CustomerFilter(text=typed)))]


def test_a_renamed_customer_is_found_by_the_new_name_only(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    record = customers.create(CustomerDraft(name="王小明", phones=("13800138000",)))
    customers.update(record.id, CustomerDraft(name="王大明", phones=("13800138000",)))
    assert found(db, "王大明") == ["王大明"]
    assert found(db, "王小明") == []
    assert found(db, "13800138000") == ["王大明"]  # one row per customer, not one per save


def test_refreshing_more_customers_than_one_statement_takes_reaches_the_last(
    db: Database,
) -> None:
    """An import of tens of thousands re-indexes in chunks: the last customer is still findable."""
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    last = customers.create(CustomerDraft(name="李四")).id
    with db.writing() as session:
        session.execute(update(orm.Customer).where(orm.Customer.id == last).values(name="李四海"))
        # Ids that sort before the real one push it into the third chunk (deleted ones simply
        # drop out, so they need not exist).
        refresh_search_rows(session, [*range(-2 * CHUNK, 0), last])
    assert found(db, "李四海") == ["李四海"]


def test_matching_customers_takes_text_as_it_is_and_can_keep_to_one_column(db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    quoted = customers.create(CustomerDraft(name='Ann "138" OR Lee', phones=("13900139000",))).id
    phone = customers.create(CustomerDraft(name="张三", phones=("13800138000",))).id
    with db.reading() as session:

        def ids(text_in_row: str, column: SearchColumn | None = None) -> list[int]:
            return sorted(session.scalars(matching_customers(text_in_row, column)))

        assert ids("138") == [quoted, phone]
        assert ids("138", "phones") == [phone]
        assert ids('"138" OR') == [quoted]  # quotes and operators are text, not FTS5 syntax
        assert ids("Lee", "phones") == []
