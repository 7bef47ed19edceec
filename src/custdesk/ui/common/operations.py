"""The one way the window runs a service call for the clerk (after Anki's CollectionOp/QueryOp).

An Operation runs a small function over the services: in the GUI thread when it takes a moment
(``run``), in a worker thread with a progress dialog when it may take longer (``run_in_background``:
a restore, opening a backup, an import), in a worker thread unseen for a read that may take a
moment on a large shop but needs no Cancel (``read_unseen``: Today's agenda). A refusal or
storage trouble is told through messages.py; a form that shows a field's problem under the field
gets those refusals itself (``refused``). On success the operation announces the kinds of data
that changed on the window's ChangeNotifier, and pages refresh from that announcement only
(refresh_on_change.RefreshOnChange), never from who is wired to whom.

A failure that is not a CustDeskError is a bug: it goes on to the error hook with its traceback.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from custdesk.errors import CancelledError, CustDeskError, ValidationError
from custdesk.ui.common.background_job import BackgroundJob, Progress
from custdesk.ui.common.messages import warn_about

Result = TypeVar("Result")


class Changes(enum.Flag):
    """Kinds of data an operation changed; a page refreshes when a kind it shows is named."""

    NONE = 0
    CUSTOMERS = enum.auto()  # files, phones, tags, purchases, stages, the Trash
    VISITS = enum.auto()  # visits, calls and greetings, and the follow-ups planned
    COMPLAINTS = enum.auto()
    REFERRALS = enum.auto()  # who brought whom, referrer kinds, rewards
    BACKUPS = enum.auto()
    SETTINGS = enum.auto()  # the shop's thresholds, greeting days, backup folder, its name
    EVERYTHING = CUSTOMERS | VISITS | COMPLAINTS | REFERRALS | BACKUPS | SETTINGS


class ChangeNotifier(QObject):
    """One per window: operations announce on it, pages listen to it; and what was done, in a
    sentence for the window's status bar ("已保存：张三")."""

    changed = Signal(object)  # the Changes
    said = Signal(str)  # what an operation did, for the status bar

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def tell(self, sentence: str) -> None:
        self.said.emit(sentence)


class Operation(Generic[Result]):
    """One action of the clerk's: run it with ``run`` or ``run_in_background``.

    ``done`` gets the work's result once ``changes`` are announced on ``notifier`` (None for
    work that changes no data: saving a chart as a picture), and ``said`` makes from it the
    sentence the status bar shows ("Saved: 张三"); ``refused`` gets the refusals of the
    ``inline`` kinds, which the caller shows beside the field; every other CustDeskError is told
    in a message box over ``parent``.
    """

    def __init__(
        self,
        parent: QWidget | None,
        notifier: ChangeNotifier | None,
        changes: Changes = Changes.NONE,
        *,
        done: Callable[[Result], object] | None = None,
        refused: Callable[[Any], object] | None = None,
        inline: tuple[type[CustDeskError], ...] = (ValidationError,),
        writes: bool = False,
        said: Callable[[Result], str] | None = None,
    ) -> None:
        if (changes or said) and notifier is None:
            raise ValueError(f"{changes} would be announced to nobody")
        self._parent = parent
        self._notifier = notifier
        self._changes = changes
        self._done = done
        self._refused = refused
        self._inline = inline
        self._said = said
        # Announcing no change, it only read, unless it says it writes (an undo, which the
        # command announces itself): a failed read lost no typing, a failed write did not save.
        self._reading = not changes and not writes
        self.job: BackgroundJob | None = None

    def run(self, work: Callable[[], Result]) -> bool:
        """``work`` now, in the GUI thread (a single quick write or read); whether it was done."""
        try:
            result = work()
        except CustDeskError as exc:
            self._fail(exc)
            return False
        self._succeed(result)
        return True

    def run_in_background(
        self,
        work: Callable[[Progress], Result],
        title: str,
        label: str,
        *,
        cancellable: bool = False,
    ) -> BackgroundJob:
        """``work`` in a worker thread, under a progress dialog titled ``title`` saying ``label``;
        the window keeps painting and ``done`` runs in the GUI thread. ``work`` must not touch a
        widget. ``cancellable``: the dialog's Cancel reaches ``work`` through its progress
        callback (only work that checks it and then leaves nothing behind, like an import)."""
        job = self.job = BackgroundJob(
            self._parent, work, title, label, tell_failure=False, cancellable=cancellable
        )
        # A lambda keeps this Operation alive as long as the job's connection.
        job.finished.connect(lambda completed: self._finished(job, completed))
        return job.start()

    def read_unseen(self, work: Callable[[], Result]) -> BackgroundJob:
        """``work`` in a worker thread without a progress dialog: the window stays usable and
        shows what it had until ``done`` gets the result in the GUI thread. A failure is told
        like any other. ``work`` must not touch a widget."""
        job = self.job = BackgroundJob(self._parent, lambda _progress: work(), "", "", quiet=True)
        job.finished.connect(lambda completed: self._finished(job, completed))
        return job.start()

    def _finished(self, job: BackgroundJob, completed: bool) -> None:
        if completed:
            self._succeed(job.result)
        elif isinstance(job.error, CancelledError):
            return  # the clerk's Cancel: nothing was written, nothing to say
        elif isinstance(job.error, CustDeskError):
            self._fail(job.error)
        elif job.error is not None:
            raise job.error  # a bug: to the error hook, with the worker's traceback

    def _succeed(self, result: Result) -> None:
        # Pages first: the caller's follow-up (select the new row, close the form) then acts on
        # pages that already show the change.
        if self._notifier is not None:
            self._notifier.announce(self._changes)
            if self._said is not None:
                self._notifier.tell(self._said(result))
        if self._done is not None:
            self._done(result)

    def _fail(self, exc: CustDeskError) -> None:
        if self._refused is not None and isinstance(exc, self._inline):
            self._refused(exc)
        else:
            warn_about(self._parent, exc, reading=self._reading)


def query(parent: QWidget, read: Callable[[], Result]) -> Result | None:
    """A quick read an action needs (the file a double-click opens): its result, or None once
    the clerk has been told why it could not be read. Only for reads that never return None."""
    found: list[Result] = []
    Operation(parent, None, done=found.append).run(read)
    return found[0] if found else None
