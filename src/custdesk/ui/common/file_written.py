"""The one message that ends every file the window writes for the clerk (an export, a chart's
picture or figures, the rows an import skipped): where the file is, and buttons to open it or
the folder it is in. Without it the clerk had to remember a path she saw for a moment in a save
dialog (issue 18, "Feedback")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class FileWrittenBox(QMessageBox):
    """ "Saved to: <path>" with Open file, Open folder and Close. Each Open asks the desktop to
    open a local URL (the program the system has for .xlsx or .png, or its file manager), then
    the box closes; Close (also Enter and Escape) only closes it."""

    def __init__(self, parent: QWidget | None, path: Path) -> None:
        super().__init__(parent)
        self.path = path
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("File saved"))
        self.setText(self.tr("Saved to:"))
        # The path as the clerk's file manager writes it (backslashes on Windows), selectable so
        # that it can be copied into a message or an e-mail.
        self.setInformativeText(QDir.toNativeSeparators(str(path)))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file_button: QPushButton = self.addButton(
            self.tr("Open file"), QMessageBox.ButtonRole.ActionRole
        )
        self.open_folder_button: QPushButton = self.addButton(
            self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.close_button: QPushButton = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.close_button)
        self.setEscapeButton(self.close_button)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)

    def open_file(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def tell_file_written(parent: QWidget | None, path: Path) -> FileWrittenBox:
    """Show where ``path`` was written, without blocking: the window goes on painting, and the
    box is found by tests among ``parent``'s children."""
    box = FileWrittenBox(parent, path)
    box.open()
    return box
