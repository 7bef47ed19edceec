"""A page with nothing to show yet: an icon, a title and one line saying what will appear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from custdesk.ui.display import MUTED_STYLE


class EmptyStatePage(QWidget):
    def __init__(self, title: str, explanation: str, icon: QIcon) -> None:
        super().__init__()
        picture = QLabel()
        picture.setPixmap(icon.pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.explanation_label = QLabel(explanation)
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation_label.setMinimumWidth(420)
        self.explanation_label.setStyleSheet(MUTED_STYLE)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(picture)
        layout.addSpacing(12)
        layout.addWidget(self.title_label)
        layout.addSpacing(6)
        layout.addWidget(self.explanation_label)
        layout.addStretch(3)
