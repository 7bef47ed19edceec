"""Every dialog opens whole on a counter's small screen: 1024x560 (a 1024x600 screen less its
taskbar) and 1366x768 at 125% scaling, in English and in Chinese (issue 18: the customer form's
minimum size was 1080x541, which cut off Cancel and Add purchase)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from tests.ui.dialogs.dialog_openers import (
    BASES,
    IMPORT_FILE,
    OPENERS,
    Shop,
    dialog_classes,
    fill_shop,
)
from tests.ui.screen_fit import (
    AREAS,
    fits,
    minimum_size,
    misplaced_on_every_tab,
    opening_size,
    settle,
)

WAYS = [(way, opener) for ways in OPENERS.values() for way, opener in ways.items()]


@pytest.fixture
def shop(context: AppContext, tmp_path: Path) -> Shop:
    return fill_shop(context, tmp_path)


def test_every_dialog_class_is_opened_by_the_size_test() -> None:
    """A dialog added later without an opener in dialog_openers fails here: it must be added."""
    found = set(dialog_classes())
    assert found - BASES - set(OPENERS) == set()
    assert {base for base in BASES if not any(issubclass(c, base) for c in OPENERS)} == set()
    assert found >= set(OPENERS)  # the walk finds them all, or it proves nothing


def shown_states(qtbot: QtBot, dialog: QDialog, shop: Shop) -> Iterator[str]:
    """The dialog in each state worth checking: a wizard on each of its pages, with a file read."""
    dialog.show()
    qtbot.waitExposed(dialog)
    if not isinstance(dialog, QWizard):
        yield ""
        return
    path = shop.folder / "老客户.csv"
    path.write_text(IMPORT_FILE, encoding="utf-8")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.open_file(path)
    seen = []
    while dialog.currentId() not in seen:
        seen.append(dialog.currentId())
        yield dialog.currentPage().title()
        if dialog.nextId() == -1:
            return
        dialog.next()


@pytest.mark.parametrize(("way", "opener"), WAYS, ids=[way for way, _opener in WAYS])
def test_the_dialog_fits_and_shows_every_button_and_field(
    qtbot: QtBot, shop: Shop, way: str, opener, language: str
) -> None:
    dialog = opener(shop)
    qtbot.addWidget(dialog)
    problems: dict[str, object] = {}
    for state in shown_states(qtbot, dialog, shop):
        settle()  # what the dialog reads in the background is in it: its minimum may grow
        smallest = minimum_size(dialog)
        for area_name, area in AREAS.items():
            if not fits(smallest, area):
                problems[f"{state} {area_name}: minimum size"] = smallest
                continue
            for size_name, size in (
                ("as opened", opening_size(dialog, area)),
                ("at its smallest", smallest),
            ):
                dialog.resize(size)
                settle()
                found = misplaced_on_every_tab(dialog)
                if found:
                    problems[f"{state} {area_name} {size_name} {size.toTuple()}"] = found
    assert problems == {}
