"""SQLite's own functions, behind storage.dialect: what each gives for values as stored."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import DateTime, Integer, String, literal, select

from custdesk import periods
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.dialect import (
    date_text,
    joined_texts,
    local_day,
    month_key,
    text_list,
    text_list_value,
)

MOMENTS = [
    dt.datetime(2025, 12, 31, 23, 59, 59, 999999),
    dt.datetime(2026, 1, 1),
    dt.datetime(2026, 2, 28, 12, 30),
    dt.datetime(987, 5, 1, 8),
]


@pytest.mark.parametrize("moment", MOMENTS)
def test_sql_and_python_name_a_moments_month_alike(db: Database, moment: dt.datetime) -> None:
    with db.reading() as session:
        key = session.scalar(select(month_key(literal(moment, DateTime()))))
    assert key == periods.month_key(moment)


@pytest.mark.parametrize("moment", MOMENTS)
def test_a_moments_local_day(db: Database, moment: dt.datetime) -> None:
    with db.reading() as session:
        assert session.scalar(select(local_day(literal(moment, DateTime())))) == moment.date()


def test_no_moment_has_no_day(db: Database) -> None:
    with db.reading() as session:
        assert session.scalar(select(local_day(literal(None, DateTime())))) is None


def test_joined_texts(db: Database) -> None:
    with db.writing() as session:
        session.add_all([orm.Tag(name="老客"), orm.Tag(name="VIP")])
    with db.reading() as session:
        joined = session.scalar(select(joined_texts(orm.Tag.name, ", ")))
        none = session.scalar(select(joined_texts(orm.Tag.name, ", ")).where(orm.Tag.id < 0))
    assert sorted(str(joined).split(", ")) == ["VIP", "老客"]
    assert none is None


def test_a_date_as_stored_from_a_year_and_a_month_day(db: Database) -> None:
    with db.reading() as session:
        made = session.scalar(
            select(date_text(literal(987, Integer()), literal("03-01", String())))
        )
    assert made == "0987-03-01" == dt.date(987, 3, 1).isoformat()


def test_a_list_of_texts_as_one_parameter(db: Database) -> None:
    items = ["11-22", "02-29", "带'引号\""]
    wanted = text_list("items")
    with db.reading() as session:
        found = session.scalars(select(wanted.c.value), {"items": text_list_value(items)}).all()
        empty = session.scalars(select(wanted.c.value), {"items": text_list_value([])}).all()
    assert found == items
    assert empty == []
