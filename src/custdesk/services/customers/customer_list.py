"""The customer list: which customers match, in what order, and their row data in blocks.

The table model keeps only the ordered ids (cheap even for 100,000 customers) and asks for the
rows it is about to paint. Filtering and sorting happen in SQL on indexed columns; text search
uses the search index (storage.search_index) for three characters or more and indexed prefix
ranges below that, so no query scans the customer table with LIKE.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from custdesk.services.customers.birthdays import birthday_columns, birthday_from, born_in_month
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.records import OPEN_STATUSES
from custdesk.services.customers.search_keys import fold_latin
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.dialect import joined_texts
from custdesk.storage.search_index import SHORTEST_MATCH, matching_customers
from custdesk.text_cleaning import key_text

_Selected = TypeVar("_Selected")

_PHONE_QUERY = re.compile(r"^[+\d][\d\s\-()]*$")


class SortKey(StrEnum):
    NAME = "name"
    AGE = "age"
    STAGE = "stage"
    LAST_CONTACT = "last_contact"
    NEXT_FOLLOW_UP = "next_follow_up"
    REFERRALS = "referrals"
    TOTAL_SPENT = "total_spent"
    CREATED = "created"


_SORT_COLUMNS: dict[SortKey, tuple[InstrumentedAttribute[Any], ...]] = {
    SortKey.NAME: (orm.Customer.name_sort_key,),  # phone-book order: all 陈 before any 程
    # An older birthday is a higher age: flipped below. Without a year there is no age: last.
    SortKey.AGE: (orm.Customer.birth_year, orm.Customer.birth_month, orm.Customer.birth_day),
    SortKey.STAGE: (orm.Customer.stage,),
    SortKey.LAST_CONTACT: (orm.Customer.last_contact_at,),
    SortKey.NEXT_FOLLOW_UP: (orm.Customer.next_follow_up_on,),
    SortKey.REFERRALS: (orm.Customer.referrals_made,),
    SortKey.TOTAL_SPENT: (orm.Customer.total_spent_cents,),
    SortKey.CREATED: (orm.Customer.created_at,),
}


@dataclass(frozen=True)
class CustomerFilter:
    text: str = ""
    stage: str | None = None
    temperament: str | None = None
    tag: str | None = None
    has_open_complaint: bool = False
    birthday_month: int | None = None
    in_trash: bool = False


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    phone: str
    gender: str
    birthday: Birthday | None
    stage: str
    temperament: str | None
    last_contact_at: dt.datetime | None
    next_follow_up_on: dt.date | None
    referrals_made: int
    total_spent_cents: int
    tags: str


class CustomerListService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def ids(
        self,
        where: CustomerFilter = CustomerFilter(),
        sort: SortKey = SortKey.NAME,
        descending: bool = False,
    ) -> list[int]:
        """Matching customer ids in display order (ties broken by id, so the order is stable)."""
        with self._db.reading() as session:
            return list(session.scalars(ids_query(where, sort, descending)))

    def count(self, where: CustomerFilter = CustomerFilter()) -> int:
        query = filtered_query(select(func.count(orm.Customer.id)), where)
        with self._db.reading() as session:
            return int(session.scalar(query) or 0)

    def tag_names(self) -> list[str]:
        """Tags in use, for the tag filter."""
        with self._db.reading() as session:
            return list(
                session.scalars(
                    select(orm.Tag.name)
                    .where(orm.Tag.id.in_(select(orm.CustomerTag.tag_id)))
                    .order_by(orm.Tag.name)
                )
            )

    def rows(self, ids: Sequence[int]) -> list[CustomerRow]:
        """Row data for these ids, in the same order; ids no longer present are left out."""
        if not ids:
            return []
        with self._db.reading() as session:
            found = {row.id: row for row in _row_data(session, ids)}
        return [found[i] for i in ids if i in found]


def ids_query(where: CustomerFilter, sort: SortKey, descending: bool) -> Select[int]:
    """The one statement behind ``CustomerListService.ids`` (make bench times it raw, too)."""
    flipped = descending != (sort is SortKey.AGE)
    order = [
        column.desc().nulls_last() if flipped else column.asc().nulls_last()
        for column in _SORT_COLUMNS[sort]
    ]
    return filtered_query(select(orm.Customer.id), where).order_by(*order, orm.Customer.id)


def filtered_query(query: Select[_Selected], where: CustomerFilter) -> Select[_Selected]:
    """``query`` restricted to the customers ``where`` describes."""
    # Both forms are ranges on the leading deleted_at of every list index (IS NOT NULL is not).
    trash = (
        orm.Customer.deleted_at > dt.datetime.min
        if where.in_trash
        else orm.Customer.deleted_at.is_(None)
    )
    conditions: list[ColumnElement[bool]] = [trash]
    query_text = key_text(where.text).strip()  # NFKC: a full-width １３８ finds 138…
    if query_text:
        conditions.append(_text_condition(query_text))
    if where.stage:
        conditions.append(orm.Customer.stage == where.stage)
    if where.temperament:
        conditions.append(orm.Customer.temperament == where.temperament)
    if where.tag:
        conditions.append(
            orm.Customer.id.in_(
                select(orm.CustomerTag.customer_id)
                .join(orm.Tag, orm.Tag.id == orm.CustomerTag.tag_id)
                .where(orm.Tag.name == where.tag)
            )
        )
    if where.has_open_complaint:
        conditions.append(
            exists().where(
                orm.Complaint.customer_id == orm.Customer.id,
                orm.Complaint.status.in_(OPEN_STATUSES),
            )
        )
    if where.birthday_month:
        conditions.append(orm.Customer.id.in_(born_in_month(where.birthday_month)))
    return query.where(and_(*conditions))


def _text_condition(query: str) -> ColumnElement[bool]:
    digits = re.sub(r"\D", "", query)
    if _PHONE_QUERY.match(query) and len(digits) >= SHORTEST_MATCH:
        return orm.Customer.id.in_(matching_customers(digits, "phones"))
    if len(query) >= SHORTEST_MATCH:
        return orm.Customer.id.in_(matching_customers(query))
    # No space to drop: under three characters after strip() none is inside, and folding adds none.
    folded = fold_latin(query)
    return or_(
        _prefix(orm.Customer.name, query),
        _prefix(orm.Customer.name_initials, folded),
        _prefix(orm.Customer.name_pinyin, folded),
    )


def _prefix(column: InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    """``column LIKE 'prefix%'`` written as a range, which SQLite answers from the index."""
    above = _just_above(prefix)
    return column >= prefix if above is None else and_(column >= prefix, column < above)


def _just_above(prefix: str) -> str | None:
    """The first string past every one that starts with ``prefix``, in code point order (as
    SQLite compares UTF-8): its last character moved one up. Appending U+10FFFF instead would
    leave out a name whose next character is U+10FFFF. None when nothing lies past it."""
    kept = prefix.rstrip("\U0010ffff")
    if not kept:
        return None
    up = ord(kept[-1]) + 1
    if 0xD800 <= up <= 0xDFFF:  # surrogates are never stored (nor can SQLite take one)
        up = 0xE000
    return kept[:-1] + chr(up)


def first_phone() -> ColumnElement[str]:
    """The customer's first phone number, or "" (for queries over customers)."""
    number = (
        select(orm.CustomerPhone.number)
        .where(orm.CustomerPhone.customer_id == orm.Customer.id)
        .order_by(orm.CustomerPhone.position)
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(number, "")


def _row_data(session: Session, ids: Sequence[int]) -> list[CustomerRow]:
    tag_names = (
        select(joined_texts(orm.Tag.name, ", "))
        .join(orm.CustomerTag, orm.CustomerTag.tag_id == orm.Tag.id)
        .where(orm.CustomerTag.customer_id == orm.Customer.id)
        .scalar_subquery()
    )
    c = orm.Customer
    query = select(
        c.id,
        c.name,
        first_phone().label("phone"),
        c.gender,
        *birthday_columns(),
        c.stage,
        c.temperament,
        c.last_contact_at,
        c.next_follow_up_on,
        c.referrals_made,
        c.total_spent_cents,
        func.coalesce(tag_names, "").label("tags"),
    ).where(c.id.in_(ids))
    return [_customer_row(*row) for row in session.execute(query)]


def _customer_row(customer_id: int, name: str, phone: str, gender: str, *rest: Any) -> CustomerRow:
    birthday = birthday_from(*rest[:5])
    return CustomerRow(customer_id, name, phone, gender, birthday, *rest[5:])
