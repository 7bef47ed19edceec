"""``make bench``: prints figure | CustDesk | raw baseline | ratio, and writes results.json.

Each figure is the median of several runs in fresh processes; the baseline is the least work that
could produce the same result, measured in the same run so machine noise cancels in the ratio.
``--figure search,excel`` (``make bench FIGURE=search,excel``) runs only those figure modules
and keeps the other figures' entries in results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys

from benchmarks.common import CUSTOMERS, HERE, Runs, demo_database, summary
from benchmarks.figures import FIGURES, KEYS, UnknownFigureError, chosen
from benchmarks.table import cell, merge_results, print_table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--figure", metavar="KEYS", help=f"comma-separated, of: {', '.join(KEYS)} (default: all)"
    )
    try:
        figures = chosen(parser.parse_args(argv).figure)
    except UnknownFigureError as error:
        print(f"benchmarks: {error}", file=sys.stderr)
        return 2

    database = demo_database()
    # The in-process figures first, then those timed in fresh processes (start-up, memory):
    # the order they were always measured in, whatever the table's order.
    measured: dict[str, Runs] = {}
    for figure in sorted(figures, key=lambda figure: figure.FRESH_PROCESSES):
        measured[figure.KEY] = figure.measure(database)

    print(
        f"\nCustDesk benchmarks: {CUSTOMERS} customers, {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}\n"
    )
    rows = [("figure", "CustDesk", "raw baseline", "ratio")]
    results = {}
    for figure in figures:
        for name, (ours_runs, raw_runs) in measured[figure.KEY].items():
            ours, raw = summary(ours_runs), summary(raw_runs)
            ratio = ours["median"] / raw["median"]
            rows.append((name, cell(ours, figure.UNIT), cell(raw, figure.UNIT), f"{ratio:.2f}x"))
            results[name] = {"custdesk": ours, "baseline": raw, "ratio": ratio, "key": figure.KEY}
    print_table(rows)
    path = HERE / "results.json"
    run = {"customers": CUSTOMERS, "machine": platform.platform(), "figures": results}
    if len(figures) < len(FIGURES):
        run = merge_results(path, run)
    path.write_text(json.dumps(run, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
