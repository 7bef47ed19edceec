from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from custdesk import __version__
from custdesk.app import AppContext
from custdesk.services.shop.demo import generate_demo
from custdesk.ui.dialogs.about_dialog import AboutDialog
from custdesk.ui.pages.reports_page import ReportsPage
from custdesk.ui.shell.main_window import MainWindow

PAGES = ["today", "customers", "visits", "referrals", "complaints", "reports", "backups"]
MakeWindow = Callable[[], MainWindow]


def navigation_texts(window: MainWindow) -> list[str]:
    """The page names, without the counts shown beside some of them."""
    texts = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    return [text.split("  (")[0] for text in texts]


def test_window_opens_on_today_with_every_page_listed(make_window: MakeWindow) -> None:
    window = make_window()
    assert [window.navigation.key_at(r) for r in range(window.navigation.count())] == PAGES
    assert navigation_texts(window) == [
        "Today",
        "Customers",
        "Visits",
        "Referrals",
        "Complaints",
        "Reports",
        "Backups",
    ]
    assert window.current_page().objectName() == "page_today"
    assert window.windowTitle() == "CustDesk — Customer Files"


def test_clicking_a_page_in_the_navigation_shows_it(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    item = window.navigation.item(PAGES.index("reports"))
    rect = window.navigation.visualItemRect(item)
    with qtbot.waitSignal(window.navigation.page_selected) as signal:
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["reports"]
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    assert page.cards["new_customers"].title == "New customers per month"


def test_keyboard_moves_between_pages(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_page().objectName() == "page_customers"
    go_actions = window.menuBar().actions()[2].menu().actions()
    assert [a.shortcut().toString() for a in go_actions] == [f"Ctrl+{n}" for n in range(1, 8)]
    go_actions[PAGES.index("reports")].trigger()
    assert window.current_page().objectName() == "page_reports"


def test_status_bar_counts_the_customers(context: AppContext, make_window: MakeWindow) -> None:
    generate_demo(context.db, 1234, seed=2, today=dt.date(2026, 11, 22))
    window = make_window()
    assert window.count_label.text() == "Customers: 1,234"
    assert window.path_label.text() == str(context.db_path)


def test_the_interface_speaks_chinese(
    chinese: None, context: AppContext, make_window: MakeWindow
) -> None:
    generate_demo(context.db, 1234, seed=2, today=dt.date(2026, 11, 22))
    window = make_window()
    assert navigation_texts(window) == [
        "今日",
        "客户",
        "回访记录",
        "转介绍",
        "投诉",
        "报表",
        "备份",
    ]
    assert window.windowTitle() == "客户档案台"
    assert window.count_label.text() == "客户：1,234 位"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "转到(&G)", "帮助(&H)"]


def test_help_explains_the_stage_rules_with_the_shops_thresholds(
    context: AppContext, make_window: MakeWindow
) -> None:
    context.services.settings.update(dormant_after_days=60)
    window = make_window()
    box = window.show_stage_rules()
    assert "no visit, call or purchase for 60 days" in box.text()
    assert "¥20,000.00" in box.text()
    box.close()


def test_ctrl_f_finds_a_customer_from_any_page(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.navigation.select("reports")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().objectName() == "page_customers"
    assert window.customers_page.search_box.hasFocus()


def test_about_names_the_version_and_the_file(context: AppContext, make_window: MakeWindow) -> None:
    window = make_window()
    about_action = window.menuBar().actions()[3].menu().actions()[-1]
    assert about_action.text() == "&About CustDesk"
    about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert f"Version {__version__}" in dialog.title_label.text()
    assert str(context.db_path) in dialog.file_label.text()
    dialog.reject()


def test_window_size_and_splitters_are_remembered(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(900, 650)  # the offscreen screen is 800x800: a size that fits it
    window.navigation.select("referrals")
    splitter = window.findChild(QSplitter, "referralsSplitter")
    splitter.setSizes([300, 600])
    remembered = splitter.sizes()
    window.close()  # as the clerk leaves

    again = make_window()
    assert (again.width(), again.height()) == (900, 650)  # not the first-start 1180x760
    again.navigation.select("referrals")
    assert again.findChild(QSplitter, "referralsSplitter").sizes() == remembered


def test_the_status_bar_counts_what_is_waiting(
    context: AppContext, make_window: MakeWindow
) -> None:
    generate_demo(context.db, 300, seed=2, today=dt.date.today())
    window = make_window()
    counts = context.services.agenda.counts()
    assert window.agenda_label.text() == (
        f"To do today: {counts.to_do:,} · Open complaints: {counts.open_complaints:,}"
    )
