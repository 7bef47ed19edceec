"""Peak memory of the import of the demo shop's customer export, against openpyxl read_only
reading the same file; the same fresh-process runs as figures/import_file.py."""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import Runs
from benchmarks.import_runs import import_runs

KEY = "import-memory"
UNIT = "bytes"
FRESH_PROCESSES = True


def measure(database: Path) -> Runs:
    runs = import_runs(database)
    name = "peak memory, import of the customer export"
    ours = [float(run["peak"]) for run in runs.ours]
    return {name: (ours, [float(run["peak"]) for run in runs.raw])}
