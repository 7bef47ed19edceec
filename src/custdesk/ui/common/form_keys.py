"""Enter in the forms, as clerks used to Excel expect it: Enter moves on to the next field,
Ctrl+Enter or Ctrl+S saves, and Enter inside a sub-form (the purchase row of the customer form)
does that sub-form's action only.

Why not QDialog's own Enter: it presses the default button (Save) from any one-line field, so a
clerk finishing the name with Enter saved a half-typed file, and Enter on a purchase amount
saved and closed the whole customer (issue 18).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QDialog, QPushButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def save_keys() -> tuple[QKeySequence, ...]:
    """Ctrl+S, Ctrl+Return, Ctrl+Enter (the keypad's). Made when asked: a standard key read
    before the application exists crashes the interpreter."""
    return (
        QKeySequence(QKeySequence.StandardKey.Save),
        QKeySequence("Ctrl+Return"),
        QKeySequence("Ctrl+Enter"),
    )


def is_plain_enter(event: QEvent) -> bool:
    """Return or the keypad's Enter (which comes with the keypad modifier) pressed without
    Ctrl, Shift or Alt."""
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in ENTER_KEYS
        and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    )


class FormKeys(QObject):
    """Gives ``dialog`` the form keys: Enter that no field used moves on to the next field
    (as Tab does; never into a date's next section), Ctrl+S, Ctrl+Return and Ctrl+Enter call
    ``save``. ``save_button``'s tooltip names those keys, since Enter no longer saves, and no
    button is drawn as the default one (its thick border told clerks that Enter saves).

    Fields that give Enter a meaning of their own keep it: a multi-line text takes it as a new
    line, an open combo or calendar popup as the choice, a push button as its press, a sub-form
    as its action (``submit_on_enter``). A list in a form moves on too (it opens nothing there).
    """

    def __init__(
        self,
        dialog: QDialog,
        save: Callable[[], object],
        save_button: QAbstractButton | None = None,
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.shortcuts: list[QShortcut] = []
        for keys in save_keys():
            shortcut = QShortcut(keys, dialog)
            shortcut.activated.connect(save)
            self.shortcuts.append(shortcut)
        dialog.installEventFilter(self)
        if save_button is not None:
            save_button.setToolTip(save_keys_hint())
        self._no_default_button()

    def _no_default_button(self) -> None:
        # Not auto-default either: QDialog makes the first auto-default button the default one
        # when it is shown, and a focused one the default while it has the focus.
        for button in self._dialog.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._dialog:
            return False
        if event.type() == QEvent.Type.Show:
            # After the button box's own show, which makes its Save the default; buttons the
            # panels added since the form was built are found too.
            self._no_default_button()
            return False
        # Only an Enter the focused field ignored reaches the dialog itself.
        if not is_plain_enter(event):
            return False
        focused = self._dialog.focusWidget()
        if isinstance(focused, QPushButton):
            # A button that is not auto-default leaves Enter to the dialog: still its press.
            if focused.isEnabled():
                focused.click()
        elif focused is not None:
            self._dialog.focusNextPrevChild(True)
        return True  # never QDialog's default button


def save_keys_hint() -> str:
    """'Ctrl+S, Ctrl+Return' in the platform's (and language's) own key names."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(keys.toString(native) for keys in save_keys()[:2])


class _SubmitOnEnter(QObject):
    def __init__(self, parent: QObject, action: Callable[[], object]) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if is_plain_enter(event):
            self._action()
            return True  # the sub-form's action only: the form around it never sees this Enter
        return False


def submit_on_enter(fields: Iterable[QWidget], action: Callable[[], object]) -> None:
    """Enter in any of ``fields`` calls ``action`` and nothing else (a sub-form's button: Add
    purchase). An open popup of one of them keeps Enter for its choice: it is its own window."""
    for field in fields:
        field.installEventFilter(_SubmitOnEnter(field, action))
