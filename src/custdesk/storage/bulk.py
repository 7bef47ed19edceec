"""Inserting many rows at once (an import of 100,000 customers) straight through the driver.

SQLAlchemy's executemany spends about as long preparing 100,000 parameter sets as SQLite spends
storing them. Here each value goes through its column's own bind processor, the exact
conversion SQLAlchemy applies (dates as 'YYYY-MM-DD', booleans as 0/1), so the rows are the ones
an ORM insert would have written; a test compares the two. The import and the demo shop both
load this way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

CHUNK = 20_000  # rows converted and sent at a time: a million demo rows are not copied at once


def bulk_insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT every row (all with the same keys) in the session's transaction."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    converted = [(name, process) for name, process in zip(names, processors, strict=True)]
    columns = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    statement = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})'
    for start in range(0, len(rows), CHUNK):
        parameters = [
            tuple(
                row[name] if process is None else process(row[name]) for name, process in converted
            )
            for row in rows[start : start + CHUNK]
        ]
        connection.exec_driver_sql(statement, parameters)


def refresh_statistics(session: Session) -> None:
    """Give SQLite's query planner fresh statistics (ANALYZE) after a bulk load, so that it keeps
    choosing the indexes the queries were written for."""
    session.execute(text("ANALYZE"))
