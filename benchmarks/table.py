"""The printed table (figure | CustDesk | raw baseline | ratio) and results.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def milliseconds(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


def cell(figure: dict[str, float], unit: str = "s") -> str:
    if unit == "bytes":
        return f"{figure['median'] / 2**20:.0f} MB (max {figure['p95'] / 2**20:.0f})"
    return f"{milliseconds(figure['median'])} ms (p95 {milliseconds(figure['p95'])})"


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    """A Markdown table; the first row is the header."""
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for index, row in enumerate(rows):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


def merge_results(path: Path, run: dict[str, Any]) -> dict[str, Any]:
    """``run`` (customers, machine, figures) laid over the results already in ``path``, so that
    a run of some figures keeps the others. The figures of a module that ran replace that
    module's earlier ones (told by their "key", or by name in a file written before keys) in
    their place; the others stay, stamped with the size and machine they were measured on when
    this run's differ."""
    previous: dict[str, Any] = json.loads(path.read_text("utf-8")) if path.exists() else {}
    fresh = dict(run["figures"])
    ran = {entry["key"] for entry in fresh.values()}
    figures: dict[str, Any] = {}
    for name, entry in previous.get("figures", {}).items():
        key = entry.get("key") or run["figures"].get(name, {}).get("key")
        if key in ran:
            for new_name in [new for new, figure in fresh.items() if figure["key"] == key]:
                figures[new_name] = fresh.pop(new_name)
            continue
        for field in ("customers", "machine"):
            if field in previous and previous[field] != run[field]:
                entry.setdefault(field, previous[field])
        figures[name] = entry
    figures.update(fresh)  # figures the file did not have yet
    return {**previous, **run, "figures": figures}
