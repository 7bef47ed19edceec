"""The customer list: which customers match, in what order, and their row data in blocks.

The table model reads the ordered ids a page at a time (PAGE_SIZE, the next page when the clerk
scrolls near the end) and asks for the rows it is about to paint; the count beside the list is
taken apart and stops at COUNT_EXACT_UP_TO + 1, so a list of 1,000,000 customers opens as fast
as one of 10,000 (issue 19). Filtering and sorting happen in SQL on indexed columns; text search
uses the search index (storage.search_index): trigrams for words of three characters or more,
grams below that, so no query scans the customer table with LIKE.

A search of several words is several conditions, all of which must hold (明 138: a name with 明
and a phone with 138). While a search is typed the list is ranked (SortKey.RELEVANCE): the exact
name or phone first, then those that start with it, then the rest, each in phone-book order. When
more than PHONE_BOOK_RANKING_UP_TO customers match, each rank is in filing order instead (the
order of their ids): the first page is then read in the order of the ids the index found and
stops when it is full, where the phone book needs every match's customer row first (issue 19:
138 at 1,000,000 customers is 43,000 matches). A typed search alone is counted from the search
index only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from custdesk.search_terms import SHORTEST_MATCH, phone_digits, query_words
from custdesk.services.customers.birthdays import birthday_columns, birthday_from, born_in_month
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.records import OPEN_STATUSES
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.dialect import joined_texts
from custdesk.storage.search_index import (
    matching_every_word,
    matching_exactly,
    matching_start,
    search_rank,
    typed_phone,
)

_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])  # any columns selected

PAGE_SIZE = 500  # a dozen screens of ids per read: a few ms at any size of shop
COUNT_EXACT_UP_TO = (
    10_000  # past it the list's count reads "10,000+": the exact figure helps no one
)
# A typed search of more matches lists each rank in filing order (see the module's docstring):
# ranking in phone-book order reads every match's customer row, ~4 us each at 1,000,000
# customers, and a screen of 41 rows out of thousands is read the same way either way.
PHONE_BOOK_RANKING_UP_TO = 5_000


class SortKey(StrEnum):
    NAME = "name"
    AGE = "age"
    STAGE = "stage"
    LAST_CONTACT = "last_contact"
    NEXT_FOLLOW_UP = "next_follow_up"
    REFERRALS = "referrals"
    TOTAL_SPENT = "total_spent"
    CREATED = "created"
    RELEVANCE = "relevance"  # while a search is typed: exact, then prefix, then the rest


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
        """Every matching customer id in display order (ties broken by id, so the order is
        stable). For a whole list (exports, checks); a screen reads ``page`` instead."""
        with self._db.reading() as session:
            filing = _in_filing_order(session, where, sort)
            return list(session.scalars(ids_query(where, sort, descending, filing)))

    def page(
        self,
        where: CustomerFilter = CustomerFilter(),
        sort: SortKey = SortKey.NAME,
        descending: bool = False,
        *,
        offset: int = 0,
        limit: int = PAGE_SIZE,
    ) -> list[int]:
        """At most ``limit`` matching ids in display order, from the 0-based position
        ``offset``: the first page is one walk of a list index, whatever the shop's size."""
        with self._db.reading() as session:
            filing = _in_filing_order(session, where, sort)
            statement = ids_query(where, sort, descending, filing).offset(offset).limit(limit)
            return list(session.scalars(statement))

    def first_page(
        self,
        where: CustomerFilter = CustomerFilter(),
        sort: SortKey = SortKey.NAME,
        descending: bool = False,
        *,
        limit: int = PAGE_SIZE,
    ) -> tuple[list[int], int]:
        """What the list shows first: ``page``'s first ``limit`` ids and how many customers
        match, counted no further than COUNT_EXACT_UP_TO + 1 (the list says "10,000+" past it,
        so counting stops there instead of walking a million index entries), in one read. A
        typed search is counted first; up to PHONE_BOOK_RANKING_UP_TO matches it is ranked in
        one statement, past it each rank is read in filing order and the reading stops with the
        page (see the module's docstring), so its cost stops growing with the shop."""
        cap = COUNT_EXACT_UP_TO + 1
        with self._db.reading() as session:
            if _is_ranked_search(where, sort):
                count = _count_up_to(session, where, cap)
                # A capped count is not the number: then decided as page and position decide.
                if count < cap:
                    filing = count > PHONE_BOOK_RANKING_UP_TO
                else:
                    filing = _in_filing_order(session, where, sort)
                if not filing:
                    return _ranked(session, where, PHONE_BOOK_RANKING_UP_TO + 1, limit), count
                return _first_in_filing_order(session, where, limit), count
            ids = list(session.scalars(ids_query(where, sort, descending).limit(limit)))
            return ids, len(ids) if len(ids) < limit else _count_up_to(session, where, cap)

    def position(
        self, where: CustomerFilter, sort: SortKey, descending: bool, customer_id: int
    ) -> int | None:
        """The 0-based row of ``customer_id`` in the list ``where`` and the order describe, or
        None when the list does not hold it (to select a customer the screen has not read
        yet; it numbers every match, so only when the loaded pages do not hold it)."""
        with self._db.reading() as session:
            order = display_order(where, sort, descending, _in_filing_order(session, where, sort))
            row_number = func.row_number().over(order_by=order)
            numbered = select(orm.Customer.id, row_number.label("number"))
            rows = filtered_query(numbered, where).subquery()
            number = session.scalar(select(rows.c.number).where(rows.c.id == customer_id))
        return None if number is None else int(number) - 1

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


