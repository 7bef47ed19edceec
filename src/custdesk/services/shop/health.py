"""Integrity checks of a database file, read-only, for ``custdesk check`` and start-up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DatabaseError

from custdesk.storage import orm
from custdesk.storage.db import make_engine
from custdesk.storage.integrity import broken_links, page_problems

MAX_REPORTED_PROBLEMS = 20


@dataclass(frozen=True)
class SharedPhone:
    """A phone number on several (not deleted) customers: (id, name) of each, by id."""

    number: str
    owners: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class HealthReport:
    integrity_problems: tuple[str, ...]
    foreign_key_problems: tuple[str, ...]
    customers: int | None
    # One phone number on several (not deleted) customers: a warning for the clerk to merge them,
    # not damage (an import may add such customers on purpose). Up to MAX_REPORTED_PROBLEMS of
    # duplicate_phone_count, by number; the command line puts them in words.
    duplicate_phones: tuple[SharedPhone, ...] = ()
    duplicate_phone_count: int = 0

    @property
    def ok(self) -> bool:
        return not self.integrity_problems and not self.foreign_key_problems


def check_database(db_path: Path, *, quick: bool = False) -> HealthReport:
    """integrity_check (quick_check at start-up: it skips index contents, several times faster)
    + foreign_key_check; damage is reported, never raised as a traceback. Unless quick, also the
    phone numbers shared by several customers (a warning: ``ok`` does not depend on them)."""
    engine = make_engine(db_path, read_only=True)
    try:
        with engine.connect() as connection:
            integrity = page_problems(connection, quick=quick, limit=MAX_REPORTED_PROBLEMS)
            foreign = [
                f"{link.table} row {link.rowid} points to a missing {link.parent}"
                for link in broken_links(connection, MAX_REPORTED_PROBLEMS)
            ]
            try:
                customers = connection.scalar(select(func.count()).select_from(orm.Customer))
            except DatabaseError:
                customers = None
            duplicates = {} if quick else _duplicate_phones(connection)
    except DatabaseError as exc:
        return HealthReport((f"cannot read the file: {exc.orig}",), (), None)
    finally:
        engine.dispose()
    problems = tuple(line for line in integrity if line != "ok")
    shown = tuple(
        SharedPhone(number, tuple(owners))
        for number, owners in list(duplicates.items())[:MAX_REPORTED_PROBLEMS]
    )
    return HealthReport(problems, tuple(foreign), customers, shown, len(duplicates))


def _duplicate_phones(connection: Connection) -> dict[str, list[tuple[int, str]]]:
    """Each number on more than one customer (deleted ones aside) -> (id, name) per owner.

    The migration that cleaned stored phones to NFKC (0003) may have revealed such pairs; they are
    listed, never merged: only the clerk can tell one person from two sharing a phone."""
    phone, customer = orm.CustomerPhone, orm.Customer
    # Numbers stored more than once, from the number index alone (~0.1 s at 100k customers);
    # then only their owners are looked up.
    repeated = select(phone.number).group_by(phone.number).having(func.count() > 1)
    owners = (
        select(phone.number, customer.id, customer.name)
        .distinct()
        .join(customer, customer.id == phone.customer_id)
        .where(customer.deleted_at.is_(None), phone.number.in_(repeated))
        .order_by(phone.number, customer.id)
    )
    found: dict[str, list[tuple[int, str]]] = {}
    try:
        for number, customer_id, name in connection.execute(owners):
            found.setdefault(number, []).append((customer_id, name))
    except DatabaseError:  # a damaged file: integrity_check says what is wrong
        return {}
    return {number: owned for number, owned in found.items() if len(owned) > 1}
