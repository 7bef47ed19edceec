from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext, Services, build_services, open_app
from custdesk.storage.db import Database
from custdesk.ui.common import messages
from custdesk.ui.common.i18n import install_translators
from custdesk.ui.shell.main_window import MainWindow


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The shell's tests (start-up, recovery, the main window) run first of the window tests.

    With PySide6 6.12, a real modal dialog shown late in a long window session (the start-up
    tests answer QMessageBox.question from the keyboard) leaves True and False references short:
    every test passes, then the interpreter aborts at exit with "bool_dealloc" (exit 134). Main
    does it too when the form and tab-order tests run before the start-up ones; run first, the
    start-up tests leave a wide margin.
    """
    here, shell = Path(__file__).parent, Path(__file__).parent / "shell"
    places = [i for i, item in enumerate(items) if item.path.is_relative_to(here)]
    window_tests = [items[i] for i in places]
    window_tests.sort(key=lambda item: not item.path.is_relative_to(shell))  # stable
    for place, item in zip(places, window_tests, strict=True):
        items[place] = item


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path: Path) -> None:
    """Window and column state go to a temp folder, never to the real user's settings."""
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture(autouse=True)
def english_locale() -> None:
    """Numbers, dates and money as an en_US clerk sees them, whatever the test machine's locale."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def context(db_path: Path, new_shop_file: Callable[[Path], Path]) -> Iterator[AppContext]:
    with open_app(new_shop_file(db_path)) as ctx:
        yield ctx


@pytest.fixture
def services(db: Database, db_path: Path) -> Services:
    """Every service on the test's database, as the window gets them (without opening it)."""
    return build_services(db, db_path)


@pytest.fixture
def make_window(qtbot: QtBot, context: AppContext):  # type: ignore[no-untyped-def]
    def make() -> MainWindow:
        window = MainWindow(context.services, context.db_path, auto_backup=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # As a clerk waits for the window to fill: Today's agenda is read in the background.
        qtbot.waitUntil(lambda: window.today_page.agenda is not None, timeout=10_000)
        return window

    return make


@pytest.fixture
def month_end_window(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> Iterator[MainWindow]:
    """The window on 30 November 2026 at 23:59, the clock stopped there: the last minute of a
    month, where a period's bounds go wrong (the last 12 months run from 1 December 2025);
    active, so that its shortcuts answer."""
    with shop_clock.frozen_at(dt.datetime(2026, 11, 30, 23, 59)):
        window = make_window()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        yield window


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The interface in zh_CN for one test, then back to English."""
    translators = install_translators(qapp, "zh_CN")
    assert translators, "the zh_CN catalogue did not load"
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> str:
    """The test once in English and once with the interface in Chinese (``chinese``)."""
    if request.param == "zh_CN":
        request.getfixturevalue("chinese")
    return str(request.param)


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The failure boxes a clerk would have read, as (title, text), caught instead of shown:
    a test asserts the exact words (after qutebrowser's message mock)."""
    shown: list[tuple[str, str]] = []

    def catch(_parent: object, message: messages.UserMessage) -> None:
        shown.append((message.title, message.text))

    monkeypatch.setattr(messages, "show_box", catch)
    return shown
