"""The checking page lists a row that will be added to an earlier row with the same phone (a
clerk's trial: with "Skip the row" chosen, same-phone-twice.csv showed nothing for its row 3,
though the import then folded it)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from custdesk.ui.shell.main_window import MainWindow
from tests.case_files import IMPORT_CASES

MakeWindow = Callable[[], MainWindow]


def test_a_row_with_the_same_phone_as_an_earlier_one_is_listed_before_the_import(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    wizard = make_window().import_customers()
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):
        wizard.open_file(IMPORT_CASES / "same-phone-twice.csv")
    wizard.next()
    wizard.next()
    shown = [
        [wizard.problems.index(row, column).data() for column in range(3)]
        for row in range(wizard.problems.rowCount())
    ]
    assert shown == [
        [
            "3",
            "张韦",
            "The same phone as row 2 (张伟), so it will be added to that customer, not imported "
            "twice.",
        ]
    ]
