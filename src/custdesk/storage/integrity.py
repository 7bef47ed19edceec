"""SQLite's own checks of a database file: are its pages sound, does every link point somewhere.

The shop's health check and the choice of a backup to restore both ask; what they make of the
answers is theirs (services.shop.health, services.shop.backups).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection


@dataclass(frozen=True)
class BrokenLink:
    """A row whose foreign key points to a row that is not there."""

    table: str
    rowid: int | None  # None in a table without rowids
    parent: str  # the table it points into


def page_problems(connection: Connection, *, quick: bool, limit: int) -> list[str]:
    """SQLite's integrity_check, or its quick_check (skips index contents, several times
    faster): up to ``limit`` lines, ["ok"] for a sound file."""
    check = "quick_check" if quick else "integrity_check"
    return [str(row[0]) for row in connection.exec_driver_sql(f"PRAGMA {check}({int(limit)})")]


def broken_links(connection: Connection, limit: int | None = None) -> list[BrokenLink]:
    """SQLite's foreign_key_check: the rows that point nowhere, the first ``limit`` of them
    (all when None); [] for a sound file."""
    with connection.exec_driver_sql("PRAGMA foreign_key_check") as result:
        rows = result.fetchall() if limit is None else result.fetchmany(limit)
    return [BrokenLink(str(row[0]), row[1], str(row[2])) for row in rows]
