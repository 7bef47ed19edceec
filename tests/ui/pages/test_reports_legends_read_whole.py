"""Every chart's legend reads whole words (issue 20's second trial: "Visits per month" said
"Phone c…" in a window on a 1366x768 screen), whatever the window's width, in English and
Chinese."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCharts import QLegend
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.shop.demo import generate_demo
from custdesk.ui.shell.main_window import MainWindow
from tests.conftest import DEMO_TODAY
from tests.ui.screen_fit import TITLE_BAR, settle

MakeWindow = Callable[[], MainWindow]
# Client areas: a 1024x600 screen's, a 1366x768 one's, and the trial's window on that screen.
WINDOWS = {"1024x600": (1024, 600), "1180 on 1366x768": (1180, 768), "1366x768": (1366, 768)}


def shown_labels(legend: QLegend) -> list[tuple[str, float, float]]:
    """Each entry's label, the width its whole text needs and the width Qt drew it: an
    entry's graphics item holds its coloured square and its text (elided when too narrow)."""
    (group,) = legend.childItems()
    entries: list[QGraphicsItem] = group.childItems()
    metrics = QFontMetricsF(legend.font())
    shown = []
    for marker, entry in zip(legend.markers(), entries, strict=True):
        (text,) = [c for c in entry.childItems() if not isinstance(c, QGraphicsRectItem)]
        needed = metrics.horizontalAdvance(marker.label())
        shown.append((marker.label(), needed, text.boundingRect().width()))
    return shown


@pytest.mark.parametrize("window_size", list(WINDOWS))
def test_every_legend_label_is_drawn_whole(
    qtbot: QtBot,
    context: AppContext,
    make_window: MakeWindow,
    language: str,
    window_size: str,
) -> None:
    generate_demo(context.db, 300, seed=3, today=DEMO_TODAY)
    with shop_clock.frozen_at(dt.datetime.combine(DEMO_TODAY, dt.time(12))):
        window = make_window()
        width, height = WINDOWS[window_size]
        window.resize(width, height - TITLE_BAR)
        window.navigation.select("reports")
        settle()
        cut = {}
        legends = 0
        for key, card in window.reports_page.cards.items():
            legend = card.view.chart().legend()
            if card.is_empty() or not legend.isVisible():
                continue
            legends += 1
            for label, needed, drawn in shown_labels(legend):
                if drawn < needed:
                    cut[f"{key}: {label}"] = f"{drawn:.0f} of {needed:.0f} px"
        assert legends >= 3  # new files, visits and complaints have one
        assert cut == {}
        visits = [
            m.label() for m in window.reports_page.cards["visits"].view.chart().legend().markers()
        ]
        assert len(visits) >= 5  # the demo shop logs every kind of visit: a long legend
