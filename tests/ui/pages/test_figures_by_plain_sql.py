"""The independent check of issue 20, for the window: what the Reports, Complaints, Today and
Referrals pages show on the demo shop with the Trash and two merges (tests/figures/demo_shop),
against plain SQL of the README's definitions (tests/figures/plain_sql.py). The workbook and
``custdesk due`` are checked in tests/figures."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext, open_app
from custdesk.periods import month_keys
from custdesk.services.contacts.work_list import WorkKind
from custdesk.ui.shell.main_window import MainWindow
from tests.conftest import DEMO_TODAY
from tests.figures import plain_sql as sql
from tests.figures.demo_shop import NOW, SINCE, UNTIL, WEEK_END, DemoShop, build_demo_shop

MakeWindow = Callable[[], MainWindow]
LAST_30_DAYS = DEMO_TODAY - dt.timedelta(days=29)
THIS_MONTH = dt.date(2026, 11, 1)


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> DemoShop:
    return build_demo_shop(migrated_template, tmp_path_factory.mktemp("demo"))


@pytest.fixture
def context(demo_shop: DemoShop, db_path: Path) -> Iterator[AppContext]:
    """The window's shop is a copy of the module's demo shop, opened at NOW."""
    db_path.parent.mkdir(parents=True)
    shutil.copyfile(demo_shop.path, db_path)
    with shop_clock.frozen_at(NOW), open_app(db_path) as ctx:
        yield ctx


@pytest.fixture
def window(make_window: MakeWindow) -> Iterator[MainWindow]:
    with shop_clock.frozen_at(NOW):
        yield make_window()


@pytest.fixture
def con(context: AppContext) -> Iterator[sqlite3.Connection]:
    connection = sql.connect(context.db_path)
    yield connection
    connection.close()


def cents(shown: str) -> int:
    """¥9,147.00 as shown -> 914700."""
    return int(re.sub(r"\D", "", shown))


def table(window: MainWindow, card: str) -> list[tuple[Any, ...]]:
    """A chart's figures, as its Excel… button writes them."""
    shown = window.reports_page.cards[card].table
    assert shown is not None, f"{card} drew nothing"
    return [tuple(row) for row in shown.rows]


def test_the_reports_page_shows_each_months_figures(
    window: MainWindow, con: sqlite3.Connection
) -> None:
    window.navigation.select("reports")
    page = window.reports_page
    page.refresher.refresh_now()
    assert page.period() == (SINCE, UNTIL)  # the last 12 months, as the workbook's
    months = month_keys(SINCE, UNTIL)
    files, buyers = sql.new_files(con, SINCE, UNTIL), sql.first_time_buyers(con, SINCE, UNTIL)
    won, leads = sql.came_by_referral(con, SINCE, UNTIL), sql.referral_leads(con, SINCE, UNTIL)
    visits, rated = sql.visits(con, SINCE, UNTIL), sql.satisfaction(con, SINCE, UNTIL)
    complaints = sql.complaints(con, SINCE, UNTIL)
    assert table(window, "new_customers") == [
        (m, files.get(m, 0), buyers.get(m, 0)) for m in months
    ]
    assert [row[:4] for row in table(window, "referral_share")] == [
        (m, files.get(m, 0), won.get(m, 0), leads.get(m, 0)) for m in months
    ]
    assert [(row[0], row[-1]) for row in table(window, "visits")] == [
        (m, visits.get(m, 0)) for m in months
    ]
    assert table(window, "satisfaction") == [
        (
            m,
            rated.get(m, (0, 0))[0],
            round(rated[m][1], 2) if m in rated else None,
        )
        for m in months
    ]
    assert [row[:3] for row in table(window, "complaints")] == [
        (m, *complaints.get(m, (0, 0))) for m in months
    ]
    new, quick = sum(files.values()), sum(q for _n, q in complaints.values())
    received = sum(n for n, _q in complaints.values())
    summary = page.summary_label.text()
    assert (
        f": {new} new files, {sum(buyers.values())} first-time buyers, "
        f"{round(100 * sum(won.values()) / new)}% came by referral · {sum(visits.values())} "
        f"visits · {received} complaints, {round(100 * quick / received)}% resolved the same day"
    ) in summary


