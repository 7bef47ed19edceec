"""Pictures of widgets saved as PNG files: a chart or a page shows real customers, so the file is
readable by this user only (0600, like exports) and appears complete or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QWidget

from custdesk.errors import StorageError, written_file_error
from custdesk.scratch import write_file


def save_png(widget: QWidget, path: Path) -> Path:
    """Save a picture of ``widget`` to ``path``; raises StorageError (e.g. DiskFullError)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        raise StorageError(f"The picture {path} could not be made")
    buffer.close()
    try:
        return write_file(path, bytes(data.data()))
    except OSError as exc:
        raise written_file_error(exc, f"The picture {path} could not be saved") from exc
