from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from custdesk import __version__
from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.contacts.visits import VisitDraft, VisitFilter
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.demo import generate_demo
from custdesk.ui.dialogs.about_dialog import AboutDialog
from custdesk.ui.dialogs.complaint_dialog import ComplaintDialog
from custdesk.ui.dialogs.settings_dialog import SettingsDialog
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from custdesk.ui.models.customer_table_model import LAST_CONTACT
from custdesk.ui.pages.reports_page import ReportsPage
from custdesk.ui.shell.error_hook import ErrorReporter
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
    assert window.windowTitle() == "custdesk.db — CustDesk"


def test_clicking_a_page_in_the_navigation_shows_it(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    item = window.navigation.item(PAGES.index("reports"))
    rect = window.navigation.visualItemRect(item)
    with qtbot.waitSignal(window.navigation.page_selected) as signal:
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["reports"]
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    assert page.cards["new_customers"].title == "New files and first-time buyers per month"


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
    assert window.windowTitle() == "custdesk.db — 客户档案台"
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


def test_ctrl_k_takes_down_a_complaint_from_any_page(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.navigation.select("reports")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    form = window.findChild(ComplaintDialog)
    assert form is not None and form.isVisible()
    assert window.current_page().objectName() == "page_complaints"


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
    # The offscreen screen is 800x800, narrower than the window's smallest: Qt brings a wider
    # remembered size within the screen, then the window's minimum. The height tells.
    window.resize(window.minimumWidth(), 650)
    window.navigation.select("referrals")
    splitter = window.findChild(QSplitter, "referralsSplitter")
    splitter.setSizes([300, 600])
    remembered = splitter.sizes()
    window.close()  # as the clerk leaves

    again = make_window()
    assert (again.width(), again.height()) == (window.minimumWidth(), 650)  # not 760 high
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


# -- operations: what a change announcement refreshes, and what it leaves alone ---------------


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, ctrl: bool = True) -> None:
    """A key (with Ctrl) pressed where the focus is, as the clerk's keyboard would."""
    target = QApplication.focusWidget() or window
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(target, key, modifier)


def active(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def log_a_visit_by_keyboard(
    qtbot: QtBot, window: MainWindow, purpose: str, who: str = ""
) -> VisitDialog:
    """Ctrl+L, the customer found by typing ``who`` (when none was selected), Tab on to the
    purpose, typed, Ctrl+Enter (a plain Enter moves on to the next field)."""
    active(qtbot, window)  # back from a dialog (the offscreen platform has no window manager)
    press(qtbot, window, Qt.Key.Key_L)
    dialog = window.findChild(VisitDialog)  # opened from the page, which is its parent
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    if who:
        assert dialog.picker is not None
        qtbot.keyClicks(dialog.picker.search_box, who)
        for _ in range(12):  # Tab walks the date and time's own fields first
            if dialog.focusWidget() is dialog.purpose_edit:
                break
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.purpose_edit
    qtbot.keyClicks(dialog.purpose_edit, purpose)
    qtbot.keyClick(dialog.purpose_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    dialog.deleteLater()  # the next Ctrl+L finds its own
    return dialog


@pytest.fixture
def many_wangs(context: AppContext) -> list[int]:
    """80 customers a search for "wang" finds (more than a screen), and 20 it does not."""
    customers = context.services.customers
    ids = [customers.create(CustomerDraft(name=f"王{n:02d}")).id for n in range(80)]
    for n in range(20):
        customers.create(CustomerDraft(name=f"李{n:02d}"))
    return ids


def test_logging_a_visit_keeps_the_customer_list_where_the_clerk_left_it(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, many_wangs: list[int]
) -> None:
    window = active(qtbot, make_window())
    press(qtbot, window, Qt.Key.Key_F)  # to the list, in the search box
    page = window.customers_page
    qtbot.keyClicks(page.search_box, "wang")
    qtbot.waitUntil(lambda: page.count_label.text() == "80 found")
    first_row = page.table.visualRect(page.model.index(0, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
        qtbot.keyClick(page.table, key)
    chosen = page.selected()
    assert chosen is not None and chosen[0] in many_wangs
    scrolled = page.table.verticalScrollBar().value()
    assert scrolled > 0, "the list should be scrolled for this test to mean anything"
    row = page.table.currentIndex().row()
    assert page.model.index(row, LAST_CONTACT).data() == ""

    log_a_visit_by_keyboard(qtbot, window, "follow up on the coat")

    logged = context.services.visits.visits(VisitFilter(customer_id=chosen[0]))
    assert [v.purpose for v in logged] == ["follow up on the coat"]
    assert page.search_box.text() == "wang" and page.model.rowCount() == 80
    assert page.selected() == chosen
    assert page.table.currentIndex().row() == row
    assert page.table.verticalScrollBar().value() == scrolled
    assert page.model.index(row, LAST_CONTACT).data() != ""  # the row itself followed


def test_a_visit_that_moves_the_customer_in_the_order_keeps_them_selected(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, many_wangs: list[int]
) -> None:
    window = active(qtbot, make_window())
    press(qtbot, window, Qt.Key.Key_2)
    page = window.customers_page
    header = page.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(LAST_CONTACT) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)  # by last contact
    third_row = page.table.visualRect(page.model.index(2, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=third_row)
    chosen = page.selected()
    assert chosen is not None
    before = page.model.row_of(chosen[0])

    log_a_visit_by_keyboard(qtbot, window, "new glasses")

    assert page.model.row_of(chosen[0]) != before  # contacted just now: sorted elsewhere
    assert page.selected() == chosen


def test_saving_settings_does_not_read_the_visit_log_again(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer = context.services.customers.create(CustomerDraft(name="张三")).id
    now = dt.datetime.now().replace(second=0, microsecond=0)
    context.services.visits.log(customer, VisitDraft(now - dt.timedelta(hours=1), "store"))
    window = active(qtbot, make_window())
    press(qtbot, window, Qt.Key.Key_3)
    page = window.visits_page
    assert window.current_page() is page and page.model.rowCount() == 1
    reads: list[object] = []
    service = context.services.visits
    read = service.visits
    monkeypatch.setattr(service, "visits", lambda *a, **k: reads.append(a) or read(*a, **k))

    press(qtbot, window, Qt.Key.Key_Comma)  # Settings
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.shop_name_edit, "Lao Wang Optics")
    qtbot.keyClick(dialog.shop_name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.windowTitle() == "Lao Wang Optics — CustDesk"  # it did save
    assert reads == []
    active(qtbot, window)
    press(qtbot, window, Qt.Key.Key_1)  # away to Today and back: nothing to read again
    press(qtbot, window, Qt.Key.Key_3)
    assert reads == [] and page.model.rowCount() == 1

    log_a_visit_by_keyboard(qtbot, window, "call back", who="zs")  # a change the log shows
    assert len(reads) == 1 and page.model.rowCount() == 2


def test_a_refused_delete_says_why_in_the_clerks_words_not_as_a_bug(
    qtbot: QtBot,
    chinese: None,
    context: AppContext,
    make_window: MakeWindow,
    shown_messages: list[tuple[str, str]],
) -> None:
    context.services.customers.create(CustomerDraft(name="张三"))
    window = active(qtbot, make_window())
    reporter = ErrorReporter(window)  # as the running app has it: a bug would open its dialog
    reporter.install()
    try:
        press(qtbot, window, Qt.Key.Key_2)
        page = window.customers_page
        first_row = page.table.visualRect(page.model.index(0, 0)).center()
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
        moved = context.db_path.with_name("elsewhere.db")
        context.db_path.rename(moved)  # somebody moved the file while the window had it open
        press(qtbot, window, Qt.Key.Key_Delete, ctrl=False)
        moved.rename(context.db_path)
    finally:
        reporter.uninstall()
    assert shown_messages == [
        (
            "客户档案文件不见了",
            "客户档案在打开期间被删除或移走了，因此不再写入。请把它放回原处（从回收站还原，"
            "或恢复一份备份），然后关闭并重新打开客户档案台。",
        )
    ]
    assert reporter.last_dialog is None
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["张三"]
    assert window.undo_stack.count() == 0  # nothing done, nothing to undo


def test_ctrl_k_on_todays_line_takes_down_a_complaint_about_that_customer(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customer = context.services.customers.create(CustomerDraft(name="郭晶萍")).id
    context.services.follow_ups.schedule(customer, shop_clock.today(), "回访")
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    work_list = window.today_page.work_list
    qtbot.waitUntil(lambda: work_list.model.rowCount() == 1)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)  # into the work list, its line selected
    qtbot.keyClick(work_list.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    form = window.findChild(ComplaintDialog)
    assert form is not None
    assert form.chosen_customer_id() == customer
