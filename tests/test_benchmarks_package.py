"""make bench's figure modules: the registry, FIGURE= selection and the results.json merge;
nothing here measures anything."""

from __future__ import annotations

import inspect
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import benchmarks
import pytest
from benchmarks import figures
from benchmarks.figures import FIGURES, KEYS, UnknownFigureError, chosen
from benchmarks.table import merge_results

ROOT = Path(benchmarks.__file__).resolve().parent.parent


def test_every_figure_module_is_registered_and_has_the_interface() -> None:
    modules = {info.name for info in pkgutil.iter_modules(figures.__path__)}
    assert modules == {figure.__name__.rsplit(".", 1)[1] for figure in FIGURES}
    for figure in FIGURES:
        assert isinstance(figure.KEY, str) and figure.KEY, figure.__name__
        assert figure.UNIT in {"s", "bytes"}, figure.__name__
        assert isinstance(figure.FRESH_PROCESSES, bool), figure.__name__
        assert list(inspect.signature(figure.measure).parameters) == ["database"]


def test_keys_are_unique_and_choosing_keeps_the_table_order() -> None:
    assert len(set(KEYS)) == len(KEYS)
    assert chosen(None) == chosen("") == FIGURES
    picked = chosen(f" {KEYS[-1]},{KEYS[0]} ")
    assert [figure.KEY for figure in picked] == [KEYS[0], KEYS[-1]]


def test_an_unknown_figure_is_refused_naming_the_known_keys() -> None:
    with pytest.raises(UnknownFigureError, match=r"^unknown figure nosuch; known figures: "):
        chosen(f"{KEYS[0]},nosuch")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--figure", "nosuch"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    message = done.stderr.strip()
    assert "\n" not in message and "nosuch" in message
    assert all(key in message for key in KEYS)


def entry(ratio: float, key: str | None) -> dict[str, object]:
    figure: dict[str, object] = {"custdesk": {}, "baseline": {}, "ratio": ratio}
    return figure if key is None else {**figure, "key": key}


def test_a_partial_run_keeps_the_other_figures_in_results_json(tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    earlier = {
        "customers": 100000,
        "machine": "old",
        "figures": {
            "cold start": entry(8.0, "start-up"),
            "export (100,000 rows)": entry(1.5, "excel"),
            "import 100,000": entry(1.3, "excel"),
            "Today agenda": entry(1.4, None),  # written before entries had keys
            "Today page": entry(2.0, None),
            "peak memory": entry(3.4, "memory"),
        },
    }
    path.write_text(json.dumps(earlier))
    run = {
        "customers": 2000,
        "machine": "new",
        "figures": {
            "Today agenda": entry(4.4, "today"),
            "Today page": entry(11.9, "today"),
            "export (2,000 rows)": entry(1.1, "excel"),
            "import 2,000": entry(1.2, "excel"),
        },
    }

    merged = merge_results(path, run)

    assert list(merged["figures"]) == [
        "cold start",
        "export (2,000 rows)",
        "import 2,000",
        "Today agenda",
        "Today page",
        "peak memory",
    ]
    assert merged["customers"] == 2000 and merged["machine"] == "new"
    assert merged["figures"]["Today page"] == entry(11.9, "today")
    assert merged["figures"]["import 2,000"] == entry(1.2, "excel")
    for name in ("cold start", "peak memory"):
        kept = merged["figures"][name]
        assert kept["ratio"] == earlier["figures"][name]["ratio"]  # type: ignore[index]
        assert (kept["customers"], kept["machine"]) == (100000, "old")


def test_merging_into_no_file_is_the_run_itself(tmp_path: Path) -> None:
    run = {"customers": 2000, "machine": "new", "figures": {"peak memory": entry(3.0, "memory")}}
    assert merge_results(tmp_path / "results.json", run) == run
