"""The main window on a counter's small screen (issue 18: it opened 760 px tall, plus its title
bar, on a 768 px screen, and the status bar was under the taskbar)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.shop.demo import generate_demo
from custdesk.ui.shell import window_state
from custdesk.ui.shell.main_window import PAGE_KEYS, MainWindow
from tests.ui.screen_fit import AREAS, TITLE_BAR, fits, minimum_size, misplaced_on_every_tab, settle

MakeWindow = Callable[[], MainWindow]
# The taskbar on the left and at the top: the area does not start at 0,0.
AREA_PLACES = {name: QRect(48, 40, size.width(), size.height()) for name, size in AREAS.items()}


@pytest.fixture(params=list(AREA_PLACES))
def area(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QRect:
    """The screen's available area (QScreen.availableGeometry) the window opens in."""
    place = AREA_PLACES[request.param]
    monkeypatch.setattr(window_state, "available_area", lambda _window: QRect(place))
    return place


def frame_of(window: QWidget) -> QRect:
    """The window with its title bar, as the clerk sees it on the screen."""
    return window.geometry().adjusted(0, -TITLE_BAR, 0, 0)


def test_the_first_start_fits_the_screens_available_area(
    area: QRect, make_window: MakeWindow
) -> None:
    window = make_window()
    assert area.contains(frame_of(window)), (frame_of(window), area)
    assert fits(minimum_size(window), area.size())


def test_a_size_remembered_from_a_larger_screen_is_brought_within_the_area(
    qtbot: QtBot, area: QRect, make_window: MakeWindow
) -> None:
    QSettings().setValue(window_state.GEOMETRY_KEY, larger_screens_geometry(make_window))
    window = make_window()
    assert area.contains(frame_of(window)), (frame_of(window), area)


def larger_screens_geometry(make_window: MakeWindow) -> object:
    """What a window left at 1180x760, down and right on a 1920x1080 screen, remembers."""
    window = make_window()
    window.setGeometry(700, 300, 1180, 760)
    geometry = window.saveGeometry()
    window.hide()
    return geometry


def test_every_page_fits_1024x560(
    context: AppContext, make_window: MakeWindow, language: str
) -> None:
    generate_demo(context.db, 200, seed=4)
    window = make_window()
    area = AREAS["1024x600 less its taskbar"]
    problems: dict[str, object] = {}
    for key in PAGE_KEYS:
        window.navigation.select(key)
        settle()
        page = window.current_page()
        if not fits(page.minimumSizeHint(), area):
            problems[f"{key}: minimum size hint"] = page.minimumSizeHint()
        if not fits(minimum_size(window), area):
            problems[f"{key}: window's minimum size"] = minimum_size(window)
            continue
        window.resize(area.width(), area.height() - TITLE_BAR)
        settle()
        found = misplaced_on_every_tab(window)
        if found:
            problems[key] = found
    assert problems == {}
