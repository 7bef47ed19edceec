"""The window's undo stack, which also says what each undo and redo did ("已撤销：修改 张三")
for the status bar: the commands (customer_form/undo.py) tell it once their change is made."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack


class UndoStack(QUndoStack):
    said = Signal(str)  # "Undone: Edit 张三", once the change is made

    def tell_undone(self, what: str) -> None:
        self.said.emit(self.tr("Undone: {what}").format(what=what))

    def tell_redone(self, what: str) -> None:
        self.said.emit(self.tr("Redone: {what}").format(what=what))
