"""The window's title names the shop, then the program once (a clerk's trial read
"CustDesk — Customer Files — CustDesk": X11 and Windows add the program's name themselves to a
title that does not end with it)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def test_the_title_is_the_shops_name_then_custdesk(
    context: AppContext, make_window: MakeWindow
) -> None:
    context.services.settings.update(shop_name="小芳服装")
    assert make_window().windowTitle() == "小芳服装 — CustDesk"


def test_the_title_in_chinese_names_the_program_once_in_chinese(
    context: AppContext, chinese: None, make_window: MakeWindow
) -> None:
    context.services.settings.update(shop_name="小芳服装")
    assert make_window().windowTitle() == "小芳服装 — 客户档案台"


def test_a_shop_without_a_name_is_called_by_its_file(qtbot: QtBot, make_window: MakeWindow) -> None:
    assert make_window().windowTitle() == "custdesk.db — CustDesk"
