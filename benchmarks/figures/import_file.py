"""Import of the demo shop's own customer export (every column), against openpyxl read_only only
reading the same file; both in fresh processes (benchmarks/import_runs.py)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import Runs
from benchmarks.import_runs import import_runs

KEY = "import"
UNIT = "s"
FRESH_PROCESSES = True


def measure(database: Path) -> Runs:
    runs = import_runs(database)
    name = f"import the {runs.ours[0]['imported']:,}-customer export, all columns"
    ours = [float(run["seconds"]) for run in runs.ours]
    return {name: (ours, [float(run["seconds"]) for run in runs.raw])}
