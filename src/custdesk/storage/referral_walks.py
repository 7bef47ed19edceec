"""Walking a referral chain down (whom a customer brought, and whom they brought...) or up (who
brought the customer, and who brought them...), as recursive CTEs on the referrals table.

Each step is one lookup on an index: down on (referrer_id), up on the unique (referred_id). A
sound file has no loop (the referrals service refuses one), but a damaged file may, so every walk
ends: a capped walk after ``max_depth`` generations, an uncapped one because it keeps each
customer once (UNION), which cannot grow for ever.

The CTEs nest inside the statement that uses them, so ``start`` may be a column of the enclosing
query (one walk per row, correlated) as well as a customer id.
"""

from __future__ import annotations

from sqlalchemy import CTE, SQLColumnExpression, literal, select

from custdesk.storage import orm

_REFERRALS = orm.table_of(orm.Referral)


def walk_down(start: int | SQLColumnExpression[int], *, max_depth: int | None = None) -> CTE:
    """Everyone below ``start`` (a customer id) in its referral chain, as the CTE ``down``.

    With ``max_depth`` (generations): columns ``id``, ``parent`` (who referred them) and
    ``generation`` (1 = referred by ``start`` itself), one row per path, at most ``max_depth``
    generations deep. Without: the column ``id`` alone, each customer once, however deep.
    """
    link, step = _REFERRALS.alias(), _REFERRALS.alias()
    if max_depth is None:
        first = select(link.c.referred_id.label("id")).where(link.c.referrer_id == start)
        down = first.correlate_except(link).cte("down", recursive=True, nesting=True)
        return down.union(
            select(step.c.referred_id).join_from(step, down, step.c.referrer_id == down.c.id)
        )
    first = select(
        link.c.referred_id.label("id"),
        link.c.referrer_id.label("parent"),
        literal(1).label("generation"),
    ).where(link.c.referrer_id == start)
    down = first.correlate_except(link).cte("down", recursive=True, nesting=True)
    return down.union_all(
        select(step.c.referred_id, step.c.referrer_id, down.c.generation + 1)
        .join_from(step, down, step.c.referrer_id == down.c.id)
        .where(down.c.generation < max_depth)
    )


def walk_up(start: int | SQLColumnExpression[int], *, max_depth: int | None = None) -> CTE:
    """Everyone above ``start`` (a customer id) in its referral chain, as the CTE ``up``: its
    referrer, their referrer, and so on.

    With ``max_depth`` (generations): columns ``id`` and ``generation`` (1 = ``start``'s own
    referrer), at most ``max_depth`` generations high. Without: the column ``id`` alone, each
    customer once, however high.
    """
    link, step = _REFERRALS.alias(), _REFERRALS.alias()
    if max_depth is None:
        first = select(link.c.referrer_id.label("id")).where(link.c.referred_id == start)
        up = first.correlate_except(link).cte("up", recursive=True, nesting=True)
        return up.union(
            select(step.c.referrer_id).join_from(step, up, step.c.referred_id == up.c.id)
        )
    first = select(link.c.referrer_id.label("id"), literal(1).label("generation")).where(
        link.c.referred_id == start
    )
    up = first.correlate_except(link).cte("up", recursive=True, nesting=True)
    return up.union_all(
        select(step.c.referrer_id, up.c.generation + 1)
        .join_from(step, up, step.c.referred_id == up.c.id)
        .where(up.c.generation < max_depth)
    )
