"""What a failure is called and said, in the clerk's language, without Qt: the window's message
boxes (``custdesk.ui.common.messages``) and the command line (``custdesk.cli``) read the same
sentences, marked here for the catalogue under the context "messages".

``say`` translates one English source of that context: ``QCoreApplication.translate`` in the
window, ``custdesk.words.translate`` on the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from custdesk.code_words import PROBLEMS
from custdesk.errors import (
    CorruptDatabaseError,
    CustDeskError,
    DatabaseGoneError,
    DatabaseInUseError,
    DatabaseLockedError,
    DiskFullError,
    DuplicateError,
    FieldProblem,
    FileNotWrittenError,
    FileRefusedError,
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
from custdesk.words import N_


@dataclass(frozen=True)
class ErrorWords:
    title: str
    text: str
    is_bug: bool = False  # not a CustDeskError: our own mistake, told as such


# Errors told in the same words whatever the details: (kind, title, text), narrowest first.
_FIXED: tuple[tuple[type[CustDeskError], str, str], ...] = (
    (
        SchemaTooNewError,
        N_("messages", "Newer database"),
        N_(
            "messages",
            "This customer file was saved by a newer version of CustDesk. Please install the "
            "newer version to open it. The file was not changed.",
        ),
    ),
    (
        NoShopFileError,
        N_("messages", "No shop file there"),
        N_(
            "messages",
            "There is no CustDesk shop file at that place (nothing there, a folder, or an empty "
            "file). Nothing was changed.",
        ),
    ),
    (
        ShopFileExistsError,
        N_("messages", "A file is already there"),
        N_("messages", "There is already a file at that place, so no new shop file was made."),
    ),
    (
        NotAWorkbookError,
        N_("messages", "Not an Excel file"),
        N_(
            "messages",
            "That file is not an Excel workbook (.xlsx), so it was not replaced. Nothing was "
            "written; choose another file name.",
        ),
    ),
    (
        NotACustDeskDatabaseError,
        N_("messages", "Not a CustDesk file"),
        N_("messages", "This file is not a CustDesk customer file. It was left as it is."),
    ),
    (
        CorruptDatabaseError,
        N_("messages", "Damaged database"),
        N_(
            "messages",
            "The customer file is damaged. Restore it from a backup; nothing more was written"
            " to it.",
        ),
    ),
    (
        DiskFullError,
        N_("messages", "The disk is full"),
        N_(
            "messages",
            "There is no room left on the disk, so this was not saved. Everything saved "
            "before is safe. Free some space (empty the recycle bin, move old files to a USB "
            "stick), then try again; what you typed is still here.",
        ),
    ),
    (
        ReadOnlyStorageError,
        N_("messages", "Cannot write to the disk"),
        N_(
            "messages",
            "The customer file or its folder cannot be written to (a read-only disk or USB "
            "stick, or missing permissions), so this was not saved. Nothing saved before was "
            "lost. Fix the folder's permissions or choose another folder, then try again.",
        ),
    ),
    (
        DatabaseLockedError,
        N_("messages", "The file is busy"),
        N_(
            "messages",
            "Another program is using the customer file right now (a backup or sync tool, or "
            "a second CustDesk), so this was not saved. Wait a moment and try again; what you"
            " typed is still here.",
        ),
    ),
    (
        DatabaseGoneError,
        N_("messages", "The customer file has gone"),
        N_(
            "messages",
            "The customer file was deleted or moved while CustDesk had it open, so nothing "
            "more is written to it. Put it back (from the recycle bin, or restore a backup), "
            "then close and open CustDesk again.",
        ),
    ),
)


# Why a file given to import is refused (FileRefusedError.reason), as the wizard and ``custdesk
# import`` say it; {first} and {second} name the two encodings a text file reads in.
FILE_PROBLEMS = {
    "missing": N_(
        "messages", "There is no file with this name in that folder. Check the name and the folder."
    ),
    "not_xlsx": N_("messages", "This is not a workbook, CSV or vCard file that can be imported."),
    "encrypted": N_(
        "messages",
        "This file is password-protected. Open it in Excel or WPS and save it without a "
        "password, then try again.",
    ),
    "ambiguous_encoding": N_(
        "messages",
        "This text file reads both as {first} and as {second}, and its column names do not "
        "tell which is right. Save it again as UTF-8 (in Excel: CSV UTF-8), then try again.",
    ),
    "no_table": N_("messages", "This web page holds no table of customers."),
    "macros": N_("messages", "This file contains macros. Save it as a plain .xlsx workbook first."),
    "zip_bomb": N_(
        "messages", "This file would unpack to far more than a spreadsheet holds; not read."
    ),
    "too_large": N_("messages", "This file is too large to import."),
    "too_many_rows": N_("messages", "This sheet has too many rows (at most 200,000)."),
    "cell_too_long": N_(
        "messages", "A cell in this sheet is too long (at most 10,000 characters)."
    ),
    "no_sheet": N_("messages", "There is no such sheet in the file."),
    "bad_csv": N_(
        "messages",
        "This CSV file could not be read (a quote may never be closed). Open it in Excel or "
        "WPS and save it again as CSV or .xlsx, then try again.",
    ),
    "unreadable": N_("messages", "This file could not be read. It may be damaged."),
}


def error_words(
    exc: BaseException, say: Callable[[str], str], *, reading: bool = False
) -> ErrorWords:
    """A title and sentence for ``exc``; anything not a CustDeskError is reported as our bug.

    ``reading``: the failure came while reading (a page, a panel of the customer's file), so
    nothing was being saved and the sentence must not say "this was not saved"."""
    if reading and isinstance(exc, DatabaseLockedError):
        return ErrorWords(
            say(N_("messages", "The file is busy")),
            say(
                N_(
                    "messages",
                    "Another program is using the customer file right now (a backup or sync "
                    "tool, or a second CustDesk), so this could not be read. Wait a moment and "
                    "try again; nothing was changed.",
                )
            ),
        )
    if isinstance(exc, DatabaseInUseError):
        holder = exc.holder
        who = (
            say(
                N_(
                    "messages",
                    "CustDesk (process {pid}) of user {user} on computer {host}, open since "
                    "{since}",
                )
            ).format(
                pid=holder.pid,
                user=holder.user,
                host=holder.host,
                since=holder.started_at,
            )
            if holder
            else say(N_("messages", "another program"))
        )
        return ErrorWords(
            say(N_("messages", "Database already open")),
            say(
                N_(
                    "messages",
                    "The customer file {path} is already open in {who}.\n\n"
                    "Switch to that window, or close it and try again. Nothing was changed.",
                )
            ).format(path=exc.db_path, who=who),
        )
    if isinstance(exc, FileRefusedError) and exc.reason in FILE_PROBLEMS:
        first, second = getattr(exc, "encodings", ("", ""))
        return ErrorWords(
            say(N_("messages", "This file cannot be imported")),
            say(FILE_PROBLEMS[exc.reason]).format(first=first, second=second),
        )
    for kind, title, text in _FIXED:
        if isinstance(exc, kind):
            return ErrorWords(
                say(title),
                say(text),
            )
    if isinstance(exc, FileNotWrittenError):
        return ErrorWords(
            say(N_("messages", "The file was not written")),
            say(
                N_(
                    "messages",
                    "The file could not be written in that place (the folder may be gone, or "
                    "a USB stick taken out). Nothing was written, and the customer file is as "
                    "it was. Choose another folder and try again.\n\nDetails: {detail}",
                )
            ).format(detail=str(exc)),
        )
    if isinstance(exc, StorageError):
        return ErrorWords(
            say(N_("messages", "Cannot use the database")),
            say(
                N_(
                    "messages",
                    "The customer file could not be read or saved. Check that the disk is not full "
                    "and the folder can be written to, then try again.\n\nDetails: {detail}",
                )
            ).format(detail=str(exc)),
        )
    if isinstance(exc, ValidationError):
        problems = dict.fromkeys(
            say(PROBLEMS[FieldProblem(code)]) for code in exc.field_errors.values()
        )
        return ErrorWords(
            say(N_("messages", "Please check the input")),
            "\n".join(problems)
            if problems
            else say(N_("messages", "Something entered cannot be used.")),
        )
    if isinstance(exc, DuplicateError):
        return ErrorWords(
            say(N_("messages", "Already exists")),
            say(N_("messages", "This phone number is already in the file of {name}.")).format(
                name=exc.existing_name or exc.existing_id
            ),
        )
    if isinstance(exc, NotFoundError):
        return ErrorWords(
            say(N_("messages", "Not found")),
            say(N_("messages", "The record no longer exists. It may have been deleted.")),
        )
    if isinstance(exc, CustDeskError):
        return ErrorWords(say(N_("messages", "CustDesk")), str(exc))
    return ErrorWords(
        say(N_("messages", "Unexpected error")),
        say(
            N_(
                "messages",
                "Something went wrong inside CustDesk. Your saved data is safe. "
                "Please tell the person who looks after this computer what you were doing.",
            )
        ),
        is_bug=True,
    )
