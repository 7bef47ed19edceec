"""The figures of ``make bench``, one module per figure (or per family sharing one measurement),
in the order of its table.

Each module has ``KEY`` (what ``--figure`` / ``FIGURE=`` takes), ``UNIT`` ("s" or "bytes"),
``FRESH_PROCESSES`` (timed in fresh processes rather than in this one) and
``measure(database) -> {figure name: (CustDesk runs, raw baseline runs)}``.
"""

from __future__ import annotations

from types import ModuleType

from benchmarks.figures import (
    customer_list,
    excel,
    import_file,
    import_memory,
    memory,
    quick_filters,
    referrals,
    search,
    startup,
    today,
)

FIGURES: tuple[ModuleType, ...] = (
    startup,
    search,
    quick_filters,
    customer_list,
    today,
    referrals,
    excel,
    import_file,
    memory,
    import_memory,
)
KEYS = tuple(figure.KEY for figure in FIGURES)


class UnknownFigureError(ValueError):
    pass


def chosen(keys: str | None) -> tuple[ModuleType, ...]:
    """The figure modules named in ``keys`` (comma-separated), in table order; all when none."""
    wanted = {key.strip() for key in (keys or "").split(",") if key.strip()}
    unknown = sorted(wanted - set(KEYS))
    if unknown:
        raise UnknownFigureError(
            f"unknown figure {', '.join(unknown)}; known figures: {', '.join(KEYS)}"
        )
    return tuple(figure for figure in FIGURES if not wanted or figure.KEY in wanted)