def ids_query(
    where: CustomerFilter, sort: SortKey, descending: bool, filing: bool = False
) -> Select[int]:
    """The one statement behind ``CustomerListService.ids`` (make bench times it raw, too)."""
    return filtered_query(select(orm.Customer.id), where).order_by(
        *display_order(where, sort, descending, filing)
    )


def display_order(
    where: CustomerFilter, sort: SortKey, descending: bool, filing: bool = False
) -> list[ColumnElement[Any]]:
    """The ORDER BY of the list: ``sort``'s columns (or the search's rank), then the id.
    ``filing``: a ranked search of more than PHONE_BOOK_RANKING_UP_TO matches, each rank in
    filing order (see the module's docstring)."""
    if sort is SortKey.RELEVANCE:
        words = typed_words(where.text)
        name_order = orm.Customer.name_sort_key.asc()  # the phone book, as SortKey.NAME
        if not words:
            return [name_order, orm.Customer.id.asc()]
        if filing:
            return [search_rank(words), orm.Customer.id.asc()]
        return [search_rank(words), name_order, orm.Customer.id.asc()]
    flipped = descending != (sort is SortKey.AGE)
    order: list[ColumnElement[Any]] = [
        column.desc().nulls_last() if flipped else column.asc().nulls_last()
        for column in _SORT_COLUMNS[sort]
    ]
    return [*order, orm.Customer.id.asc()]


def typed_words(typed: str) -> list[str]:
    """The words of a typed search that are conditions (search_terms.query_words), less a word
    of one or two digits beside other words: a phone number being typed (王 13 on the way to
    王 138), which no index finds before its third digit, so the list keeps showing 王."""
    words = query_words(typed)
    if len(words) < 2 or typed_phone(words):
        return words  # alone, or digits in groups: one phone number (138 0013)
    return [word for word in words if not is_short_phone_digits(word)]


def is_short_phone_digits(word: str) -> bool:
    """One or two digits: the start of a phone number, too short for the index to find."""
    digits = phone_digits(word)
    return digits is not None and len(digits) < SHORTEST_MATCH


def filtered_query(query: _Query, where: CustomerFilter) -> _Query:
    """``query`` restricted to the customers ``where`` describes."""
    return query.where(*_conditions(where))


