"""``make bench``: prints figure | CustDesk | raw baseline | ratio, and writes results.json.

Each figure is the median of several runs in fresh processes; the baseline is the least work that
could produce the same result, measured in the same run so machine noise cancels in the ratio.
"""

from __future__ import annotations

import json
import os
import platform
import sys

from benchmarks.common import CUSTOMERS, HERE, Runs, demo_database, summary
from benchmarks.figures import FIGURES
from benchmarks.table import cell, print_table


def main() -> int:
    database = demo_database()
    # The in-process figures first, then those timed in fresh processes (start-up, memory):
    # the order they were always measured in, whatever the table's order.
    measured: dict[str, Runs] = {}
    for figure in sorted(FIGURES, key=lambda figure: figure.FRESH_PROCESSES):
        measured[figure.KEY] = figure.measure(database)

    print(
        f"\nCustDesk benchmarks: {CUSTOMERS} customers, {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}\n"
    )
    rows = [("figure", "CustDesk", "raw baseline", "ratio")]
    results = {}
    for figure in FIGURES:
        for name, (ours_runs, raw_runs) in measured[figure.KEY].items():
            ours, raw = summary(ours_runs), summary(raw_runs)
            ratio = ours["median"] / raw["median"]
            rows.append((name, cell(ours, figure.UNIT), cell(raw, figure.UNIT), f"{ratio:.2f}x"))
            results[name] = {"custdesk": ours, "baseline": raw, "ratio": ratio}
    print_table(rows)
    (HERE / "results.json").write_text(
        json.dumps(
            {"customers": CUSTOMERS, "machine": platform.platform(), "figures": results}, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
