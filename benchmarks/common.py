"""What every figure shares: the cached demo database, fresh-process runs and the summary."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
CUSTOMERS = int(os.environ.get("CUSTDESK_BENCH_CUSTOMERS", "100000"))
SEED = 1
REPEAT = 5
REPEAT_HEAVY = 1  # the 100k-row Excel figures take 10-50 s each; make bench must stay < 10 min

Runs = dict[str, tuple[list[float], list[float]]]  # figure name -> (ours, baseline) runs


def demo_database(customers: int = CUSTOMERS) -> Path:
    """Built once per seed, size, schema revision and generator code, reused by later runs."""
    from custdesk.storage.migrate import head_revision

    path = CACHE / f"demo-{customers}-seed{SEED}-{head_revision()}-{generator_digest()}.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial.db")
        partial.unlink(missing_ok=True)
        command = [sys.executable, "-m", "custdesk.cli", "demo", "--customers", str(customers)]
        command += ["--seed", str(SEED), "--today", "2026-11-22", "--db", str(partial)]
        subprocess.run(command, check=True)
        partial.rename(path)
    return path


def generator_digest() -> str:
    """Changes when the demo generator, search keys or seeds change (the rows would differ)."""
    import hashlib

    from custdesk import name_keys, search_terms
    from custdesk.resources import resource_path
    from custdesk.services.customers import search_keys
    from custdesk.services.shop import demo

    sources = [Path(demo.__file__), Path(search_keys.__file__)]
    sources += [
        Path(name_keys.__file__),
        Path(search_terms.__file__),
    ]  # the keys' and index rows' rules
    sources += sorted(resource_path("seeds").glob("*.json"))
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def fresh_runs(script: str, *args: str, repeat: int = REPEAT) -> list[float]:
    """Run ``script`` in fresh processes; each prints one number last, which is collected."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    runs = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", script, *args],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        )
        runs.append(float(done.stdout.strip().splitlines()[-1]))
    return runs


@contextmanager
def compiled_bytecode() -> Iterator[None]:
    """Fresh processes started inside run from .pyc files, as an installed app does, kept under
    benchmarks/.cache/pycache (the sources' folders stay clean) whatever the caller's
    PYTHONDONTWRITEBYTECODE says."""
    names = ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    saved = {name: os.environ.get(name) for name in names}
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def timed_process(script: str, *args: str, repeat: int = REPEAT) -> list[float]:
    """From launching a fresh process to its window shown (what a clerk waits for); the child
    prints the wall-clock moment it showed, so shutting down is not counted."""
    runs = []
    for _ in range(repeat):
        launched = time.time()
        runs.append(fresh_runs(script, *args, repeat=1)[0] - launched)
    return runs


def peak_memory(script: str, *args: str) -> list[float]:
    """Bytes at the process's high-water mark, in fresh processes."""
    return fresh_runs(script, *args, repeat=3)


def summary(runs: list[float]) -> dict[str, float]:
    ordered = sorted(runs)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": statistics.median(runs), "p95": p95}


def recorded_sql(engine: object, call: object) -> list[tuple[str, object]]:
    """The statements (and parameters) ``call`` sends to SQLite, for a raw replay baseline."""
    from sqlalchemy import event

    statements: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA")):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        call()  # type: ignore[operator]
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return statements


def replayed(raw: Any, statements: list[tuple[str, object]]) -> float:
    """Seconds ``statements`` take through the raw ``sqlite3`` connection ``raw``: the baseline
    a figure is divided by."""
    started = time.perf_counter()
    for statement, parameters in statements:
        raw.execute(statement, parameters).fetchall()
    return time.perf_counter() - started


def beside_replay(
    call: Callable[[], object], statements: list[tuple[str, object]], raw: Any
) -> tuple[list[float], list[float]]:
    """``call`` timed REPEAT times, each run beside its ``statements`` replayed raw."""
    ours, baseline = [], []
    for _round in range(REPEAT):
        started = time.perf_counter()
        call()
        ours.append(time.perf_counter() - started)
        baseline.append(replayed(raw, statements))
    return ours, baseline
