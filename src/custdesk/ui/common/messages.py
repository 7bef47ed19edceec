"""The one place where exceptions become text a clerk reads, in the clerk's language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from custdesk.code_words import MESSAGES, PROBLEMS
from custdesk.errors import (
    CorruptDatabaseError,
    CustDeskError,
    DatabaseGoneError,
    DatabaseInUseError,
    DatabaseLockedError,
    DiskFullError,
    DuplicateError,
    FieldProblem,
    NoShopFileError,
    NotACustDeskDatabaseError,
    NotAWorkbookError,
    NotFoundError,
    ReadOnlyStorageError,
    SchemaTooNewError,
    ShopFileExistsError,
    StorageError,
    ValidationError,
)


@dataclass(frozen=True)
class UserMessage:
    title: str
    text: str
    is_bug: bool = False


# Errors told in the same words whatever the details: (kind, title, text), narrowest first.
_FIXED: tuple[tuple[type[CustDeskError], str, str], ...] = (
    (
        SchemaTooNewError,
        QT_TRANSLATE_NOOP("messages", "Newer database"),
        QT_TRANSLATE_NOOP(
            "messages",
            "This customer file was saved by a newer version of CustDesk. Please install the "
            "newer version to open it. The file was not changed.",
        ),
    ),
    (
        NoShopFileError,
        QT_TRANSLATE_NOOP("messages", "No shop file there"),
        QT_TRANSLATE_NOOP(
            "messages",
            "There is no CustDesk shop file at that place (nothing there, a folder, or an empty "
            "file). Nothing was changed.",
        ),
    ),
    (
        ShopFileExistsError,
        QT_TRANSLATE_NOOP("messages", "A file is already there"),
        QT_TRANSLATE_NOOP(
            "messages", "There is already a file at that place, so no new shop file was made."
        ),
    ),
    (
        NotAWorkbookError,
        QT_TRANSLATE_NOOP("messages", "Not an Excel file"),
        QT_TRANSLATE_NOOP(
            "messages",
            "That file is not an Excel workbook (.xlsx), so it was not replaced. Nothing was "
            "written; choose another file name.",
        ),
    ),
    (
        NotACustDeskDatabaseError,
        QT_TRANSLATE_NOOP("messages", "Not a CustDesk file"),
        QT_TRANSLATE_NOOP(
            "messages", "This file is not a CustDesk customer file. It was left as it is."
        ),
    ),
    (
        CorruptDatabaseError,
        QT_TRANSLATE_NOOP("messages", "Damaged database"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The customer file is damaged. Restore it from a backup; nothing more was written"
            " to it.",
        ),
    ),
    (
        DiskFullError,
        QT_TRANSLATE_NOOP("messages", "The disk is full"),
        QT_TRANSLATE_NOOP(
            "messages",
            "There is no room left on the disk, so this was not saved. Everything saved "
            "before is safe. Free some space (empty the recycle bin, move old files to a USB "
            "stick), then try again; what you typed is still here.",
        ),
    ),
    (
        ReadOnlyStorageError,
        QT_TRANSLATE_NOOP("messages", "Cannot write to the disk"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The customer file or its folder cannot be written to (a read-only disk or USB "
            "stick, or missing permissions), so this was not saved. Nothing saved before was "
            "lost. Fix the folder's permissions or choose another folder, then try again.",
        ),
    ),
    (
        DatabaseLockedError,
        QT_TRANSLATE_NOOP("messages", "The file is busy"),
        QT_TRANSLATE_NOOP(
            "messages",
            "Another program is using the customer file right now (a backup or sync tool, or "
            "a second CustDesk), so this was not saved. Wait a moment and try again; what you"
            " typed is still here.",
        ),
    ),
    (
        DatabaseGoneError,
        QT_TRANSLATE_NOOP("messages", "The customer file has gone"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The customer file was deleted or moved while CustDesk had it open, so nothing "
            "more is written to it. Put it back (from the recycle bin, or restore a backup), "
            "then close and open CustDesk again.",
        ),
    ),
)


def user_message(exc: BaseException) -> UserMessage:
    """A title and sentence for ``exc``; anything not a CustDeskError is reported as our bug."""
    if isinstance(exc, DatabaseInUseError):
        holder = exc.holder
        who = (
            QCoreApplication.translate(
                "messages",
                "CustDesk (process {pid}) of user {user} on computer {host}, open since {since}",
            ).format(
                pid=holder.pid,
                user=holder.user,
                host=holder.host,
                since=holder.started_at,
            )
            if holder
            else QCoreApplication.translate("messages", "another program")
        )
        return UserMessage(
            QCoreApplication.translate("messages", "Database already open"),
            QCoreApplication.translate(
                "messages",
                "The customer file {path} is already open in {who}.\n\n"
                "Switch to that window, or close it and try again. Nothing was changed.",
            ).format(path=exc.db_path, who=who),
        )
    for kind, title, text in _FIXED:
        if isinstance(exc, kind):
            return UserMessage(
                QCoreApplication.translate("messages", title),
                QCoreApplication.translate("messages", text),
            )
    if isinstance(exc, StorageError):
        return UserMessage(
            QCoreApplication.translate("messages", "Cannot use the database"),
            QCoreApplication.translate(
                "messages",
                "The customer file could not be read or saved. Check that the disk is not full "
                "and the folder can be written to, then try again.\n\nDetails: {detail}",
            ).format(detail=str(exc)),
        )
    if isinstance(exc, ValidationError):
        problems = dict.fromkeys(field_problem_text(code) for code in exc.field_errors.values())
        return UserMessage(
            QCoreApplication.translate("messages", "Please check the input"),
            "\n".join(problems)
            if problems
            else QCoreApplication.translate("messages", "Something entered cannot be used."),
        )
    if isinstance(exc, DuplicateError):
        return UserMessage(
            QCoreApplication.translate("messages", "Already exists"),
            QCoreApplication.translate(
                "messages", "This phone number is already in the file of {name}."
            ).format(name=exc.existing_name or exc.existing_id),
        )
    if isinstance(exc, NotFoundError):
        return UserMessage(
            QCoreApplication.translate("messages", "Not found"),
            QCoreApplication.translate(
                "messages", "The record no longer exists. It may have been deleted."
            ),
        )
    if isinstance(exc, CustDeskError):
        return UserMessage(QCoreApplication.translate("messages", "CustDesk"), str(exc))
    return UserMessage(
        QCoreApplication.translate("messages", "Unexpected error"),
        QCoreApplication.translate(
            "messages",
            "Something went wrong inside CustDesk. Your saved data is safe. "
            "Please tell the person who looks after this computer what you were doing.",
        ),
        is_bug=True,
    )


def field_problem_text(code: FieldProblem) -> str:
    """The sentence shown under a form field (or in a message) for a FieldProblem code; every
    code has one (custdesk.code_words.PROBLEMS), in English and in the zh_CN catalogue
    (tests/ui/common/test_messages)."""
    return QCoreApplication.translate(MESSAGES, PROBLEMS[FieldProblem(code)])


def file_problem_text(exc: CustDeskError) -> str:
    """Why a spreadsheet cannot be imported, in the clerk's language."""
    reason = getattr(exc, "reason", "")
    first, second = getattr(exc, "encodings", ("", ""))
    texts = {
        "not_xlsx": QCoreApplication.translate(
            "messages", "This is not a workbook, CSV or vCard file that can be imported."
        ),
        "encrypted": QCoreApplication.translate(
            "messages",
            "This file is password-protected. Open it in Excel or WPS and save it without a "
            "password, then try again.",
        ),
        "ambiguous_encoding": QCoreApplication.translate(
            "messages",
            "This text file reads both as {first} and as {second}, and its column names do not "
            "tell which is right. Save it again as UTF-8 (in Excel: CSV UTF-8), then try again.",
        ).format(first=first, second=second),
        "no_table": QCoreApplication.translate(
            "messages", "This web page holds no table of customers."
        ),
        "macros": QCoreApplication.translate(
            "messages", "This file contains macros. Save it as a plain .xlsx workbook first."
        ),
        "zip_bomb": QCoreApplication.translate(
            "messages", "This file would unpack to far more than a spreadsheet holds; not read."
        ),
        "too_large": QCoreApplication.translate("messages", "This file is too large to import."),
        "too_many_rows": QCoreApplication.translate(
            "messages", "This sheet has too many rows (at most 200,000)."
        ),
        "cell_too_long": QCoreApplication.translate(
            "messages", "A cell in this sheet is too long (at most 10,000 characters)."
        ),
        "no_sheet": QCoreApplication.translate("messages", "There is no such sheet in the file."),
        "bad_csv": QCoreApplication.translate(
            "messages",
            "This CSV file could not be read (a quote may never be closed). Open it in Excel or "
            "WPS and save it again as CSV or .xlsx, then try again.",
        ),
        "unreadable": QCoreApplication.translate(
            "messages", "This file could not be read. It may be damaged."
        ),
    }
    return texts.get(reason, user_message(exc).text)


def warn_about(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the clerk in a dialog; the window stays as it was."""
    show_box(parent, user_message(exc))


def show_box(parent: QWidget | None, message: UserMessage) -> None:
    """The one place a failure's message box is put on screen (tests/ui/conftest.py's
    ``shown_messages`` replaces it, to read the words a clerk would)."""
    QMessageBox.warning(parent, message.title, message.text)
