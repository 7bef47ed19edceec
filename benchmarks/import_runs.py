"""The import of the demo shop's own customer export (every column), run once per ``make bench``
for two figures: its time (figures/import_file.py) and its peak memory (figures/import_memory.py).

Both sides run in fresh processes, as a clerk's import starts in a fresh worker's memory: ours
reads, checks and imports the workbook into an empty shop file; the baseline is openpyxl in
read_only mode reading every cell of the same file and nothing else (issue 17 asks for at most
0.4x its time, and a peak under 400 MB). Our run also says where its time goes: read, check,
pinyin keys, insert and the search index, printed as a small table.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from benchmarks.common import CACHE, REPEAT_HEAVY

# VmHWM: the kernel's high-water mark of this process's resident memory (see figures/memory.py).
HIGH_WATER = """
def high_water_mark():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
"""

# argv: the workbook, an empty shop file to import into. Prints one JSON line.
OURS = (
    HIGH_WATER
    + """
import json, sys, time
from pathlib import Path
import custdesk.services.customers.bulk_create as bulk_create
import custdesk.services.customers.customer_rows as customer_rows
import custdesk.services.spreadsheets.customer_import as import_module
from custdesk.services.customers.customers import CustomerService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import ImportService, OnDuplicate
from custdesk.storage.db import Database

spent = {"pinyin keys": [0.0, 0], "index": [0.0, 0]}

def timed(phase, work):
    def run(*args, **kwargs):
        started = time.perf_counter()
        try:
            return work(*args, **kwargs)
        finally:
            spent[phase][0] += time.perf_counter() - started
            spent[phase][1] += 1
    return run

customer_rows.name_search_keys = timed("pinyin keys", customer_rows.name_search_keys)
import_module.refresh_search_rows = timed("index", import_module.refresh_search_rows)
bulk_create.index_new_customers = timed("index", bulk_create.index_new_customers)
into = Database.open(Path(sys.argv[2]))
imports = ImportService(into, CustomerService(into, stage_rules=stage_rules_in))
started = time.perf_counter()
table = imports.read(Path(sys.argv[1]))
read = time.perf_counter()
rows = imports.check(table, imports.guess(table.headers))
checked = time.perf_counter()
report = imports.run(rows, OnDuplicate.NEW)
done = time.perf_counter()
into.close()
assert all(calls for _seconds, calls in spent.values()), spent  # a phase moved elsewhere
pinyin, index = spent["pinyin keys"][0], spent["index"][0]
phases = {"read": read - started, "check": checked - read, "pinyin keys": pinyin,
          "insert": done - checked - pinyin - index, "index": index}
print(json.dumps({"seconds": done - started, "peak": high_water_mark(), "phases": phases,
                  "imported": report.imported}))
"""
)

RAW = (
    HIGH_WATER
    + """
import json, sys, time
from openpyxl import load_workbook
started = time.perf_counter()
book = load_workbook(sys.argv[1], read_only=True, data_only=True)
cells = sum(len(row) for row in book.active.iter_rows(values_only=True))
book.close()
print(json.dumps({"seconds": time.perf_counter() - started, "peak": high_water_mark()}))
"""
)


# argv: the workbook, an empty shop file, a file to write to. Our import once more (untimed),
# keeping every statement it sends to SQLite with its parameters (pickled), for FLOOR to replay.
CAPTURE = """
import json, pickle, sys
from pathlib import Path
from sqlalchemy import event
from custdesk.services.customers.customers import CustomerService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import ImportService, OnDuplicate
from custdesk.storage.db import Database

into = Database.open(Path(sys.argv[2]))
sent = []
reading = True

@event.listens_for(into.engine, "before_cursor_execute")
def keep(connection, cursor, statement, parameters, context, executemany):
    if not reading:
        sent.append((statement, parameters, executemany))

imports = ImportService(into, CustomerService(into, stage_rules=stage_rules_in))
table = imports.read(Path(sys.argv[1]))
rows = imports.check(table, imports.guess(table.headers))
reading = False
imports.run(rows, OnDuplicate.NEW)
into.close()
with open(sys.argv[3], "wb") as kept:
    pickle.dump(sent, kept, protocol=pickle.HIGHEST_PROTOCOL)
print(json.dumps({"statements": len(sent)}))
"""

# argv: the pickled statements, an empty shop file. Sends them straight to sqlite3 in one
# transaction, with the pragmas our file opens with: what writing these rows costs SQLite.
FLOOR = """
import json, pickle, sqlite3, sys, time
with open(sys.argv[1], "rb") as kept:
    sent = pickle.load(kept)
