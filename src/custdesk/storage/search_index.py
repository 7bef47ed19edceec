"""The customer search index: an FTS5 trigram row per customer (rowid = customer id) for words of
three characters or more, and a table of one- and two-character grams for shorter ones.

Trigrams give substring search in any script (张三, zhangsan, 0013) from an index instead of a
LIKE scan; the grams do the same for 明 or 小明, which no trigram holds. What each row holds is
``custdesk.search_terms``. Services refresh the rows of the customers they change in the same
transaction; the demo rebuilds the whole index, and an import writes its new customers' rows
from the values it holds (index_new_customers).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Select,
    bindparam,
    case,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from custdesk.search_terms import (
    NAME_END,
    NAME_START,
    SHORTEST_MATCH,
    SYLLABLE_START,
    SearchRow,
    phone_digits,
    search_row,
    search_row_joined,
    short_word_grams,
)
from custdesk.storage import orm

SEARCH_TABLE = "customer_search"
GRAMS_TABLE = "customer_search_grams"
SearchColumn = Literal["name", "pinyin", "initials", "phones", "tags", "wechat"]

__all__ = [
    "GRAMS_TABLE",
    "SEARCH_TABLE",
    "SHORTEST_MATCH",
    "NewCustomerTerms",
    "SearchColumn",
    "bulk_indexing",
    "clear_index_from",
    "index_new_customers",
    "matching_customers",
    "matching_every_word",
    "matching_exactly",
    "matching_grams",
    "matching_start",
    "rebuild_search_index",
    "refresh_search_rows",
    "search_rank",
    "typed_phone",
]

CREATE_SEARCH_TABLE = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} "
    "USING fts5(name, pinyin, initials, phones, tags, wechat, tokenize='trigram')"
)
# Looked up by gram (the search); deleted by customer (a refresh): an index for each.
CREATE_GRAMS_TABLE = (
    f"CREATE TABLE {GRAMS_TABLE} (gram TEXT NOT NULL, customer_id INTEGER NOT NULL, "
    "PRIMARY KEY (gram, customer_id)) WITHOUT ROWID"
)
CREATE_GRAMS_INDEX = f"CREATE INDEX ix_{GRAMS_TABLE}_customer_id ON {GRAMS_TABLE} (customer_id)"

_SOURCE = """
SELECT c.id, c.name, c.wechat_id,
       (SELECT group_concat(p.number, char(31)) FROM customer_phones p
        WHERE p.customer_id = c.id),
       (SELECT group_concat(t.name, char(31))
        FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id)
FROM customers c
"""
_INSERT_ROW = (
    f"INSERT INTO {SEARCH_TABLE} (rowid, name, pinyin, initials, phones, tags, wechat) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_GRAM = f"INSERT INTO {GRAMS_TABLE} (gram, customer_id) VALUES (?, ?)"

CHUNK = 10_000
# id, name, phones as stored, tag names as stored, WeChat id: what index_new_customers is given
NewCustomerTerms = tuple[int, str, Sequence[str], Sequence[str], str]


def refresh_search_rows(session: Session, customer_ids: Iterable[int]) -> None:
    """Re-index these customers (deleted ones simply drop out)."""
    ids = sorted(set(customer_ids))
    expanding: BindParameter[list[int]] = bindparam("ids", expanding=True)
    for start in range(0, len(ids), CHUNK):  # SQLite allows ~32k parameters per statement
        chunk = ids[start : start + CHUNK]
        for table, key in ((SEARCH_TABLE, "rowid"), (GRAMS_TABLE, "customer_id")):
            session.execute(
                text(f"DELETE FROM {table} WHERE {key} IN :ids").bindparams(expanding),
                {"ids": chunk},
            )
        source = session.execute(text(_SOURCE + "WHERE c.id IN :ids").bindparams(expanding),
                                 {"ids": chunk})  # fmt: skip
        write_search_rows(session.connection(), source)


def rebuild_search_index(session: Session) -> None:
    session.execute(text(f"DELETE FROM {SEARCH_TABLE}"))
    session.execute(text(f"DELETE FROM {GRAMS_TABLE}"))
    with bulk_indexing(session):
        write_search_rows(session.connection(), session.execute(text(_SOURCE)))


# FTS5 keeps the terms of rows being written in memory, and writes them out as a new segment of
# the index (to be merged with the others later) each time they pass its 'hashsize' setting, 1 MiB
# by default. For a bulk load that means ~100 segments and their merges; 8 MiB halves the time
# FTS5 takes over 100,000 customers (2.0 s to 1.0 s) for 7 MiB more memory while it runs.
BULK_HASH_BYTES = 8 * 1024 * 1024
DEFAULT_HASH_BYTES = 1024 * 1024  # SQLite's FTS5_DEFAULT_HASHSIZE


@contextmanager
def bulk_indexing(session: Session) -> Iterator[None]:
    """Index rows written inside this block are held in memory longer (BULK_HASH_BYTES), then
    the setting the index had is put back. The setting is a row of the index's own config
    table, so it is inside the caller's transaction: an error rolls it back with the rest."""
    config = f"{SEARCH_TABLE}_config"
    held = session.execute(text(f"SELECT v FROM {config} WHERE k = 'hashsize'")).scalar()
    _set_hash_size(session, BULK_HASH_BYTES)
    yield
    _set_hash_size(session, int(held) if held is not None else DEFAULT_HASH_BYTES)


