"""Issue 19: every search is answered from an index at 100,000 customers.

SQLite's EXPLAIN QUERY PLAN for one-, two- and three-character searches (and several words) may
read customers only by id, from what the index found: no SCAN of the customers or of a name
column, and no full scan of the FTS5 table (a virtual table's "SCAN" with an index is a lookup).
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.dialects import sqlite

from custdesk.services.customers.customer_list import (
    CustomerFilter,
    SortKey,
    ids_query,
)
from custdesk.storage.db import Database

QUERIES = ("明", "小明", "王小明", "zhang", "an", "z", "138", "明 138", "zhang san")
_LOOKUP = re.compile(r"^SCAN \w+ VIRTUAL TABLE INDEX \d+:\S+")  # MATCH or rowid: an index


def plan(path: Path, typed: str, sort: SortKey) -> list[str]:
    compiled = ids_query(CustomerFilter(text=typed), sort, descending=False).compile(
        dialect=sqlite.dialect(), compile_kwargs={"render_postcompile": True}
    )
    params = compiled.construct_params()
    positional = [params[name] for name in compiled.positiontup or ()]
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(f"EXPLAIN QUERY PLAN {compiled}", positional).fetchall()
    return [str(row[3]) for row in rows]


@pytest.mark.parametrize("typed", QUERIES)
@pytest.mark.parametrize("sort", [SortKey.RELEVANCE, SortKey.NAME])
def test_a_search_scans_neither_the_customers_nor_a_name(
    demo_db: Database, db_path: Path, typed: str, sort: SortKey
) -> None:
    steps = plan(db_path, typed, sort)
    scans = [step for step in steps if step.startswith("SCAN") and not _LOOKUP.match(step)]
    assert scans == [], steps
    assert any("customer_search" in step for step in steps), steps  # the index answers it


@pytest.mark.parametrize("typed", QUERIES)
def test_while_typing_customers_are_read_by_id_only(
    demo_db: Database, db_path: Path, typed: str
) -> None:
    steps = plan(db_path, typed, SortKey.RELEVANCE)
    customers = [step for step in steps if re.search(r"\bcustomers\b", step)]
    assert customers == ["SEARCH customers USING INTEGER PRIMARY KEY (rowid=?)"], steps
