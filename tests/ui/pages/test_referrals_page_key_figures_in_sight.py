"""The referrals page on a counter's screen (issue 20's second trial): at 1024x600 in English
the leaderboard's names shrank to "…", and the chain tree's money ("Own spending", "Spent by
the chain below", "¥64,99…") went off its right edge, at 1366x768 too. Names may be elided
where the screen is narrow; the figures never, nor scrolled out of sight."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.ui.shell.main_window import MainWindow
from custdesk.ui.widgets.chain_tree import TREE_BELOW, TREE_BELOW_SPENT, TREE_NAME, TREE_SPENT
from tests.ui.pages.test_referrals_page_reads_whole import (
    SCREENS,
    TEXT_MARGINS,
    fill_chain,
    items,
    open_referrals,
)

MakeWindow = Callable[[], MainWindow]
REFERRER, REFERRED, CONVERTED, SPENT, WHOLE_CHAIN = 0, 2, 3, 4, 5  # the leaderboard's
LEAST_NAME = "Alexa"  # a name elided shows its start at least, never only "…"


def fill_wide_chain(context: AppContext) -> None:
    """The test chain, each referrer of the longest kind ("Favour-for-favour"), the wide
    amounts of a real shop (Jack Clarke's ¥64,992.71 beside ¥0.29), 付俊超's 19.99 in the
    Trash."""
    fill_chain(context, {"Jack Clarke": "64992.71"}, referrer_kind="reciprocal")


def cut_cell(view: QAbstractItemView, index: QModelIndex, least: str | None = None) -> str:
    """What is wrong with a cell as the clerk sees it, unscrolled: narrower than its text
    (or than ``least`` where the text may be elided), or past the view's right edge."""
    text = str(index.data())
    metrics = QFontMetrics(view.font())
    cell = view.visualRect(index)
    needed = metrics.horizontalAdvance(least or text) + TEXT_MARGINS
    if least is not None and metrics.horizontalAdvance(text) <= metrics.horizontalAdvance(least):
        needed = metrics.horizontalAdvance(text) + TEXT_MARGINS
    if cell.width() < needed:
        return f"{text!r}: {cell.width()} of {needed} px"
    if cell.right() >= view.viewport().width():
        return f"{text!r}: right edge {cell.right()} of {view.viewport().width()} px"
    return ""


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_leaderboards_names_have_room_and_its_figures_are_in_sight(
    qtbot: QtBot,
    context: AppContext,
    make_window: MakeWindow,
    language: str,
    screen: str,
) -> None:
    fill_wide_chain(context)
    window = open_referrals(make_window, qtbot, screen)
    table: QTableView = window.referrals_page.leaderboard_table
    model = table.model()
    assert model.rowCount() == 5
    assert table.horizontalScrollBar().value() == 0
    cut = []
    for row in range(model.rowCount()):
        cut.append(cut_cell(table, model.index(row, REFERRER), least=LEAST_NAME))
        for column in (REFERRED, CONVERTED, SPENT, WHOLE_CHAIN):
            cut.append(cut_cell(table, model.index(row, column)))
    assert [problem for problem in cut if problem] == []


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_chain_trees_money_is_in_sight_before_its_names_are_whole(
    qtbot: QtBot,
    context: AppContext,
    make_window: MakeWindow,
    language: str,
    screen: str,
) -> None:
    fill_wide_chain(context)
    window = open_referrals(make_window, qtbot, screen)
    tree = window.referrals_page.tree
    root = tree.topLevelItem(0)
    assert root.text(TREE_NAME) == "高峰波"
    assert root.text(TREE_BELOW_SPENT) == "¥64,993.87"  # 64,992.71 + 0.29 × 4; not the Trash's
    assert tree.horizontalScrollBar().value() == 0
    cut = []
    for item in items(root):
        for column in (TREE_SPENT, TREE_BELOW, TREE_BELOW_SPENT):
            if item.text(column):
                cut.append(cut_cell(tree, tree.indexFromItem(item, column)))
        cut.append(cut_cell(tree, tree.indexFromItem(item, TREE_NAME), least=LEAST_NAME))
    assert [problem for problem in cut if problem] == []
