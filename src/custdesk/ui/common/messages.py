"""The one place where exceptions become text a clerk reads, in the clerk's language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from custdesk.code_words import MESSAGES, PROBLEMS
from custdesk.error_words import error_words
from custdesk.errors import (
    CustDeskError,
    FieldProblem,
    ReadOnlyStorageError,
)


@dataclass(frozen=True)
class UserMessage:
    title: str
    text: str
    is_bug: bool = False


def _say(source: str) -> str:
    return QCoreApplication.translate("messages", source)


def user_message(exc: BaseException, *, reading: bool = False) -> UserMessage:
    """A title and sentence for ``exc`` in the window's language (custdesk.error_words, which
    the command line reads too); anything not a CustDeskError is reported as our bug.

    ``reading``: the failure came while reading (a page, a panel of the customer's file), so
    nothing was being saved and the sentence must not say "this was not saved"."""
    words = error_words(exc, _say, reading=reading)
    return UserMessage(words.title, words.text, words.is_bug)


def field_problem_text(code: FieldProblem) -> str:
    """The sentence shown under a form field (or in a message) for a FieldProblem code; every
    code has one (custdesk.code_words.PROBLEMS), in English and in the zh_CN catalogue
    (tests/ui/common/test_messages)."""
    return QCoreApplication.translate(MESSAGES, PROBLEMS[FieldProblem(code)])


def file_problem_text(exc: CustDeskError) -> str:
    """Why a spreadsheet cannot be imported, in the clerk's language (error_words.FILE_PROBLEMS
    for a refused file)."""
    return user_message(exc).text


LOOKING_INTO_BACKUP = "lookingIntoBackup"  # a window's property: it shows a backup, read-only


def warn_about(parent: QWidget | None, exc: BaseException, *, reading: bool = False) -> None:
    """Tell the clerk in a dialog; the window stays as it was (``reading``: see user_message).
    In a window looking into a backup, a write refused is that window's nature, not the disk's:
    the clerk is told so instead of being sent to fix folder permissions."""
    window = parent.window() if parent is not None else None
    if (
        isinstance(exc, ReadOnlyStorageError)
        and window is not None
        and window.property(LOOKING_INTO_BACKUP)
    ):
        show_box(
            parent,
            UserMessage(
                QCoreApplication.translate("messages", "A backup, opened to look at"),
                QCoreApplication.translate(
                    "messages",
                    "This window shows a backup, and nothing in it can be changed. To work "
                    "with this data, restore the backup on the Backups page of the main window.",
                ),
            ),
        )
        return
    show_box(parent, user_message(exc, reading=reading))


def show_box(parent: QWidget | None, message: UserMessage) -> None:
    """The one place a failure's message box is put on screen (tests/ui/conftest.py's
    ``shown_messages`` replaces it, to read the words a clerk would)."""
    QMessageBox.warning(parent, message.title, message.text)
