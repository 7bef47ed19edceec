"""The customer form uses the counter's screen: it opens as large as the screen's available area
allows, and its fields scroll only where they do not fit (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.ui.common import screen_size
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from tests.ui.dialogs.dialog_openers import Shop, fill_shop
from tests.ui.screen_fit import AREAS, client_area, minimum_size

SMALL, LAPTOP = AREAS  # 1024x560; 1366x768 at 125%


@pytest.fixture
def shop(context: AppContext, tmp_path: Path) -> Shop:
    return fill_shop(context, tmp_path)


def open_on_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, area_name: str, opener
) -> CustomerDialog:
    """The form opened on a screen whose available area is ``area_name``'s."""
    area = QRect(QPoint(0, 0), AREAS[area_name])
    monkeypatch.setattr(screen_size, "available_area", lambda _window: QRect(area))
    dialog = opener()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # the window the clerk types in: focus changes are its own
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.mark.parametrize("area_name", [SMALL, LAPTOP])
def test_a_customer_file_opens_as_large_as_the_screen_allows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, shop: Shop, area_name: str
) -> None:
    """Its history beside the profile needs the room: Qt alone opened it at two thirds of the
    screen, with the purchase row squeezed."""
    dialog = open_on_screen(
        qtbot, monkeypatch, area_name, lambda: shop.customer_dialog(shop.customer)
    )
    assert dialog.size() == QSize(1100, 700).boundedTo(client_area(AREAS[area_name]))


def test_the_new_customer_form_scrolls_only_on_the_smaller_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, shop: Shop
) -> None:
    on_laptop = open_on_screen(qtbot, monkeypatch, LAPTOP, lambda: shop.customer_dialog(None))
    assert on_laptop.profile_area.verticalScrollBar().maximum() == 0  # every field in sight
    on_laptop.close()
    small = open_on_screen(qtbot, monkeypatch, SMALL, lambda: shop.customer_dialog(None))
    assert small.height() == client_area(AREAS[SMALL]).height()
    assert small.profile_area.verticalScrollBar().maximum() > 0
    assert small.buttons.isVisible() and small.rect().contains(small.buttons.geometry())


def test_tab_goes_through_the_scrolling_fields_to_save_and_back_and_shows_each(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, shop: Shop
) -> None:
    """The scroll area added no Tab stop of its own, and where Tab lands is in sight: the text
    cursor of a text field (as QScrollArea shows it), the whole of any other field. At its
    smallest, where most fields are below the view."""
    form = open_on_screen(qtbot, monkeypatch, SMALL, lambda: shop.customer_dialog(None))
    form.resize(minimum_size(form))
    form.name_edit.setFocus()
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    view = form.profile_area.viewport()
    stops, out_of_sight = [], []
    while form.focusWidget() not in stops:
        field = form.focusWidget()
        stops.append(field)
        if field not in (save, cancel):
            cursor = field.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
            if isinstance(cursor, QRectF):
                cursor = cursor.toRect()
            seen = cursor if isinstance(cursor, QRect) and cursor.isValid() else field.rect()
            if not view.rect().contains(seen.translated(field.mapTo(view, QPoint(0, 0)))):
                out_of_sight.append(field)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert out_of_sight == []
    assert form.profile_area.verticalScrollBar().maximum() > 100  # most of the form scrolls
    assert stops[-3:] == [form.notes_edit, save, cancel]
    assert form.focusWidget() is form.name_edit  # after Cancel, back to the first field
    assert form.profile_area.verticalScrollBar().value() == 0
