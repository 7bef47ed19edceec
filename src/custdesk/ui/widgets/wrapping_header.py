"""A column header whose long titles take two lines, so that a column is as wide as the longer
half of its title rather than the whole of it (issue 20: the referrals page's months read
"ew customer file" and "referral (convert", and the chain tree's names "Cus…", because a few
long English titles left too little width for the rest)."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QWidget

LINES = 2


def wrapped_width(text: str, metrics: QFontMetricsF) -> float:
    """The width ``text`` needs when broken at its best space into two lines: the longer line
    as short as it can be. A title without a space (Chinese, or one word) keeps one line.
    Fractional, as Qt lays the text out: rounded down, "Spent by people" took a third line."""
    words = text.split(" ")
    whole = metrics.horizontalAdvance(text)
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        whole = min(whole, max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)))
    return whole


class WrappingHeader(QHeaderView):
    """A horizontal header for a table or a tree: sized for titles wrapped onto two lines, and
    painted wrapped (Qt wraps a header's text when its alignment says TextWordWrap)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        wrap = Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap))
        self.setDefaultAlignment(alignment | wrap)
        self.setSectionsClickable(True)  # as a table's own header: a click selects the column
        self.setHighlightSections(True)

    def sectionSizeFromContents(self, section: int) -> QSize:
        size = super().sectionSizeFromContents(section)
        model = self.model()
        text = model.headerData(section, self.orientation()) if model else None
        if not isinstance(text, str) or not text:
            return size
        font = self.font()
        font.setBold(True)  # as Qt measures a section: a highlighted one is bold
        metrics = QFontMetricsF(font)
        whole, halves = metrics.horizontalAdvance(text), wrapped_width(text, metrics)
        if halves >= whole:
            return size
        narrower = math.floor(whole - halves)
        return QSize(size.width() - narrower, size.height() + math.ceil(metrics.lineSpacing()))
