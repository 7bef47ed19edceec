"""Help ▸ About: what this program is, its version, and which customer file is open."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from custdesk import __version__
from custdesk.ui.common.display import MUTED_STYLE
from custdesk.ui.common.icons import icon


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CustDesk"))
        picture = QLabel()
        picture.setPixmap(icon("custdesk").pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(
            "<h2>{}</h2>".format(self.tr("CustDesk — Customer Files"))
            + "<p>"
            + self.tr("Version {version}").format(version=__version__)
            + "</p>"
        )
        self.description_label = QLabel(
            self.tr(
                "Keeps every customer's file, each visit and call-back, complaints and who "
                "referred whom — on this computer only, with no server and no internet."
            )
        )
        self.description_label.setWordWrap(True)
        self.file_label = QLabel(self.tr("Customer file: {path}").format(path=db_path))
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions_label = QLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__}"
        )
        self.versions_label.setStyleSheet(MUTED_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        for label in (
            self.title_label,
            self.description_label,
            self.file_label,
            self.versions_label,
        ):
            text.addWidget(label)
        body = QHBoxLayout()
        body.addWidget(picture)
        body.addSpacing(12)
        body.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
