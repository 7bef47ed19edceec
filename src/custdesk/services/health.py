"""Integrity checks of a database file, read-only, for ``custdesk check`` and start-up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError

from custdesk.storage import orm
from custdesk.storage.db import make_engine

MAX_REPORTED_PROBLEMS = 20


@dataclass(frozen=True)
class HealthReport:
    integrity_problems: tuple[str, ...]
    foreign_key_problems: tuple[str, ...]
    customers: int | None

    @property
    def ok(self) -> bool:
        return not self.integrity_problems and not self.foreign_key_problems


def check_database(db_path: Path, *, quick: bool = False) -> HealthReport:
    """integrity_check (quick_check at start-up: it skips index contents, several times faster)
    + foreign_key_check; damage is reported, never raised as a traceback."""
    check = "quick_check" if quick else "integrity_check"
    engine = make_engine(db_path, read_only=True)
    try:
        with engine.connect() as connection:
            integrity = [
                str(row[0])
                for row in connection.exec_driver_sql(f"PRAGMA {check}({MAX_REPORTED_PROBLEMS})")
            ]
            foreign = [
                f"{row[0]} row {row[1]} points to a missing {row[2]}"
                for row in connection.exec_driver_sql("PRAGMA foreign_key_check")
            ][:MAX_REPORTED_PROBLEMS]
            try:
                customers = connection.scalar(select(func.count()).select_from(orm.Customer))
            except DatabaseError:
                customers = None
    except DatabaseError as exc:
        return HealthReport((f"cannot read the file: {exc.orig}",), (), None)
    finally:
        engine.dispose()
    problems = tuple(line for line in integrity if line != "ok")
    return HealthReport(problems, tuple(foreign), customers)