connection = sqlite3.connect(sys.argv[2], isolation_level=None)
for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
    connection.execute("PRAGMA " + pragma)
started = time.perf_counter()
connection.execute("BEGIN IMMEDIATE")
for statement, parameters, many in sent:
    if statement.startswith(("BEGIN", "COMMIT")):  # the one transaction is ours here
        continue
    if many:
        connection.executemany(statement, parameters)
    else:
        connection.execute(statement, parameters).fetchall()
connection.execute("COMMIT")
print(json.dumps({"seconds": time.perf_counter() - started}))
"""


@dataclass(frozen=True)
class ImportRuns:
    ours: list[dict[str, Any]]
    raw: list[dict[str, Any]]
    sql_alone: float  # seconds: our import's statements replayed straight into sqlite3


@cache
def import_runs(database: Path) -> ImportRuns:
    """Ours and the baseline, REPEAT_HEAVY times each (each run takes a minute or so)."""
    from custdesk.storage.migrate import upgrade_database

    source = exported_customers(database)
    ours, raw = [], []
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty.db"
        upgrade_database(empty)
        for round_ in range(REPEAT_HEAVY):
            target = Path(folder) / f"import{round_}.db"
            target.write_bytes(empty.read_bytes())
            ours.append(_child(OURS, str(source), str(target)))
            raw.append(_child(RAW, str(source)))
        sql_alone = _sql_alone(source, empty, Path(folder))
    runs = ImportRuns(ours, raw, sql_alone)
    print_phases(runs)
    return runs


def _sql_alone(source: Path, empty: Path, folder: Path) -> float:
    """Seconds SQLite takes for the statements our import sends, replayed raw (FLOOR)."""
    statements = folder / "statements.pickle"
    for name in ("captured.db", "replayed.db"):
        (folder / name).write_bytes(empty.read_bytes())
    _child(CAPTURE, str(source), str(folder / "captured.db"), str(statements))
    return float(_child(FLOOR, str(statements), str(folder / "replayed.db"))["seconds"])


def exported_customers(database: Path) -> Path:
    """The customers report of ``database`` as ``custdesk export customers`` writes it, kept in
    benchmarks/.cache until the database or the export's code changes (writing it takes ~40 s)."""
    from custdesk.services.spreadsheets import excel_export, export_reports, export_words
    from custdesk.services.spreadsheets.excel_export import write_workbook
    from custdesk.services.spreadsheets.export_reports import ReportBuilder
    from custdesk.storage.db import Database

    digest = hashlib.sha256()
    for module in (excel_export, export_reports, export_words):
        digest.update(Path(module.__file__ or "").read_bytes())
    path = CACHE / f"{database.stem}-customers-{digest.hexdigest()[:10]}.xlsx"
    if not path.exists():
        db = Database.open(database, read_only=True)
        partial = path.with_suffix(".partial.xlsx")
        write_workbook(partial, [ReportBuilder(db, "zh_CN").customers()])
        db.engine.dispose()
        partial.rename(path)
    return path


def _child(script: str, *args: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], check=True, env=env, capture_output=True, text=True
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def print_phases(runs: ImportRuns) -> None:
    """Where our import's time went (the median run by total), as a small Markdown table, and
    the floor no import can go under: reading the file plus writing the same rows to SQLite."""
    run = sorted(runs.ours, key=lambda r: float(r["seconds"]))[len(runs.ours) // 2]
    phases: dict[str, float] = run["phases"]
    total = float(run["seconds"])
    baseline = sorted(float(r["seconds"]) for r in runs.raw)[len(runs.raw) // 2]
    print(f"\nImport of the {run['imported']:,}-customer export, where the time goes:")
    print("| phase | s | share |")
    print("|---|---|---|")
    for phase, seconds in phases.items():
        print(f"| {phase} | {seconds:.1f} | {seconds / total:.0%} |")
    print(f"| total | {total:.1f} | 100% |")
    floor = float(phases["read"]) + runs.sql_alone
    print(
        f"Floor: the read ({phases['read']:.1f} s) and the same statements replayed raw into "
        f"sqlite3 ({runs.sql_alone:.1f} s) = {floor:.1f} s, {floor / baseline:.2f}x openpyxl's "
        f"read ({baseline:.1f} s); with the pinyin keys (pypinyin, {phases['pinyin keys']:.1f} s) "
        f"{(floor + phases['pinyin keys']) / baseline:.2f}x; ours is {total / baseline:.2f}x."
    )