def _conditions(where: CustomerFilter, words_by_value: bool = False) -> list[ColumnElement[bool]]:
    """What ``where`` asks of a customer. ``words_by_value``: the search's words are tested
    on the id's value ("+ 0"), so that SQLite does not read customers from their matches but
    from another lookup the statement gives (a rank's)."""
    # Both forms are ranges on the leading deleted_at of every list index (IS NOT NULL is not).
    trash = (
        orm.Customer.deleted_at > dt.datetime.min
        if where.in_trash
        else orm.Customer.deleted_at.is_(None)
    )
    conditions: list[ColumnElement[bool]] = [trash]
    words = typed_words(where.text)  # NFKC, case and accents: ＡＭＹ finds Amy, １３８ finds 138
    if words:
        customer_id = orm.Customer.id + 0 if words_by_value else orm.Customer.id
        conditions.append(customer_id.in_(matching_every_word(words)))
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
    return conditions


def _is_ranked_search(where: CustomerFilter, sort: SortKey) -> bool:
    return sort is SortKey.RELEVANCE and bool(typed_words(where.text))


def _count_up_to(session: Session, where: CustomerFilter, cap: int) -> int:
    if where == CustomerFilter(text=where.text) and typed_words(where.text):
        return _count_found_outside_the_trash(session, where.text, cap)
    matching = filtered_query(select(orm.Customer.id), where).limit(cap).subquery()
    return int(session.scalar(select(func.count()).select_from(matching)) or 0)


def _count_found_outside_the_trash(session: Session, typed: str, cap: int) -> int:
    """How many customers outside the Trash a typed search alone finds, up to ``cap``, read
    from the search index only: the Trash is left out by the ids in it (few, from the index on
    deleted_at), not by reading each match's customer row, which at 1,000,000 customers cost
    more than the rest of the search."""
    found = matching_every_word(typed_words(typed)).subquery()
    in_trash = select(orm.Customer.id).where(orm.Customer.deleted_at > dt.datetime.min)
    outside = select(found.c.id).distinct().where(found.c.id.not_in(in_trash)).limit(cap)
    return int(session.scalar(select(func.count()).select_from(outside.subquery())) or 0)


def _in_filing_order(session: Session, where: CustomerFilter, sort: SortKey) -> bool:
    """Whether a ranked search lists each rank in filing order: past
    PHONE_BOOK_RANKING_UP_TO matches (a count that stops there)."""
    if not _is_ranked_search(where, sort):
        return False
    cap = PHONE_BOOK_RANKING_UP_TO + 1
    return _count_up_to(session, where, cap) >= cap


def _ranked(session: Session, where: CustomerFilter, cap: int, limit: int) -> list[int]:
    """The first ``limit`` ids of a typed search of at most PHONE_BOOK_RANKING_UP_TO matches, in
    rank and phone-book order. ``cap`` keeps the read bounded even if customers were saved
    since the count."""
    found = filtered_query(select(orm.Customer.id, orm.Customer.name_sort_key), where)
    bounded = found.limit(cap).subquery()
    ranked = select(bounded.c.id).order_by(
        search_rank(typed_words(where.text), bounded.c.id),
        bounded.c.name_sort_key,
        bounded.c.id,
    )
    return list(session.scalars(ranked.limit(limit)))


def _first_in_filing_order(session: Session, where: CustomerFilter, limit: int) -> list[int]:
    """The first ``limit`` ids of a search of more than PHONE_BOOK_RANKING_UP_TO matches, as
    ``display_order(filing=True)`` orders them: the exact matches, those starting with the
    search, then the rest, each by id. Each rank is read from its index lookup in id order
    and the reading stops when the page is full; a rank read short is whole, so the next one
    only has to leave out the ids already found."""
    words = typed_words(where.text)
    found: list[int] = []
    for rank in (matching_exactly(words), matching_start(words)):
        wanted = limit - len(found)
        # "+ 0": the search's own matches only filter; the rank's lookup drives the reading.
        statement = (
            select(orm.Customer.id)
            .where(*_conditions(where, words_by_value=True))
            .where(orm.Customer.id.in_(rank), orm.Customer.id.not_in(found))
            .order_by(orm.Customer.id)
            .limit(wanted)
        )
        read = list(session.scalars(statement))
        found += read
        if len(read) == wanted:
            return found
    rest = (
        filtered_query(select(orm.Customer.id), where)
        .where(orm.Customer.id.not_in(found))
        .order_by(orm.Customer.id)
        .limit(limit - len(found))
    )
    return found + list(session.scalars(rest))


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
