from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext, open_app
from custdesk.ui.common.i18n import install_translators
from custdesk.ui.shell.main_window import MainWindow


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
def make_window(qtbot: QtBot, context: AppContext):  # type: ignore[no-untyped-def]
    def make() -> MainWindow:
        window = MainWindow(context.services, context.db_path, auto_backup=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The interface in zh_CN for one test, then back to English."""
    translators = install_translators(qapp, "zh_CN")
    assert translators, "the zh_CN catalogue did not load"
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
