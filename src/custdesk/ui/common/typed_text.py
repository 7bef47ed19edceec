"""Text typed or pasted into a form, checked before it is saved.

Services clean every text they store (custdesk.text_cleaning); a form runs the same cleaning
first, so that a clerk sees what would be lost. Characters no file can hold (control characters
pasted from Excel or WeChat, lone surrogates, U+FFFF) are removed from the field itself and named
in a field message; the form does not save this time. Pressing Save again saves what is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTableWidget, QWidget

from custdesk.text_cleaning import clean_display, describe_removed

TextField = QLineEdit | QPlainTextEdit | QTableWidget  # a table: the text of its cells


def text_fields(*areas: QWidget) -> list[TextField]:
    """Every editable text field in ``areas`` (each area itself or inside it; an editable combo
    box's line edit too), in order and each once."""
    found: dict[TextField, None] = {}
    for area in areas:
        inside: list[TextField] = [area] if isinstance(area, TextField) else []
        inside += area.findChildren(QLineEdit)
        inside += area.findChildren(QPlainTextEdit)
        inside += area.findChildren(QTableWidget)
        for field in inside:
            if isinstance(field, QTableWidget) or not field.isReadOnly():
                found[field] = None
    return list(found)


def remove_unsavable_text(*areas: QWidget) -> dict[TextField, tuple[str, ...]]:
    """Clean each text field in ``areas`` in place (text_cleaning.clean_display); returns the
    fields that lost characters, with what they lost (empty when all can be saved as shown)."""
    changed: dict[TextField, tuple[str, ...]] = {}
    for field in text_fields(*areas):
        removed: list[str] = []
        for typed, put_back in _texts(field):
            clean = clean_display(typed)
            if clean.removed:
                put_back(clean.text)
                removed.extend(clean.removed)
        if removed:
            changed[field] = tuple(removed)
    return changed


def _texts(field: TextField) -> list[tuple[str, Callable[[str], object]]]:
    if isinstance(field, QLineEdit):
        return [(field.text(), field.setText)]
    if isinstance(field, QPlainTextEdit):
        return [(field.toPlainText(), field.setPlainText)]
    cells = (field.item(r, c) for r in range(field.rowCount()) for c in range(field.columnCount()))
    return [(cell.text(), cell.setText) for cell in cells if cell is not None]


def removed_text_message(removed: tuple[str, ...]) -> str:
    """The field message for characters removed from what was typed."""
    return QCoreApplication.translate(
        "typed_text",
        "Removed invisible characters that cannot be saved ({characters}). "
        "Check the text, then save again.",
    ).format(characters=describe_removed(removed))


def unsavable_text_message(*areas: QWidget) -> str | None:
    """remove_unsavable_text for a form with one message line: the message to show (the form
    then does not save), or None when nothing was removed."""
    changed = remove_unsavable_text(*areas)
    if not changed:
        return None
    first = next(iter(changed))
    first.setFocus()
    return removed_text_message(tuple(ch for removed in changed.values() for ch in removed))
