"""The customer search index: an FTS5 trigram table, one row per customer (rowid = customer id).

Trigrams give substring search in any script (张三, zhangsan, 0013) from an index instead of a
LIKE scan. Services refresh the rows of the customers they change in the same transaction; a bulk
load (demo, import) rebuilds the whole index with one statement.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from sqlalchemy import BindParameter, Select, bindparam, select, text
from sqlalchemy.orm import Session

SEARCH_TABLE = "customer_search"
SearchColumn = Literal["name", "pinyin", "initials", "phones", "tags"]
SHORTEST_MATCH = 3  # characters: the trigram tokenizer finds nothing in a shorter text

CREATE_SEARCH_TABLE = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} "
    "USING fts5(name, pinyin, initials, phones, tags, tokenize='trigram')"
)

# Phones are indexed as stored (+8613800138000) and without the country code (13800138000) so that
# a clerk finds a customer by any run of digits.
_ROWS = """
SELECT c.id, c.name, c.name_pinyin, c.name_initials,
       coalesce((SELECT group_concat(p.number || ' ' ||
                     CASE WHEN p.number LIKE '+86%' THEN substr(p.number, 4) ELSE '' END, ' ')
                 FROM customer_phones p WHERE p.customer_id = c.id), ''),
       coalesce((SELECT group_concat(t.name, ' ')
                 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
                 WHERE ct.customer_id = c.id), '')
FROM customers c
"""
_INSERT = f"INSERT INTO {SEARCH_TABLE} (rowid, name, pinyin, initials, phones, tags) "


CHUNK = 10_000


def refresh_search_rows(session: Session, customer_ids: Iterable[int]) -> None:
    """Re-index these customers (deleted ones simply drop out)."""
    ids = sorted(set(customer_ids))
    expanding: BindParameter[list[int]] = bindparam("ids", expanding=True)
    for start in range(0, len(ids), CHUNK):  # SQLite allows ~32k parameters per statement
        chunk = ids[start : start + CHUNK]
        session.execute(
            text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN :ids").bindparams(expanding),
            {"ids": chunk},
        )
        session.execute(
            text(_INSERT + _ROWS + "WHERE c.id IN :ids").bindparams(expanding), {"ids": chunk}
        )


def rebuild_search_index(session: Session) -> None:
    session.execute(text(f"DELETE FROM {SEARCH_TABLE}"))
    session.execute(text(_INSERT + _ROWS))


def matching_customers(text_in_row: str, column: SearchColumn | None = None) -> Select[int]:
    """Ids of the customers whose index row holds ``text_in_row`` as it is (a substring, case
    folded for Latin letters), in ``column`` or in any; from the index, never a table scan.
    The text must be SHORTEST_MATCH characters or more."""
    phrase = '"' + text_in_row.replace('"', '""') + '"'  # FTS5 syntax: quoted, quotes doubled
    expression = phrase if column is None else f"{column} : {phrase}"
    return (
        select(text("rowid"))
        .select_from(text(SEARCH_TABLE))
        .where(text(f"{SEARCH_TABLE} MATCH :fts_query").bindparams(fts_query=expression))
    )
