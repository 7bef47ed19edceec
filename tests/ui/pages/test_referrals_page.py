"""Referrals as a clerk records them in the customer form and the owner reads them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

MakeWindow = Callable[[], MainWindow]

LEFT = Qt.MouseButton.LeftButton


def test_a_referrer_set_in_the_form_shows_in_the_tree_and_the_leaderboard(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customers = context.services.customers
    zhang = customers.create(CustomerDraft(name="张三")).id
    li = customers.create(CustomerDraft(name="李四")).id
    window = make_window()
    window.navigation.select("customers")
    form = window.customers_page.edit_customer(li)
    panel = form.referral_panel
    assert panel is not None
    assert panel.referrer_label.text() == "Nobody (came on their own)"
    type_text(qtbot, panel.picker.search_box, "zs")
    assert panel.picker.customer_id() == zhang
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("converted"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.referrer_label.text().startswith("<b>张三</b>")
    assert panel.error_label.isHidden()
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    # 张三 cannot now be brought in by 李四: the form says why and saves nothing.
    form = window.customers_page.edit_customer(zhang)
    panel = form.referral_panel
    assert panel is not None
    assert panel.brought_label.text() == "Brought in: 1"
    type_text(qtbot, panel.picker.search_box, "ls")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "loop" in panel.error_label.text()
    assert context.services.referrals.referral_of(zhang) is None
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("friendship"))
    panel.kind_combo.activated.emit(panel.kind_combo.currentIndex())
    assert "gift" in panel.thanks_label.text()
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert context.services.referrals.referral_of(zhang) is None  # the loop was never kept

    window.navigation.select("referrals")
    page = window.referrals_page
    page.period_combo.setCurrentIndex(page.period_combo.findData("all"))
    board = page.leaderboard
    assert (board.index(0, 0).data(), board.index(0, 1).data()) == ("张三", "Friendship")
    assert board.index(0, 2).data() == "1" and board.index(0, 3).data() == "1"
    page.leaderboard_table.selectRow(0)
    root = page.tree.topLevelItem(0)
    assert root.text(0) == "张三"
    assert [root.child(i).text(0) for i in range(root.childCount())] == ["李四"]
    assert "brought in 1 directly" in page.chain_label.text()

    # A reward noted on the chain is owed on Today until it is given.
    page.tree.setCurrentItem(root.child(0))
    dialog = page.reward_selected()
    assert dialog is not None
    assert dialog.kind_combo.currentData() == "gift"  # suggested for a friendship referrer
    type_text(qtbot, dialog.value_edit, "88")
    dialog.save()
    assert page.lower_tabs.tabText(1) == "Rewards owed (1)"
    with qtbot.waitSignal(window.today_page.agenda_loaded):  # Today reads in the background
        window.navigation.select("today")
    rewards = window.today_page.rewards
    assert rewards.title_label.text() == "Referral rewards owed (1)"
    assert rewards.model.index(0, 2).data() == "Gift ¥88.00"
    rewards.table.selectRow(0)
    with qtbot.waitSignal(window.today_page.agenda_loaded):
        qtbot.mouseClick(rewards.action_buttons[0], Qt.MouseButton.LeftButton)
    assert rewards.title_label.text() == "Referral rewards owed (0)"


def test_each_spending_column_says_what_it_counts(make_window: MakeWindow) -> None:
    window = make_window()
    window.navigation.select("referrals")
    page = window.referrals_page
    model = page.leaderboard
    header = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    spent = header.index("Spent by people they referred")
    tip = model.headerData(spent, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("What the people they referred in this period, who converted,")
    tree = page.tree.headerItem()
    assert [tree.text(i) for i in range(tree.columnCount())][3:] == [
        "Own spending since referred",
        "People below",
        "Spent by the chain below",
    ]
    assert "at any depth" in tree.toolTip(5)
