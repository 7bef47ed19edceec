"""Small counts for the status bar and window title."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from custdesk.services.customers.counted import customer_counted
from custdesk.storage import orm
from custdesk.storage.db import Database


@dataclass(frozen=True)
class Overview:
    customers: int
    in_trash: int


class OverviewService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def overview(self) -> Overview:
        with self._db.reading() as session:
            active = session.scalar(
                select(func.count()).select_from(orm.Customer).where(customer_counted())
            )
            trashed = session.scalar(
                select(func.count())
                .select_from(orm.Customer)
                .where(orm.Customer.deleted_at.is_not(None))
            )
        return Overview(customers=active or 0, in_trash=trashed or 0)
