"""The printed table: figure | CustDesk | raw baseline | ratio."""

from __future__ import annotations


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
