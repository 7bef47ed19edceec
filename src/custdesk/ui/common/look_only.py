"""A window that only shows: a backup looked into (issue 18, a clerk's trial).

Its menus and pages offered New customer and every other change, and the form typed into was
then refused with "fix the folder's permissions", the typing lost. Here, what would write is set
aside before anything can be typed, and a customer's file opens for reading.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from custdesk.ui.common.form_keys import save_keys
from custdesk.ui.common.messages import LOOKING_INTO_BACKUP

BANNER_STYLE = (
    "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0c36c;"
    " padding: 6px; font-weight: bold; }"
)


def looking_into_backup(widget: QWidget) -> bool:
    """Whether ``widget`` is in a backup's window, or in a dialog opened over one (a dialog is
    a window of its own, so its parents are asked too)."""
    place: QWidget | None = widget
    while place is not None:
        if place.window().property(LOOKING_INTO_BACKUP):
            return True
        place = place.window().parentWidget()
    return False


def banner(text: str) -> QLabel:
    """The sentence at the top of a backup's window and its forms, hard to miss."""
    label = QLabel(text)
    label.setObjectName("lookOnlyBanner")
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE)
    return label


def set_aside(*widgets: QWidget) -> None:
    """Out of sight and out of reach for good: each goes under a hidden holder, so that the
    page's own show and enable calls (a button shown with the Trash, enabled with a selected
    line) cannot bring it back, and the page's code that names it still finds it."""
    for widget in widgets:
        holder = QWidget(widget.parentWidget())
        holder.hide()
        widget.setParent(holder)


def show_for_reading(dialog: QDialog, sentence: str) -> None:
    """``dialog`` (a form) as a view: every field read-only or greyed, every button that would
    change something set aside, Save gone with its keys, Cancel called Close, ``sentence`` on
    top. The fields stay in the Tab order, so a clerk can still walk through and copy them."""
    layout = dialog.layout()
    if layout is not None and hasattr(layout, "insertWidget"):
        layout.insertWidget(0, banner(sentence))
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole:
                button.setText(QCoreApplication.translate("lookOnly", "Close"))
            else:
                box.removeButton(button)
                set_aside(button)
    for field in dialog.findChildren(QWidget):
        if isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            field.setReadOnly(True)
        elif isinstance(field, QComboBox | QCheckBox | QRadioButton):
            field.setEnabled(False)
        elif isinstance(field, QAbstractItemView):
            field.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(field, QAbstractButton) and not _belongs_to_a_control(field, dialog):
            set_aside(field)
    saving = {keys.toString() for keys in save_keys()}
    for shortcut in dialog.findChildren(QShortcut):
        if shortcut.key().toString() in saving:
            shortcut.setEnabled(False)


def _belongs_to_a_control(button: QAbstractButton, dialog: QDialog) -> bool:
    """A tab bar's scroll arrows, a spin box's or combo's own parts, Close: not the form's."""
    parent = button.parentWidget()
    if isinstance(parent, QDialogButtonBox):
        return True
    while parent is not None and parent is not dialog:
        if isinstance(parent, QTabBar | QAbstractSpinBox | QComboBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False
