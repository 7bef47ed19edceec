"""Quick filters (stage, temperament, tag, open complaint, birthday month), alone and with a
search on top, measured as the search figure is: the service against the same SQL raw."""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import Runs
from benchmarks.figures.search import search_figures

KEY = "quick-filters"
UNIT = "s"
FRESH_PROCESSES = False


def quick_filters() -> list[object]:
    """Each quick filter alone, and with a search typed on top (as a clerk narrows down)."""
    from custdesk.services.customers.customer_list import CustomerFilter

    stages = ("prospect", "new", "regular", "vip", "dormant", "lost")
    temperaments = ("irritable", "dependent", "picky", "early_trier", "rational")
    alone = [CustomerFilter(stage=stage) for stage in stages]
    alone += [CustomerFilter(temperament=kind) for kind in temperaments]
    alone += [CustomerFilter(tag=tag) for tag in ("老客户", "团购", "VIP候选")]
    alone += [CustomerFilter(has_open_complaint=True), CustomerFilter(birthday_month=11)]
    narrowed = [
        CustomerFilter(text="zhang", stage="regular"),
        CustomerFilter(text="王", temperament="picky"),
        CustomerFilter(text="138", birthday_month=11),
    ]
    return [*alone, *narrowed]


def measure(database: Path) -> Runs:
    return {
        f"quick filters ({len(quick_filters())}, alone and with a search)": search_figures(
            database, quick_filters()
        )
    }
