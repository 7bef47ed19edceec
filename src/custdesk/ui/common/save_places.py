"""Where the window offers to save a file for the clerk: a "CustDesk" folder in the user's
Documents, made on first use, so that exports are found again among her own files instead of
scattered over the home folder (issue 18, "Feedback"). Every save dialog starts there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from custdesk.periods import month_bounds

FOLDER_NAME = "CustDesk"


def documents_folder() -> Path:
    """The "CustDesk" folder in the user's Documents (Qt's DocumentsLocation: the Windows
    Documents folder, XDG_DOCUMENTS_DIR on Linux), made when missing. When it cannot be made
    (a read-only or missing Documents), the Documents folder itself, and then the home folder:
    the clerk can still choose a place in the dialog."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    documents = Path(location) if location else Path.home() / "Documents"
    folder = documents / FOLDER_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return documents if documents.is_dir() else Path.home()
    return folder


def suggested_path(file_name: str) -> Path:
    """Where a save dialog starts: ``file_name`` in documents_folder()."""
    return documents_folder() / file_name


def period_file_name(stem: str, since: dt.date, until: dt.date, suffix: str = ".xlsx") -> str:
    """A file name that says its dates: "客户档案台报表-2026-11.xlsx" for one whole calendar
    month, else "客户档案台报表-2026-01-01-2026-11-30.xlsx"; dates in ISO order so that the
    files sort by date in a folder."""
    if (since, until) == month_bounds(until):
        return f"{stem}-{since:%Y-%m}{suffix}"
    return f"{stem}-{since.isoformat()}-{until.isoformat()}{suffix}"


def excel_filter() -> str:
    return QCoreApplication.translate("SavePlaces", "Excel workbook (*.xlsx)")


def picture_filter() -> str:
    return QCoreApplication.translate("SavePlaces", "PNG picture (*.png)")


def ask_save_path(
    parent: QWidget,
    suggested_name: str,
    *,
    title: str | None = None,
    file_filter: str | None = None,
) -> Path | None:
    """Ask where to save, starting at ``suggested_name`` in documents_folder(); None when the
    clerk cancels. An Excel workbook unless ``file_filter`` says otherwise."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        title or QCoreApplication.translate("SavePlaces", "Export to Excel"),
        str(suggested_path(suggested_name)),
        file_filter or excel_filter(),
    )
    return Path(path) if path else None
