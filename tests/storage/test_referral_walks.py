"""The referral walks: down and up a chain, capped or not, per row of another query, and always
to an end, even round a loop that only a damaged file can hold."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import CTE, func, insert, select
from sqlalchemy.orm import Session

from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.referral_walks import walk_down, walk_up

# 1 brought 2 and 3, 2 brought 4, 4 brought 5; 6 is on its own.
LINKS = [(1, 2), (1, 3), (2, 4), (4, 5)]


@pytest.fixture
def chain(db: Database) -> Database:
    with db.writing() as session:
        session.execute(
            insert(orm.table_of(orm.Customer)), [{"id": n, "name": f"C{n}"} for n in range(1, 7)]
        )
        session.execute(
            insert(orm.table_of(orm.Referral)),
            [
                {"referrer_id": a, "referred_id": b, "referred_on": dt.date(2026, 1, b)}
                for a, b in LINKS
            ],
        )
    return db


def ids(session: Session, walk: CTE) -> list[int]:
    return sorted(session.scalars(select(walk.c.id)))


def test_down_finds_everyone_below(chain: Database) -> None:
    with chain.reading() as session:
        assert ids(session, walk_down(1)) == [2, 3, 4, 5]
        assert ids(session, walk_down(2)) == [4, 5]
        assert ids(session, walk_down(6)) == []


def test_up_finds_everyone_above(chain: Database) -> None:
    with chain.reading() as session:
        assert ids(session, walk_up(5)) == [1, 2, 4]
        assert ids(session, walk_up(1)) == []


def test_a_capped_walk_counts_generations_and_stops_at_the_cap(chain: Database) -> None:
    with chain.reading() as session:
        down = walk_down(1, max_depth=2)
        rows = session.execute(select(down.c.id, down.c.via, down.c.generation)).all()
        assert sorted(rows) == [(2, 1, 1), (3, 1, 1), (4, 2, 2)]
        up = walk_up(5, max_depth=10)
        found = session.execute(select(up.c.id, up.c.via, up.c.generation)).all()
        assert sorted(found) == [(1, 2, 3), (2, 4, 2), (4, 5, 1)]


def test_a_walk_can_start_from_each_row_of_the_enclosing_query(chain: Database) -> None:
    r = orm.Referral
    up = walk_up(r.referred_id, max_depth=10)
    height = select(func.max(up.c.generation)).scalar_subquery()
    with chain.reading() as session:
        rows = session.execute(select(r.referred_id, height).order_by(r.referred_id)).all()
    assert [tuple(row) for row in rows] == [(2, 1), (3, 1), (4, 2), (5, 3)]


def test_every_walk_ends_round_a_loop(chain: Database) -> None:
    with chain.writing() as session:  # 1 -> 2 -> 4 -> 1: only a damaged file holds this
        session.execute(
            insert(orm.table_of(orm.Referral)),
            [{"referrer_id": 4, "referred_id": 1, "referred_on": dt.date(2026, 1, 9)}],
        )
    with chain.reading() as session:
        assert ids(session, walk_down(1)) == [1, 2, 3, 4, 5]
        assert ids(session, walk_up(1)) == [1, 2, 4]
        capped = walk_down(1, max_depth=7)
        assert session.scalar(select(func.max(capped.c.generation))) == 7
        high = walk_up(1, max_depth=7)
        assert session.scalar(select(func.count()).select_from(high)) == 7
