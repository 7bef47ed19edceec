"""Many customers created at once (an import of a shop's old list): the same rows the form's
create_in and the search index's refresh_search_rows write, in a few statements per block.

SQLite spends most of a large load updating indexes row by row; a first import (the load at
least as large as the shop) sets the plain ones aside and builds each once, from sorted keys,
at the end (storage.bulk.secondary_indexes_set_aside).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from contextlib import nullcontext

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from custdesk.services.customers.customer_rows import column_values, labelled_phones, tag_ids
from custdesk.services.customers.records import CustomerDraft
from custdesk.storage import orm
from custdesk.storage.bulk import bulk_insert, secondary_indexes_set_aside
from custdesk.storage.search_index import (
    GRAMS_TABLE,
    NewCustomerTerms,
    bulk_indexing,
    clear_index_from,
    index_new_customers,
)

CREATE_BLOCK = 5_000  # customers inserted per block
# Indexes are set aside from this many customers on, and no fewer than the shop holds already:
# below that, building every index again costs more than the row-by-row updates it saves.
SET_ASIDE_FROM = 10_000
# The tables a load fills, whose plain indexes a large one sets aside.
BULK_TABLES = ("customers", "customer_phones", "customer_tags", "audit_entries", GRAMS_TABLE)


def create_many_in(
    session: Session,
    drafts: Sequence[CustomerDraft],
    now: dt.datetime,
    actor: str,
    made: Callable[[int], None] | None = None,
) -> list[int]:
    """Insert many validated drafts in the caller's transaction, with their history line
    (``actor``, "create", ``now``) and their search rows: one INSERT per table and block of
    CREATE_BLOCK customers, not one flush per customer; the rows of one block are made, sent
    and dropped before the next (100,000 rows of 25 columns held at once cost ~120 MB). A load
    of SET_ASIDE_FROM customers or more, at least as large as the shop already is, sets the
    tables' plain indexes aside and builds them once at the end. ``made`` is told how many are
    written after each block (a progress bar; it may raise to stop). The new customers' ids, in
    the drafts' order."""
    if not drafts:
        return []
    # Ids given here (we hold the write lock): RETURNING over many rows is far slower.
    first = int(session.scalar(select(func.coalesce(func.max(orm.Customer.id), 0))) or 0) + 1
    ids = list(range(first, first + len(drafts)))
    names = sorted({tag for draft in drafts for tag in draft.tags})
    by_name = dict(zip(names, tag_ids(session, names), strict=True))
    # A tag matched ignoring case is indexed under the name it is stored as.
    chosen = select(orm.Tag.id, orm.Tag.name).where(orm.Tag.id.in_(by_name.values()))
    stored: dict[int, str] = dict(session.execute(chosen).all())
    tag_names = {name: stored[tag_id] for name, tag_id in by_name.items()}
    held = int(session.scalar(select(func.count()).select_from(orm.Customer)) or 0)
    large = len(drafts) >= max(SET_ASIDE_FROM, held)
    clear_index_from(session, first)
    aside = secondary_indexes_set_aside(session, BULK_TABLES) if large else nullcontext()
    with aside, bulk_indexing(session):
        for start in range(0, len(drafts), CREATE_BLOCK):
            end = start + CREATE_BLOCK
            block = list(zip(ids[start:end], drafts[start:end], strict=True))
            numbers = _insert_block(session, block, by_name, now, actor)
            terms: list[NewCustomerTerms] = [
                (cid, draft.name, phones, list(dict.fromkeys(tag_names[tag] for tag in draft.tags)),
                 draft.wechat_id)
                for (cid, draft), phones in zip(block, numbers, strict=True)
            ]  # fmt: skip
            index_new_customers(session, terms)
            if made is not None:
                made(min(end, len(drafts)))
    return ids


def _insert_block(
    session: Session,
    block: Sequence[tuple[int, CustomerDraft]],
    tag_ids: dict[str, int],
    now: dt.datetime,
    actor: str,
) -> list[list[str]]:
    """The block's rows in every table; each customer's numbers as stored."""
    rows = [{**column_values(draft, now), "created_at": now, "id": cid} for cid, draft in block]
    bulk_insert(session, orm.table_of(orm.Customer), rows)
    labelled = [labelled_phones(draft, {}) for _cid, draft in block]
    phones = [
        {"customer_id": cid, "number": number, "label": label, "position": position}
        for (cid, _draft), numbers in zip(block, labelled, strict=True)
        for position, (number, label) in enumerate(numbers)
    ]
    bulk_insert(session, orm.table_of(orm.CustomerPhone), phones)
    links = [  # tags matched ignoring case (VIP, vip) are one tag, linked once
        {"customer_id": cid, "tag_id": tag_id}
        for cid, draft in block
        for tag_id in dict.fromkeys(tag_ids[tag] for tag in draft.tags)
    ]
    bulk_insert(session, orm.table_of(orm.CustomerTag), links)
    audit = [
        {"customer_id": cid, "changed_at": now, "actor": actor, "action": "create"}
        for cid, _draft in block
    ]
    bulk_insert(session, orm.table_of(orm.AuditEntry), audit)
    return [[number for number, _label in numbers] for numbers in labelled]
