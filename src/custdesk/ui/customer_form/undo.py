"""Undo and redo of customer changes for this session (Ctrl+Z / Ctrl+Shift+Z).

Commands keep only ids and before/after values and call the services, so each undo or redo is
one transaction like any other change. The change itself has already been made when a command
is pushed (the form saved it), so the first redo that QUndoStack.push() runs is skipped.
Undoing a new customer moves it to the Trash: nothing is ever hard-deleted by undo.

Each undo and redo runs as an Operation: a refusal or a busy file is told in the window the clerk
is in, and the stack steps back to where it was, so the next Ctrl+Z tries the same change again
instead of skipping to an older one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeResult, MergeService
from custdesk.services.referrals.customer_file import CustomerFileService, FileSaved
from custdesk.ui.common.operations import Operation
from custdesk.ui.common.undo_stack import UndoStack


class CustomerCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Callable[[], None],
        undo: Callable[[], None],
        after: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo, self._after = redo, undo, after
        self._skip_next = True  # the change was made before the push that runs redo()
        self.stack: QUndoStack | None = None  # set by push(): where a failed step is undone

    def redo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        if self._carry_out(self._redo):
            if isinstance(self.stack, UndoStack):
                self.stack.tell_redone(self.text())
        elif self.stack is not None:
            self._step_back(self.stack.undo)

    def undo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        if self._carry_out(self._undo):
            if isinstance(self.stack, UndoStack):
                self.stack.tell_undone(self.text())
        elif self.stack is not None:
            self._step_back(self.stack.redo)

    def _carry_out(self, change: Callable[[], None]) -> bool:
        parent = QApplication.activeWindow()
        return Operation(parent, None, done=lambda _none: self._after(), writes=True).run(change)

    def _step_back(self, move: Callable[[], None]) -> None:
        # QUndoStack moved its index before calling us; moving it back from inside would
        # re-enter the stack, so it is moved once control is back in the event loop, and that
        # move does nothing to the data (it is as it was).
        self._skip_next = True
        QTimer.singleShot(0, move)


def push(stack: QUndoStack, command: CustomerCommand) -> None:
    """Put a change just made on ``stack``, so that Ctrl+Z can take it back."""
    command.stack = stack
    stack.push(command)


def created(
    customers: CustomerService, customer_id: int, name: str, after: Callable[[], None]
) -> CustomerCommand:
    text = QCoreApplication.translate("undo", "New customer {name}").format(name=name)
    return _trash_toggle(customers, customer_id, text, redo_trashes=False, after=after)


def file_saved(
    files: CustomerFileService, saved: FileSaved, after: Callable[[], None]
) -> CustomerCommand:
    """One step for a whole Save of an existing customer's file: the profile, the purchases
    added or removed and the referrer. Undo writes what put the file back; that write returns
    what does the save again, which redo writes, and so on."""
    assert saved.put_back is not None  # a new customer's save is taken back by created()
    customer_id = saved.record.id
    next_write = [saved.put_back]

    def write() -> None:
        # Going back to a saved state: a phone shared since then must not block the undo.
        done = files.save(customer_id, next_write[0], allow_shared_phone=True)
        assert done.put_back is not None
        next_write[0] = done.put_back

    text = QCoreApplication.translate("undo", "Edit {name}").format(name=saved.record.name)
    return CustomerCommand(text, write, write, after)


def trashed(
    customers: CustomerService, customer_id: int, name: str, after: Callable[[], None]
) -> CustomerCommand:
    text = QCoreApplication.translate("undo", "Move {name} to Trash").format(name=name)
    return _trash_toggle(customers, customer_id, text, redo_trashes=True, after=after)


def restored(
    customers: CustomerService, customer_id: int, name: str, after: Callable[[], None]
) -> CustomerCommand:
    text = QCoreApplication.translate("undo", "Restore {name}").format(name=name)
    return _trash_toggle(customers, customer_id, text, redo_trashes=False, after=after)


def merged(
    merge: MergeService,
    result: MergeResult,
    absorbed_name: str,
    keep_name: str,
    after: Callable[[], None],
) -> CustomerCommand:
    """Undo takes the merge back exactly; redo merges the same two files again."""
    latest = [result]

    def merge_again() -> None:
        latest[0] = merge.merge(result.kept_id, result.merged_id)

    text = QCoreApplication.translate("undo", "Merge {absorbed} into {kept}").format(
        absorbed=absorbed_name, kept=keep_name
    )
    return CustomerCommand(text, merge_again, lambda: merge.unmerge(latest[0]), after)


def _trash_toggle(
    customers: CustomerService,
    customer_id: int,
    text: str,
    *,
    redo_trashes: bool,
    after: Callable[[], None],
) -> CustomerCommand:
    """Create, delete and restore all move one customer in or out of the Trash."""

    def trash() -> None:
        customers.trash(customer_id)

    def restore() -> None:
        customers.restore(customer_id)

    if redo_trashes:
        return CustomerCommand(text, trash, restore, after)
    return CustomerCommand(text, restore, trash, after)
