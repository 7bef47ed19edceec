"""``make bench-scale``: how the search and the customer list grow with the shop, at 10k, 100k and
1M customers (issue 19: an index's cost grows by at most 4x from 100k to 1M; a scan's by 10x).

Each size's demo file is built once (the 1M one: 2.5 GB, 28 minutes and 4 GB of memory on two
cores) and cached beside ``make bench``'s. Prints, per size, each figure against its own SQL
replayed through raw ``sqlite3``, then the growth from the middle size to the largest.
``--sizes 10000,100000`` (``make bench-scale SIZES=...``) narrows it. The figures go to
``.cache/scale-results.json``, not to ``results.json``: they are not ``make bench``'s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import CACHE, beside_replay, demo_database, recorded_sql, summary
from benchmarks.figures.search import SEARCH_QUERIES, search_figures
from benchmarks.table import cell, print_table

SIZES = (10_000, 100_000, 1_000_000)
GROWTH_LIMIT = 4.0  # from 100k to 1M: an index lookup's log n, not a scan's n
SEARCH = f"search as you type ({len(SEARCH_QUERIES)} queries)"
LIST_OPEN = (
    "customer list: open (first page of ids in name order, count to 10,001) and first screen"
)
SCREEN = 41  # the rows a maximised list shows

Results = dict[int, dict[str, dict[str, Any]]]  # size -> figure name -> custdesk, baseline, ratio


def list_open_figures(database: Path) -> tuple[list[float], list[float]]:
    """The table model created as the list page creates it (its first page of ids in
    phone-book order, and the count up to 10,001) and its first screen of rows read, against
    the statements it sent replayed through raw sqlite3."""
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from custdesk.services.customers.customer_list import CustomerListService
    from custdesk.storage.db import Database
    from custdesk.ui.models.customer_table_model import CustomerTableModel

    app = QApplication.instance() or QApplication([])
    db = Database.open(database, read_only=True)
    service = CustomerListService(db)

    def open_list() -> None:
        model = CustomerTableModel(service)
        for row in range(min(SCREEN, model.rowCount())):
            model.index(row, 0).data()

    statements = recorded_sql(db.engine, open_list)  # also the untimed first open
    raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    ours, baseline = beside_replay(open_list, statements, raw)
    raw.close()
    db.engine.dispose()
    del app
    return ours, baseline


def read_through(database: Path) -> None:
    """Every size is timed from the page cache, as ``make bench`` times a file it just used:
    otherwise the first queries on a freshly built 1.7 GB file time the disk."""
    with database.open("rb") as file:
        while file.read(1 << 24):
            pass


def measure(database: Path) -> dict[str, tuple[list[float], list[float]]]:
    from custdesk.services.customers.customer_list import CustomerFilter, SortKey

    read_through(database)
    texts: list[object] = [CustomerFilter(text=query) for query in SEARCH_QUERIES]
    return {
        SEARCH: search_figures(database, texts, SortKey.RELEVANCE),
        LIST_OPEN: list_open_figures(database),
    }


def growth_rows(results: Results, small: int, large: int) -> list[tuple[str, str, str, str]]:
    """Each figure at ``small`` and at ``large``, and how much its median and p95 grew."""
    limit = f"growth (<= {GROWTH_LIMIT:g}x)"
    rows = [("figure", f"{small:,}", f"{large:,}", limit)]
    for name, entry in results[large].items():
        before, after = results[small][name]["custdesk"], entry["custdesk"]
        median, p95 = (after[part] / before[part] for part in ("median", "p95"))
        verdict = "met" if max(median, p95) <= GROWTH_LIMIT else "NOT met"
        grown = f"{median:.1f}x (p95 {p95:.1f}x): {verdict}"
        rows.append((name, cell(before), cell(after), grown))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale", description=__doc__)
    parser.add_argument(
        "--sizes",
        metavar="N,N",
        default=",".join(str(size) for size in SIZES),
        help="customer counts, comma-separated (default: %(default)s)",
    )
    asked = parser.parse_args(argv).sizes.split(",")
    sizes = sorted({int(size.replace("_", "")) for size in asked})

    results: Results = {}
    rows = [("figure", "CustDesk", "raw SQL replayed", "ratio")]
    for size in sizes:
        started = time.perf_counter()
        database = demo_database(size)
        built = time.perf_counter() - started
        if built > 1:
            print(f"built {database.name} in {built:.0f} s", file=sys.stderr)
        results[size] = {}
        for name, (ours_runs, raw_runs) in measure(database).items():
            ours, raw = summary(ours_runs), summary(raw_runs)
            ratio = ours["median"] / raw["median"]
            rows.append((f"{name}, {size:,}", cell(ours), cell(raw), f"{ratio:.2f}x"))
            results[size][name] = {"custdesk": ours, "baseline": raw, "ratio": ratio}

    print(
        f"\nCustDesk at scale: {', '.join(f'{size:,}' for size in sizes)} customers, "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}\n"
    )
    print_table(rows)
    if len(sizes) >= 2:
        print()
        print_table(growth_rows(results, sizes[-2], sizes[-1]))
    CACHE.mkdir(exist_ok=True)
    (CACHE / "scale-results.json").write_text(
        json.dumps(
            {
                "machine": platform.platform(),
                "sizes": {str(size): figures for size, figures in results.items()},
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
