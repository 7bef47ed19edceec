"""The figures of ``make bench``, one module per figure (or per family sharing one measurement),
in the order of its table.

Each module has ``KEY`` (its name in results.json), ``UNIT`` ("s" or "bytes"),
``FRESH_PROCESSES`` (timed in fresh processes rather than in this one) and
``measure(database) -> {figure name: (CustDesk runs, raw baseline runs)}``.
"""

from __future__ import annotations

from types import ModuleType

from benchmarks.figures import (
    customer_list,
    excel,
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
    memory,
)
