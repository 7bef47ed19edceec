"""Referrals: the leaderboard and the deepest chain, as a service call and as the tree on screen."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import REPEAT, Runs, beside_replay, recorded_sql

if TYPE_CHECKING:
    from custdesk.services.referrals.reports import ReferralReports

KEY = "referrals"
UNIT = "s"
FRESH_PROCESSES = False


def deepest_root(database: Path) -> int:
    """The top of the deepest referral chain in the demo (10+ generations)."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as raw:
        parent = dict(raw.execute("SELECT referred_id, referrer_id FROM referrals"))

    def depth(node: int) -> int:
        steps = 0
        while node in parent:
            node, steps = parent[node], steps + 1
        return steps

    node = max(parent, key=depth)
    while node in parent:
        node = parent[node]
    return node


# The all-time leaderboard as the least work could write it: the counts first, then "spent
# since referred" summed only for the referrers who can reach the top 20 (those with at least
# as many referrals as the 20th). Beside it, CustDesk's query sums one subquery per converted
# referral of every referrer: the ratio is that design's cost, not the ORM's (the replay's).
# The chain below each one is walked as CustDesk walks it (the Trash passed through, not
# counted), in the same statement: the walk is not what this figure is about.
LEADERS_SHOWN = 20
LEAST_WORK_LEADERBOARD = f"""
WITH counts AS (
    SELECT referrer.id AS id, referrer.name AS name, referrer.referrer_kind AS kind,
           count(*) AS direct, sum(r.status = 'converted') AS converted
    FROM referrals AS r
    JOIN customers AS referrer ON referrer.id = r.referrer_id
    JOIN customers AS referred ON referred.id = r.referred_id
    WHERE referrer.deleted_at IS NULL AND referred.deleted_at IS NULL
    GROUP BY referrer.id
), cut AS (
    SELECT direct FROM counts ORDER BY direct DESC LIMIT 1 OFFSET {LEADERS_SHOWN - 1}
)
SELECT id, name, kind, direct, converted, (
    SELECT coalesce(sum(p.amount_cents), 0)
    FROM referrals AS r
    JOIN customers AS referred ON referred.id = r.referred_id
    JOIN purchases AS p ON p.customer_id = r.referred_id AND p.purchased_on >= r.referred_on
    WHERE r.referrer_id = counts.id AND r.status = 'converted' AND referred.deleted_at IS NULL
) AS spent, (
    WITH RECURSIVE down(id, generation) AS (
        SELECT referred_id, 1 FROM referrals WHERE referrer_id = counts.id
        UNION ALL
        SELECT step.referred_id, down.generation + 1
        FROM referrals AS step JOIN down ON step.referrer_id = down.id
        WHERE down.generation < 100
    )
    SELECT count(*) FROM down JOIN customers AS below ON below.id = down.id
    WHERE below.deleted_at IS NULL
) AS chain_size
FROM counts
WHERE direct >= coalesce((SELECT direct FROM cut), 0)
ORDER BY direct DESC, spent DESC, id
LIMIT {LEADERS_SHOWN}
"""


def least_work_leaderboard(raw: sqlite3.Connection) -> list[tuple[object, ...]]:
    """The leaderboard's rows from LEAST_WORK_LEADERBOARD."""
    return [tuple(row) for row in raw.execute(LEAST_WORK_LEADERBOARD).fetchall()]


def measure(database: Path) -> Runs:
    """Leaderboard and a deep chain (service and the page showing it), each beside the same
    recursive SQL replayed through raw sqlite3; and the leaderboard beside the least work that
    gives the same rows (LEAST_WORK_LEADERBOARD)."""
    from PySide6.QtWidgets import QApplication

    from custdesk.app import Services, open_app
    from custdesk.ui.common.operations import ChangeNotifier
    from custdesk.ui.shell.page_wiring import referrals_page

    app = QApplication.instance() or QApplication([])
    root = deepest_root(database)
    results: Runs = {}
    with open_app(database, program="make bench") as context:
        services: Services = context.services
        page = referrals_page(services, changes=ChangeNotifier())
        raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        reports = services.referral_reports
        chain = reports.chain(root)
        print(
            f"referrals: deepest chain from customer {root}: {chain.total} people, "
            f"{chain.generations} generations"
        )
        for name, call in (
            ("referral leaderboard, all time (top 20)", lambda: reports.leaderboard()),
            ("referral chain 10+ generations deep (service)", lambda: reports.chain(root)),
            ("referral chain shown as a tree", lambda: page.show_chain(root)),
        ):
            statements = recorded_sql(context.db.engine, call)
            results[name] = beside_replay(call, statements, raw)
        results["referral leaderboard, all time, beside the least-work SQL"] = leaderboard_runs(
            reports, raw
        )
        raw.close()
        page.deleteLater()
    del app
    return results


def leaderboard_runs(
    reports: ReferralReports, raw: sqlite3.Connection
) -> tuple[list[float], list[float]]:
    """CustDesk's all-time leaderboard and LEAST_WORK_LEADERBOARD, after checking that they
    give the same rows (a faster baseline that answered differently would prove nothing)."""
    leaderboard = reports.leaderboard
    ours_rows = [tuple(vars(row).values()) for row in leaderboard()]
    if least_work_leaderboard(raw) != ours_rows:
        raise AssertionError("the least-work leaderboard differs from CustDesk's")
    ours, baseline = [], []
    for _round in range(REPEAT):
        started = time.perf_counter()
        leaderboard()
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        least_work_leaderboard(raw)
        baseline.append(time.perf_counter() - started)
    print(
        f"referrals: all-time leaderboard {statistics.median(ours) * 1000:.0f} ms, "
        f"least-work SQL {statistics.median(baseline) * 1000:.0f} ms"
    )
    return ours, baseline
