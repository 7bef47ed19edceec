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

    With ``max_depth`` (generations): columns ``id``, ``via`` (who referred them) and
    ``generation`` (1 = referred by ``start`` itself), one row per path, at most ``max_depth``
    generations deep. Without: the column ``id`` alone, each customer once, however deep.
    """
    return _walk("down", start, max_depth, near="referrer_id", far="referred_id")


def walk_up(start: int | SQLColumnExpression[int], *, max_depth: int | None = None) -> CTE:
    """Everyone above ``start`` (a customer id) in its referral chain, as the CTE ``up``: its
    referrer, their referrer, and so on.

    With ``max_depth`` (generations): columns ``id``, ``via`` (the one they referred, on the
    way up) and ``generation`` (1 = ``start``'s own referrer), at most ``max_depth`` generations
    high. Without: the column ``id`` alone, each customer once, however high.
    """
    return _walk("up", start, max_depth, near="referred_id", far="referrer_id")


def _walk(
    name: str,
    start: int | SQLColumnExpression[int],
    max_depth: int | None,
    *,
    near: str,
    far: str,
) -> CTE:
    """Each step follows the links whose ``near`` end is a customer reached so far to their
    ``far`` end."""
    link, step = _REFERRALS.alias(), _REFERRALS.alias()
    capped = max_depth is not None
    first = select(
        link.c[far].label("id"),
        *([link.c[near].label("via"), literal(1).label("generation")] if capped else []),
    ).where(link.c[near] == start)
    walk = first.correlate_except(link).cte(name, recursive=True, nesting=True)
    further = select(
        step.c[far], *([step.c[near], walk.c.generation + 1] if capped else [])
    ).join_from(step, walk, step.c[near] == walk.c.id)
    if max_depth is None:
        return walk.union(further)
    return walk.union_all(further.where(walk.c.generation < max_depth))
