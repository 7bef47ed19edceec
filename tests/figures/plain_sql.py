"""Every figure, written once more in plain SQL from its definition in README.md ("Reports:
what each figure counts"), on the shop file itself: none of the app's query builders.

Stored moments are the shop's naive local times ('2026-11-22 09:30:00.000000', storage.orm), so
a moment's local day is date(moment) and its month substr(moment, 1, 7); dates are
'YYYY-MM-DD'. "Counted" is "the customer is not in the Trash" (deleted_at IS NULL; a file merged
away is in it), written out in each query.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from typing import Any

COUNTED = "deleted_at IS NULL"
OPEN = "('open', 'in_progress')"
SAME_DAY = "(k.status = 'resolved' AND date(k.resolved_at) = date(k.received_at))"


def connect(path: Any) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _one(con: sqlite3.Connection, sql: str, *args: Any) -> int:
    return int(con.execute(sql, args).fetchone()[0] or 0)


def _per_month(con: sqlite3.Connection, sql: str, *args: Any) -> dict[str, int]:
    return {month: int(n) for month, n in con.execute(sql, args)}


def _days(since: dt.date, until: dt.date) -> tuple[str, str]:
    return since.isoformat(), until.isoformat()


# -- the monthly figures (Reports page, summary sheet) ----------------------------------------
def new_files(con: sqlite3.Connection, since: dt.date, until: dt.date) -> dict[str, int]:
    """Customer files created in the month (local days), bought or not."""
    return _per_month(
        con,
        f"SELECT substr(created_at, 1, 7), count(*) FROM customers WHERE {COUNTED} "
        "AND date(created_at) BETWEEN ? AND ? GROUP BY 1",
        *_days(since, until),
    )


def first_time_buyers(con: sqlite3.Connection, since: dt.date, until: dt.date) -> dict[str, int]:
    """Customers whose first purchase ever falls in the month, whenever filed."""
    return _per_month(
        con,
        "SELECT substr(first, 1, 7), count(*) FROM (SELECT p.customer_id, min(p.purchased_on) "
        "AS first FROM purchases p JOIN customers c ON c.id = p.customer_id "
        f"WHERE c.{COUNTED} GROUP BY p.customer_id) WHERE first BETWEEN ? AND ? GROUP BY 1",
        *_days(since, until),
    )


def _new_files_referred(
    con: sqlite3.Connection, since: dt.date, until: dt.date, converted: bool
) -> dict[str, int]:
    status = "= 'converted'" if converted else "<> 'converted'"
    return _per_month(
        con,
        "SELECT substr(c.created_at, 1, 7), count(*) FROM customers c "
        "JOIN referrals r ON r.referred_id = c.id JOIN customers up ON up.id = r.referrer_id "
        f"WHERE c.{COUNTED} AND up.{COUNTED} AND r.status {status} "
        "AND date(c.created_at) BETWEEN ? AND ? GROUP BY 1",
        *_days(since, until),
    )


def came_by_referral(con: sqlite3.Connection, since: dt.date, until: dt.date) -> dict[str, int]:
    """Of the month's new files, those whose referral (both ends counted) has converted."""
    return _new_files_referred(con, since, until, converted=True)


def referral_leads(con: sqlite3.Connection, since: dt.date, until: dt.date) -> dict[str, int]:
    """Of the month's new files, those referred who have not converted."""
    return _new_files_referred(con, since, until, converted=False)


def visits(con: sqlite3.Connection, since: dt.date, until: dt.date) -> dict[str, int]:
    """Visits logged in the month, by the local day they happened."""
    return _per_month(
        con,
        "SELECT substr(v.occurred_at, 1, 7), count(*) FROM visits v "
        f"JOIN customers c ON c.id = v.customer_id WHERE c.{COUNTED} "
        "AND date(v.occurred_at) BETWEEN ? AND ? GROUP BY 1",
        *_days(since, until),
    )