def _set_hash_size(session: Session, size: int) -> None:
    session.execute(
        text(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rank) VALUES ('hashsize', :size)"),
        {"size": size},
    )


def write_search_rows(connection: Connection, source: Iterable[Sequence[Any]]) -> None:
    """Insert the index rows of ``source``'s customers (id, name, WeChat id, phones and tags
    each joined by U+001F), whose old rows are gone."""
    _write_rows(
        connection,
        ((customer_id, search_row_joined(name, phones, tags, wechat))
         for customer_id, name, wechat, phones, tags in source),
    )  # fmt: skip


def clear_index_from(session: Session, first_id: int) -> None:
    """Remove any index row of an id at or above ``first_id``, before customers are indexed
    with index_new_customers from there on. New ids follow the highest on file, so a row left
    at one of them (its customer deleted without its index rows, say by another program) would
    otherwise make the new customer turn up under the old one's name."""
    session.execute(text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid >= :first"), {"first": first_id})
    session.execute(text(f"DELETE FROM {GRAMS_TABLE} WHERE customer_id >= :first"),
                    {"first": first_id})  # fmt: skip


def index_new_customers(session: Session, customers: Iterable[NewCustomerTerms]) -> None:
    """Index customers just inserted from the values the caller already holds (an import's
    checked drafts: id, name, phones as stored, tag names as stored, WeChat id), instead of
    reading them back. Their ids hold no index rows (clear_index_from)."""
    _write_rows(
        session.connection(),
        ((customer_id, search_row(name, phones, tags, wechat))
         for customer_id, name, phones, tags, wechat in customers),
    )  # fmt: skip


def _write_rows(connection: Connection, source: Iterable[tuple[int, SearchRow]]) -> None:
    rows: list[tuple[object, ...]] = []
    grams: list[tuple[str, int]] = []
    for customer_id, row in source:
        rows.append((customer_id, row.name, row.pinyin, row.initials, row.phones, row.tags,
                     row.wechat))  # fmt: skip
        grams.extend((gram, customer_id) for gram in row.grams)
        if len(grams) >= CHUNK * 10:
            _insert(connection, rows, grams)
            rows, grams = [], []
    _insert(connection, rows, grams)


def _insert(connection: Connection, rows: list[tuple[object, ...]], grams: list[Any]) -> None:
    if rows:
        connection.exec_driver_sql(_INSERT_ROW, rows)  # executemany
    if grams:
        connection.exec_driver_sql(_INSERT_GRAM, grams)


def matching_customers(text_in_row: str, column: SearchColumn | None = None) -> Select[int]:
    """Ids of the customers whose index row holds ``text_in_row`` as it is (a substring), in
    ``column`` or in any; from the index, never a table scan. The text must be SHORTEST_MATCH
    characters or more."""
    phrase = fts_phrase(text_in_row)
    expression = phrase if column is None else f"{column} : {phrase}"
    return matching_expression(expression)


def fts_phrase(text_in_row: str) -> str:
    """FTS5 syntax for the text as it is: quoted, quotes doubled (never an operator)."""
    return '"' + text_in_row.replace('"', '""') + '"'


def matching_expression(fts_query: str) -> Select[int]:
    """Ids of the customers whose index row matches the FTS5 query ``fts_query`` (a column
    ``id``, as every lookup here names it)."""
    # unique: a search of several words holds several of these in one statement
    query: BindParameter[str] = bindparam("fts_query", value=fts_query, unique=True)
    return (
        select(literal_column("rowid").label("id"))
        .select_from(text(SEARCH_TABLE))
        .where(text(f"{SEARCH_TABLE} MATCH :fts_query").bindparams(query))
    )


def matching_grams(grams: Sequence[str]) -> Select[int]:
    """Ids of the customers holding any of these one- or two-character grams."""
    expanding: BindParameter[list[str]] = bindparam(
        "grams", value=list(grams), expanding=True, unique=True
    )
    return (
        select(literal_column("customer_id").label("id"))
        .select_from(text(GRAMS_TABLE))
        .where(text("gram IN :grams").bindparams(expanding))
    )


def matching_every_word(words: Sequence[str]) -> Select[int]:
    """Ids of the customers every word (as ``search_terms.query_words`` gives them) finds. Each
    word may be in the name, the pinyin (at a syllable's start), the initials, a phone, a tag
    or the WeChat id. The words of three characters or more are one FTS5 query joined by AND,
    which steps through their entries together (zhang wei at 1,000,000 customers: 24 ms,
    where two lookups intersected took 63 ms); each shorter word is a lookup in the grams."""
    if len(words) > 1 and (digits := typed_phone(words)):
        words = [digits]  # one phone number written in groups, not several conditions
    # Trigrams hold no shorter text; a phone's digits are never more than the word's length.
    long_words = [_fts_word(word) for word in words if len(word) >= SHORTEST_MATCH]
    lookups = [matching_expression(" AND ".join(long_words))] if long_words else []
    lookups += [
        matching_grams(short_word_grams(word)) for word in words if len(word) < SHORTEST_MATCH
    ]
    first, *others = lookups
    # The first lookup is read and each other one tested on its ids ("+": never read from
    # them), where INTERSECT sorted both sides into a temporary tree (li na at 1,000,000
    # customers: 46 ms against 109).
    column = "+rowid" if long_words else "+customer_id"
    return first.where(*(literal_column(column).in_(other) for other in others))


def typed_phone(words: Sequence[str]) -> str:
    """The digits of a search made of digits only: one phone number, maybe written in groups
    (138 0013 8000, +86 139); "" for any other search."""
    every_digit = [phone_digits(word) for word in words]
    return "".join(d or "" for d in every_digit) if every_digit and all(every_digit) else ""


def _fts_word(word: str) -> str:
    """The FTS5 query for one word of three characters or more, in brackets."""
    digits = phone_digits(word)
    if digits is not None and len(digits) >= SHORTEST_MATCH:
        # Digits are a phone (or a WeChat id made of one), not a name: 888 does not find 王888.
        return f"({{phones wechat}} : {fts_phrase(digits)})"
    return (
        f"({{name initials phones tags wechat}} : {fts_phrase(word)} "
        f"OR pinyin : {fts_phrase(SYLLABLE_START + word)})"
    )


def search_rank(
    words: Sequence[str],
    customer_id: ColumnElement[int] | InstrumentedAttribute[int] = orm.Customer.id,
) -> ColumnElement[int]:
    """For each customer a search found: 0 for the exact name (or its whole pinyin, or a whole
    phone number), 1 when a name, pinyin, initials or phone starts with it, 2 for the rest.
    Two lookups in the index (search_terms marks each whole key ``^^…$``), whatever the number
    of customers found."""
    exact = customer_id.in_(matching_exactly(words))
    starting = customer_id.in_(matching_start(words))
    return case((exact, 0), (starting, 1), else_=2)


def matching_exactly(words: Sequence[str]) -> Select[int]:
    """Ids of the customers whose whole name, pinyin or a phone number is the search: rank 0."""
    return matching_expression(_rank_keys(words, NAME_END))


def matching_start(words: Sequence[str]) -> Select[int]:
    """Ids of the customers whose name, pinyin, initials or a phone number starts with the
    search (the exact ones among them): rank 0 or 1."""
    return matching_expression(_rank_keys(words, ""))


def _rank_keys(words: Sequence[str], end: str) -> str:
    """The FTS5 query for the keys starting with the search (``end`` = NAME_END: being it)."""
    whole, joined = " ".join(words), "".join(words)
    digits = typed_phone(words)
    columns: dict[str, list[str]] = {}  # each phrase looked up once, in all its columns
    columns.setdefault(NAME_START + whole + end, []).append("name")
    columns.setdefault(NAME_START + joined + end, []).extend(("name", "pinyin"))
    if not end:
        columns.setdefault(NAME_START + joined, []).append("initials")
    if digits:
        columns.setdefault(NAME_START + digits + end, []).append("phones")
    return " OR ".join(
        f"{{{' '.join(dict.fromkeys(names))}}} : {fts_phrase(phrase)}"
        for phrase, names in columns.items()
    )