def test_the_reports_pages_top_referrers_are_the_boards_first_ten(
    window: MainWindow, con: sqlite3.Connection
) -> None:
    window.navigation.select("reports")
    window.reports_page.refresher.refresh_now()
    board = sql.leaderboard(con, SINCE, UNTIL)
    assert table(window, "top_referrers") == [row[:4] for row in board[:10]]
    shown = window.reports_page.cards["top_referrers"].table
    assert shown is not None and shown.left_out == f"Top 10 of {len(board)} referrers shown"


def test_the_complaints_page_counts_the_open_ones_and_the_rate(
    window: MainWindow, con: sqlite3.Connection
) -> None:
    window.navigation.select("complaints")
    quick, received = sql.same_day_rate(con, LAST_30_DAYS, DEMO_TODAY)
    assert window.complaints_page.summary_label.text() == (
        f"Open: {sql.open_complaints(con)} · Same day in the last 30 days: "
        f"{round(100 * quick / received)}% ({quick} of {received})"
    )


def test_today_shows_each_sections_count(window: MainWindow, con: sqlite3.Connection) -> None:
    page = window.today_page
    lines = Counter(item.kind for item in page.work_list.model.records())
    due = sql.follow_ups_due(con, DEMO_TODAY)
    birthdays_today = sql.birthdays(con, DEMO_TODAY, DEMO_TODAY)
    assert (
        lines
        == Counter(
            {
                WorkKind.OPEN_COMPLAINT: sql.open_complaints(con),
                WorkKind.OVERDUE: due["overdue"],
                WorkKind.DUE_TODAY: due["due_today"],
                WorkKind.CHECK_BACK: due["check_back"],
                WorkKind.BIRTHDAY: birthdays_today,
            }
        )
        - Counter()
    )  # kinds with no line are not in the list
    bar = page.lesser_lists.tab_bar
    listed, quiet = sql.gone_quiet(con, DEMO_TODAY)
    coming = sql.birthdays(con, DEMO_TODAY, WEEK_END) - birthdays_today
    assert [bar.tabText(i) for i in range(bar.count()) if i != 1] == [
        f"Birthdays to come ({coming})",
        f"Gone quiet ({listed} of {quiet})",
        f"Rewards owed ({sql.rewards_owed(con)})",
    ]
    assert window.agenda_label.text() == (
        f"To do today: {sum(lines.values())} · Open complaints: {sql.open_complaints(con)}"
    )


@pytest.mark.parametrize(("key", "since"), [(None, THIS_MONTH), (Qt.Key.Key_End, None)])
def test_the_referrals_page_leaderboard_and_counts(
    key: Qt.Key | None,
    since: dt.date | None,
    window: MainWindow,
    con: sqlite3.Connection,
    qtbot: QtBot,
) -> None:
    """This month, as it opens; then All time, the last of the periods."""
    window.navigation.select("referrals")
    page = window.referrals_page
    if key is not None:
        page.period_combo.setFocus()
        qtbot.keyClick(page.period_combo, key)
    model = page.leaderboard
    shown = [
        tuple(model.index(row, column).data() for column in (0, 2, 3, 4, 5))
        for row in range(model.rowCount())
    ]
    board = sql.leaderboard(con, since, DEMO_TODAY)
    assert page.period(DEMO_TODAY) == (since, DEMO_TODAY)
    read = [
        (name, int(n), int(won), cents(spent), int(chain)) for name, n, won, spent, chain in shown
    ]
    assert read == board[:20]
    referred, converted = sql.referral_counts(con, since or dt.date.min, DEMO_TODAY)
    assert page.figures_label.text().startswith(
        f"Referrals: {referred} · Converted: {converted} ({round(100 * converted / referred)}%)"
    )