def satisfaction(
    con: sqlite3.Connection, since: dt.date, until: dt.date
) -> dict[str, tuple[int, float]]:
    """Per month: how many visits were rated, and their scores' average (unrated: no zero)."""
    rows = con.execute(
        "SELECT substr(v.occurred_at, 1, 7), count(v.satisfaction), avg(v.satisfaction) "
        f"FROM visits v JOIN customers c ON c.id = v.customer_id WHERE c.{COUNTED} "
        "AND v.satisfaction IS NOT NULL AND date(v.occurred_at) BETWEEN ? AND ? GROUP BY 1",
        _days(since, until),
    )
    return {month: (int(n), float(average)) for month, n, average in rows}


def complaints(
    con: sqlite3.Connection, since: dt.date, until: dt.date
) -> dict[str, tuple[int, int]]:
    """Per month: complaints received, and of them resolved with a fix on their local day."""
    rows = con.execute(
        f"SELECT substr(k.received_at, 1, 7), count(*), sum({SAME_DAY}) FROM complaints k "
        f"JOIN customers c ON c.id = k.customer_id WHERE c.{COUNTED} "
        "AND date(k.received_at) BETWEEN ? AND ? GROUP BY 1",
        _days(since, until),
    )
    return {month: (int(n), int(quick)) for month, n, quick in rows}


# -- complaints page --------------------------------------------------------------------------
def open_complaints(con: sqlite3.Connection) -> int:
    return _one(
        con,
        "SELECT count(*) FROM complaints k JOIN customers c ON c.id = k.customer_id "
        f"WHERE c.{COUNTED} AND k.status IN {OPEN}",
    )


def same_day_rate(con: sqlite3.Connection, since: dt.date, until: dt.date) -> tuple[int, int]:
    """(resolved the same day, received) over the local days since..until."""
    months = complaints(con, since, until).values()
    return sum(q for _n, q in months), sum(n for n, _q in months)


