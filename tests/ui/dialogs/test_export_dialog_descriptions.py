"""The line beside each report says what the dates mean for it; every line of it shows whole on
a counter's small screens, in English and in Chinese (issue 18: "Not yet done and due by the
last date, late ones too" was cut through at top and bottom, squeezed to one line's height)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.ui.dialogs.export_dialog import ExportDialog
from tests.ui.screen_fit import (
    AREAS,
    fits,
    minimum_size,
    misplaced_on_every_tab,
    opening_size,
    settle,
)


def cut_descriptions(dialog: ExportDialog) -> list[str]:
    """Each description shorter than its wrapped lines need at its width, or outside the dialog."""
    found = []
    for report, label in dialog.date_notes.items():
        where = QRect(label.mapTo(dialog, label.rect().topLeft()), label.size())
        if label.height() < label.heightForWidth(label.width()):
            found.append(
                f"{report}: {label.width()}x{label.height()}, its lines need"
                f" {label.heightForWidth(label.width())}"
            )
        elif not dialog.rect().contains(where):
            found.append(f"{report}: outside the dialog at {where.getRect()}")
    return found


def test_every_report_description_shows_all_its_lines(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    dialog = ExportDialog(exports=context.services.exports)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    problems: dict[str, object] = {}
    for area_name, area in AREAS.items():
        for size_name, size in (
            ("as opened", opening_size(dialog, area)),
            ("at its narrowest", minimum_size(dialog)),
        ):
            dialog.resize(size)
            settle()
            where = f"{area_name} {size_name} {dialog.size().toTuple()}"
            found = cut_descriptions(dialog) + [
                text for texts in misplaced_on_every_tab(dialog).values() for text in texts
            ]
            if not fits(dialog.size(), area):
                found.append("taller or wider than the screen")
            if found:
                problems[where] = found
    # Both kinds of line are in the walk: some wrap at the narrowest width, some do not.
    lines = {label.heightForWidth(label.width()) for label in dialog.date_notes.values()}
    assert len(lines) > 1
    assert problems == {}
