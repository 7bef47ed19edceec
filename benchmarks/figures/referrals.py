"""Referrals: the leaderboard and the deepest chain, as a service call and as the tree on screen."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.common import REPEAT, Runs, recorded_sql

KEY = "referrals"
UNIT = "s"
FRESH_PROCESSES = False


def deepest_root(database: Path) -> int:
    """The top of the deepest referral chain in the demo (10+ generations)."""
    import sqlite3

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


def measure(database: Path) -> Runs:
    """Leaderboard and a deep chain (service and the page showing it), each beside the same
    recursive SQL replayed through raw sqlite3."""
    import sqlite3

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
            ours, baseline = [], []
            for _round in range(REPEAT):
                started = time.perf_counter()
                call()
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                for statement, parameters in statements:
                    raw.execute(statement, parameters).fetchall()  # type: ignore[arg-type]
                baseline.append(time.perf_counter() - started)
            results[name] = (ours, baseline)
        raw.close()
        page.deleteLater()
    del app
    return results