def complaint_rows(
    con: sqlite3.Connection, since: dt.date, until: dt.date, now: dt.datetime
) -> Counter[tuple[str, str, float, bool]]:
    """The complaints sheet's rows: (received, customer, hours to resolve, same day). Hours from
    receiving to resolving or closing, an open one to the end of the last day or now, whichever
    is earlier; in tenths, a half up."""
    end = min(dt.datetime.combine(until + dt.timedelta(days=1), dt.time()), now)
    rows = con.execute(
        "SELECT substr(k.received_at, 1, 16), c.name, "
        "(strftime('%s', coalesce(k.resolved_at, ?)) - strftime('%s', k.received_at)), "
        f"{SAME_DAY} FROM complaints k JOIN customers c ON c.id = k.customer_id "
        f"WHERE c.{COUNTED} AND date(k.received_at) BETWEEN ? AND ?",
        (end.isoformat(" "), *_days(since, until)),
    )
    return Counter(
        (received, name, (max(0, seconds) * 10 + 1800) // 3600 / 10, bool(quick))
        for received, name, seconds, quick in rows
    )


# -- referrals --------------------------------------------------------------------------------
BELOW = """
WITH RECURSIVE below(id) AS (
    SELECT referred_id FROM referrals WHERE referrer_id = :root
    UNION SELECT r.referred_id FROM referrals r JOIN below b ON r.referrer_id = b.id
)
SELECT count(*) FROM below JOIN customers c ON c.id = below.id WHERE c.deleted_at IS NULL
"""


def leaderboard(
    con: sqlite3.Connection, since: dt.date | None, until: dt.date
) -> list[tuple[str, int, int, int, int]]:
    """Every referrer of the period, in the board's order: (name, referred, converted, spent by
    the converted ones since each referral, whole chain below at any depth). A referral counts
    when both its ends are outside the Trash."""
    first = (since or dt.date.min).isoformat()
    rows = con.execute(
        "SELECT up.id, up.name, up.name_sort_key, count(*), sum(r.status = 'converted'), "
        "coalesce(sum((SELECT sum(p.amount_cents) FROM purchases p WHERE p.customer_id = "
        "r.referred_id AND p.purchased_on >= r.referred_on) * (r.status = 'converted')), 0) "
        "FROM referrals r JOIN customers up ON up.id = r.referrer_id "
        "JOIN customers down ON down.id = r.referred_id "
        f"WHERE up.{COUNTED} AND down.{COUNTED} AND r.referred_on BETWEEN ? AND ? "
        "GROUP BY up.id",
        (first, until.isoformat()),
    ).fetchall()
    board = [
        (sort_key, referrer_id, name, int(n), int(won), int(spent), _one(con, BELOW, referrer_id))
        for referrer_id, name, sort_key, n, won, spent in rows
    ]
    board.sort(key=lambda row: (-row[3], -row[5], row[0], row[1]))
    return [(name, n, won, spent, chain) for _key, _id, name, n, won, spent, chain in board]


def referral_counts(con: sqlite3.Connection, since: dt.date, until: dt.date) -> tuple[int, int]:
    """Referrals made in the period (both ends counted), and of them converted."""
    row = con.execute(
        "SELECT count(*), sum(r.status = 'converted') FROM referrals r "
        "JOIN customers up ON up.id = r.referrer_id JOIN customers down ON down.id = "
        f"r.referred_id WHERE up.{COUNTED} AND down.{COUNTED} AND r.referred_on BETWEEN ? AND ?",
        _days(since, until),
    ).fetchone()
    return int(row[0]), int(row[1] or 0)


UP = """
WITH RECURSIVE up(id, steps) AS (
    SELECT referrer_id, 1 FROM referrals WHERE referred_id = :customer
    UNION ALL SELECT r.referrer_id, u.steps + 1 FROM referrals r JOIN up u ON r.referred_id = u.id
)
SELECT max(steps) FROM up
"""


def chain_rows(
    con: sqlite3.Connection, since: dt.date, until: dt.date
) -> Counter[tuple[str, str, str, int]]:
    """The chains sheet: each referral of the period, both ends counted, with its generation
    counted from the chain's first customer (1 = brought in by them)."""
    rows = con.execute(
        "SELECT up.name, down.name, r.referred_on, r.referred_id FROM referrals r "
        "JOIN customers up ON up.id = r.referrer_id JOIN customers down ON down.id = "
        f"r.referred_id WHERE up.{COUNTED} AND down.{COUNTED} AND r.referred_on BETWEEN ? AND ?",
        _days(since, until),
    )
    return Counter(
        (referrer, referred, day, _one(con, UP, referred_id))
        for referrer, referred, day, referred_id in rows
    )


def rewards_owed(con: sqlite3.Connection, on: dt.date | None = None) -> int:
    """Rewards not given (at the end of ``on``: promised by then and not given by then), of
    referrals with both ends counted."""
    when = (
        "w.status = 'owed'"
        if on is None
        else "date(w.created_at) <= :on AND (w.status = 'owed' OR w.given_on > :on)"
    )
    return _one(
        con,
        "SELECT count(*) FROM referral_rewards w JOIN referrals r ON r.id = w.referral_id "
        "JOIN customers up ON up.id = r.referrer_id JOIN customers down ON down.id = "
        f"r.referred_id WHERE up.{COUNTED} AND down.{COUNTED} AND {when}",
        *([] if on is None else [on.isoformat()]),
    )


# -- Today ------------------------------------------------------------------------------------
def follow_ups_due(con: sqlite3.Connection, today: dt.date) -> dict[str, int]:
    """Pending follow-ups of counted customers: overdue, due today (from a complaint's
    resolution: the check-back, apart)."""
    rows = con.execute(
        "SELECT CASE WHEN f.due_on < :today THEN 'overdue' WHEN f.source = 'complaint' "
        "THEN 'check_back' ELSE 'due_today' END, count(*) FROM follow_ups f "
        f"JOIN customers c ON c.id = f.customer_id WHERE c.{COUNTED} AND f.status = 'pending' "
        "AND f.due_on <= :today GROUP BY 1",
        {"today": today.isoformat()},
    )
    return Counter(dict(rows))


def birthdays(con: sqlite3.Connection, first: dt.date, last: dt.date) -> int:
    """Counted customers whose solar birthday falls on first..last (29 February kept on the
    28th in other years)."""
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    kept_on = {(d.month, d.day) for d in days}
    for d in days:
        if d.month == 2 and d.day == 28 and not _leap(d.year):
            kept_on.add((2, 29))
    rows = con.execute(
        f"SELECT birth_month, birth_day FROM customers WHERE {COUNTED} "
        "AND birth_calendar = 'solar' AND birth_month IS NOT NULL"
    )
    return sum(1 for month, day in rows if (month, day) in kept_on)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def dormant_after_days(con: sqlite3.Connection) -> int:
    row = con.execute("SELECT value FROM shop_settings WHERE key = 'dormant_after_days'")
    found = row.fetchone()
    return 90 if found is None else int(json.loads(found[0]))


LAST_CONTACT = f"""
SELECT c.id, date(max(coalesce((SELECT max(v.occurred_at) FROM visits v
                                 WHERE v.customer_id = c.id), ''),
                        coalesce((SELECT max(p.purchased_on) FROM purchases p
                                 WHERE p.customer_id = c.id), ''))),
       EXISTS (SELECT 1 FROM follow_ups f WHERE f.customer_id = c.id AND f.status = 'pending')
FROM customers c
WHERE c.{COUNTED} AND EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = c.id)
"""


def gone_quiet(con: sqlite3.Connection, today: dt.date) -> tuple[int, int]:
    """(listed, of all quiet): buyers, counted, whose last visit or purchase was the dormant
    threshold or more days ago; listed when that day is within the 14 days ending there and
    no follow-up is planned."""
    last_day = today - dt.timedelta(days=dormant_after_days(con))
    first_day = last_day - dt.timedelta(days=13)
    listed = quiet = 0
    for _id, last, planned in con.execute(LAST_CONTACT):
        day = dt.date.fromisoformat(last)
        quiet += day <= last_day
        listed += first_day <= day <= last_day and not planned
    return listed, quiet


# -- workbook sheets --------------------------------------------------------------------------
def customers_spent(con: sqlite3.Connection) -> Counter[tuple[str, int]]:
    """Counted customers with what each spent in all: purchases and the old list's amount."""
    rows = con.execute(
        "SELECT c.name, c.opening_balance_cents + coalesce((SELECT sum(p.amount_cents) "
        f"FROM purchases p WHERE p.customer_id = c.id), 0) FROM customers c WHERE c.{COUNTED}"
    )
    return Counter((name, int(spent)) for name, spent in rows)


def visit_rows(con: sqlite3.Connection, since: dt.date, until: dt.date) -> Counter[tuple[str, str]]:
    rows = con.execute(
        "SELECT substr(v.occurred_at, 1, 16), c.name FROM visits v "
        f"JOIN customers c ON c.id = v.customer_id WHERE c.{COUNTED} "
        "AND date(v.occurred_at) BETWEEN ? AND ?",
        _days(since, until),
    )
    return Counter(rows)


def follow_up_rows(con: sqlite3.Connection, until: dt.date) -> Counter[tuple[str, int, str]]:
    """The follow-ups sheet: pending, due by ``until``, with days late counted to it."""
    rows = con.execute(
        "SELECT f.due_on, c.name FROM follow_ups f JOIN customers c ON c.id = f.customer_id "
        f"WHERE c.{COUNTED} AND f.status = 'pending' AND f.due_on <= ?",
        (until.isoformat(),),
    )
    return Counter((due, (until - dt.date.fromisoformat(due)).days, name) for due, name in rows)
