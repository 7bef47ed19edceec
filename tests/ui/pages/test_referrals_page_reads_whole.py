"""The referrals page read on a counter's screen, in English and Chinese (issue 20's trial): the
chain tree showed "Cus…" and "付俊超（已在回收…" for names, dragging its header did nothing,
the months table read "ew customer file" and "referral (convert", the Chinese leaderboard said
介绍 where the sheet says 介绍人数, and the top of a chain had its numbers on the left."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.purchases import PurchaseDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.shell.main_window import MainWindow
from custdesk.ui.widgets.chain_tree import (
    TREE_BELOW,
    TREE_BELOW_SPENT,
    TREE_GENERATION,
    TREE_NAME,
    TREE_SPENT,
)
from tests.ui.screen_fit import TITLE_BAR, settle

MakeWindow = Callable[[], MainWindow]
SCREENS = {"1366x768": (1366, 768), "1024x560": (1024, 560)}
TEXT_MARGINS = 6  # what an item view leaves either side of a cell's text (3 px each)
REFERRED_ON = dt.date(2026, 11, 1)
REFERRER_TYPE = 1  # the leaderboard's column, shown last

# Who brought whom: (referred, referrer), generation by generation; the longest names deepest.
CHAIN = [
    ("付俊超", "高峰波"),
    ("Jack Clarke", "高峰波"),
    ("欧阳佳思", "Jack Clarke"),
    ("司马春", "欧阳佳思"),
    ("Zoë O'Brien-Fitzgerald", "司马春"),
    ("Alexandra Montgomery", "Zoë O'Brien-Fitzgerald"),
]


def fill_chain(
    context: AppContext, amounts: dict[str, str] | None = None, referrer_kind: str | None = None
) -> int:
    """高峰波's chain, 付俊超 (bought 19.99) in the Trash; each other one bought 0.29, or what
    ``amounts`` gives them; each referrer profiled as ``referrer_kind`` when given."""
    amounts = {"付俊超": "19.99", **(amounts or {})}
    services = context.services
    names = ["高峰波", *(referred for referred, _ in CHAIN)]
    ids = {name: services.customers.create(CustomerDraft(name=name)).id for name in names}
    for referred, referrer in CHAIN:
        services.referrals.set_referrer(
            ids[referred], ids[referrer], referred_on=REFERRED_ON, status="converted"
        )
        if referrer_kind is not None:
            services.referrals.set_referrer_kind(ids[referrer], referrer_kind)
        amount = amounts.get(referred, "0.29")
        services.purchases.record(ids[referred], PurchaseDraft(REFERRED_ON, "茶", amount))
    services.customers.trash(ids["付俊超"])
    return ids["高峰波"]


def open_referrals(make_window: MakeWindow, qtbot: QtBot, screen: str) -> MainWindow:
    """The window at the screen's size, the referrals page at All time, the top referrer's
    chain opened with a click on the leaderboard."""
    window = make_window()
    width, height = SCREENS[screen]
    window.resize(width, height - TITLE_BAR)
    window.navigation.select("referrals")
    page = window.referrals_page
    page.period_combo.setCurrentIndex(page.period_combo.findData("all"))
    settle()
    table = page.leaderboard_table
    first_row = table.visualRect(page.leaderboard.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    settle()
    return window


def items(tree_root: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    yield tree_root
    for index in range(tree_root.childCount()):
        yield from items(tree_root.child(index))


def cut_names(window: MainWindow) -> list[str]:
    """The names the tree shows cut off: narrower than their text, or out of the view."""
    tree = window.referrals_page.tree
    metrics = QFontMetrics(tree.font())
    view = tree.viewport().width()
    cut = []
    for item in items(tree.topLevelItem(0)):
        cell = tree.visualRect(tree.indexFromItem(item, TREE_NAME))
        needed = metrics.horizontalAdvance(item.text(TREE_NAME)) + TEXT_MARGINS
        if cell.width() < needed or cell.left() + needed > view:
            cut.append(f"{item.text(TREE_NAME)}: {cell.width()} of {needed} px")
    return cut


# At 1024 the names give way to the money: test_referrals_page_key_figures_in_sight.
@pytest.mark.parametrize("screen", ["1366x768"])
def test_the_chain_tree_shows_every_name_whole(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, language: str, screen: str
) -> None:
    fill_chain(context)
    window = open_referrals(make_window, qtbot, screen)
    tree = window.referrals_page.tree
    assert tree.topLevelItem(0).text(TREE_NAME) == "高峰波"
    assert tree.topLevelItem(0).childCount() == 2
    assert cut_names(window) == []


def test_the_clerk_can_drag_the_name_column_wider(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    fill_chain(context)
    window = open_referrals(make_window, qtbot, "1366x768")
    header = window.referrals_page.tree.header()
    before = header.sectionSize(TREE_NAME)
    edge = QPoint(header.sectionViewportPosition(TREE_NAME) + before - 1, header.height() // 2)
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(viewport, edge + QPoint(40, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=edge + QPoint(40, 0))
    assert header.sectionSize(TREE_NAME) == before + 40


def unreadable_headers(header: QHeaderView, scrolled_to: tuple[int, ...] = ()) -> list[str]:
    """Titles the header paints cut: a line of the title, wrapped at spaces as Qt wraps it,
    wider than its section, more lines than the header is high, or the section out of view
    (but for ``scrolled_to``: sections the table may scroll sideways to, whole there)."""
    font = QFont(header.font())
    font.setBold(True)  # a highlighted section (the selected row's) is painted bold
    metrics = QFontMetricsF(font)  # fractional, as Qt lays a title out
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for section in range(header.count()):
        text = header.model().headerData(section, Qt.Orientation.Horizontal)
        room = header.sectionSize(section) - 2 * margin
        lines = wrap(text, metrics, room)
        tall = len(lines) * metrics.lineSpacing()
        right = header.sectionViewportPosition(section) + header.sectionSize(section)
        if (
            any(metrics.horizontalAdvance(line) > room for line in lines)
            or tall > header.height()
            or (right > header.viewport().width() and section not in scrolled_to)
        ):
            cut.append(f"{text!r}: {lines} in {room}x{header.height()} px, right edge {right}")
    return cut


def wrap(text: str, metrics: QFontMetricsF, room: int) -> list[str]:
    lines: list[str] = []
    for word in text.split(" "):
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= room:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_leaderboard_and_months_headers_read_whole(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, language: str, screen: str
) -> None:
    fill_chain(context)
    window = open_referrals(make_window, qtbot, screen)
    page = window.referrals_page
    cut = {
        # The referrer's type, after the figures, is what the narrow screen scrolls to.
        "leaderboard": unreadable_headers(
            page.leaderboard_table.horizontalHeader(), scrolled_to=(REFERRER_TYPE,)
        ),
        "months": unreadable_headers(page.shares_table.horizontalHeader()),
    }
    assert cut == {"leaderboard": [], "months": []}
    referred = page.leaderboard.headerData(2, Qt.Orientation.Horizontal)
    assert referred == ("介绍人数" if language == "zh_CN" else "Referred")  # as the sheet says


def test_the_top_of_the_chain_has_its_numbers_on_the_right_as_its_people_below(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    fill_chain(context)
    window = open_referrals(make_window, qtbot, "1366x768")
    root = window.referrals_page.tree.topLevelItem(0)
    jack = root.child(1)
    assert [root.text(c) for c in (TREE_GENERATION, TREE_BELOW, TREE_BELOW_SPENT)] == [
        "0",
        "5",  # 付俊超 in the Trash is not counted
        "¥1.45",
    ]
    assert (jack.text(TREE_NAME), jack.text(TREE_SPENT)) == ("Jack Clarke", "¥0.29")
    right = Qt.AlignmentFlag.AlignRight
    for column in (TREE_GENERATION, TREE_SPENT, TREE_BELOW, TREE_BELOW_SPENT):
        assert Qt.AlignmentFlag(root.textAlignment(column)) & right, column
        assert Qt.AlignmentFlag(jack.textAlignment(column)) & right, column
