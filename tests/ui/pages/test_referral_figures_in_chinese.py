"""The referrals page in Chinese: the leaderboard's and the tree's spending are named apart and
say what they count, generations are numbered as the chains sheet numbers them, and a customer
in the Trash stands in the tree without being counted (issue 20)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt

from custdesk.app import AppContext
from custdesk.services.customers.purchases import PurchaseDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.shell.main_window import MainWindow
from custdesk.ui.widgets.chain_tree import TREE_BELOW_SPENT, TREE_GENERATION

MakeWindow = Callable[[], MainWindow]
HEADER = Qt.Orientation.Horizontal


def test_the_chain_in_chinese_counts_nobody_in_the_trash(
    chinese: None, context: AppContext, make_window: MakeWindow
) -> None:
    """甲 brought 乙 (bought 19.99) and 丙 (bought 0.29, then put in the Trash), who had
    brought 丁 (bought 5.00)."""
    services = context.services
    ids = {name: services.customers.create(CustomerDraft(name=name)).id for name in "甲乙丙丁"}
    referred_on = dt.date(2026, 1, 5)
    for referred, referrer, amount in (
        ("乙", "甲", "19.99"),
        ("丙", "甲", "0.29"),
        ("丁", "丙", "5"),
    ):
        services.referrals.set_referrer(
            ids[referred], ids[referrer], referred_on=referred_on, status="converted"
        )
        services.purchases.record(ids[referred], PurchaseDraft(referred_on, "茶", amount))
    services.customers.trash(ids["丙"])
    window = make_window()
    window.navigation.select("referrals")
    page = window.referrals_page
    page.period_combo.setCurrentIndex(page.period_combo.findData("all"))

    board = page.leaderboard
    header = [board.headerData(i, HEADER) for i in range(board.columnCount())]
    assert header[4:] == ["所介绍客户的消费", "整条链"]
    assert "被介绍那天起" in board.headerData(4, HEADER, Qt.ItemDataRole.ToolTipRole)
    assert "回收站中的客户不计" in board.headerData(5, HEADER, Qt.ItemDataRole.ToolTipRole)
    assert [board.index(0, column).data() for column in (0, 2, 4, 5)] == ["甲", "1", "¥19.99", "2"]

    page.show_chain(ids["甲"])
    tree = page.tree.headerItem()
    assert [tree.text(i) for i in range(tree.columnCount())][1:] == [
        "代",
        "状态",
        "本人被介绍后消费",
        "下线人数",
        "下线整条链消费",
    ]
    assert tree.toolTip(TREE_GENERATION).startswith("1 = 由本树顶端的客户直接介绍")
    assert "整条链的消费" in tree.toolTip(TREE_BELOW_SPENT)
    root = page.tree.topLevelItem(0)
    assert [root.text(column) for column in (0, 4, 5)] == ["甲", "2", "¥24.99"]  # 乙 and 丁
    rows = {root.child(i).text(0): root.child(i) for i in range(root.childCount())}
    trashed = rows["丙（已在回收站）"]
    assert [trashed.text(column) for column in (1, 3, 4, 5)] == ["1", "", "1", "¥5.00"]
    assert [trashed.child(0).text(column) for column in (0, 1, 3)] == ["丁", "2", "¥5.00"]
    assert [rows["乙"].text(column) for column in (1, 3)] == ["1", "¥19.99"]
