"""A tall form that scrolls up and down, never sideways, so the buttons below it stay in sight.

A counter PC's screen is 1024x600 less its taskbar (issue 18): a form of sixteen fields does not
fit it. In this area the fields scroll; the dialog's buttons go outside it. It is as wide as its
widest field needs (a plain QScrollArea can be squeezed narrower and then scrolls sideways,
hiding the fields' right ends), and it scrolls to whichever field gets the focus: QScrollArea
does so only for a Tab it handles itself, not for Tab from the buttons back to the first field,
Enter moving on (ui.common.form_keys) or a refused save focusing the field to correct.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QStyle, QWidget


class FormScrollArea(QScrollArea):
    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes from field to field as without it: the area itself is no stop.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(form)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    @Slot(QWidget, QWidget)
    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        form = self.widget()
        if new is not None and form is not None and form.isAncestorOf(new):
            self.ensureWidgetVisible(new)

    def _scroll_bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def minimumSizeHint(self) -> QSize:
        """The form's own minimum width and a scroll bar's; a few lines high."""
        form = self.widget()
        least = super().minimumSizeHint()
        if form is None:
            return least
        width = form.minimumSizeHint().width() + self._scroll_bar_width() + 2 * self.frameWidth()
        return QSize(max(width, least.width()), least.height())

    def sizeHint(self) -> QSize:
        """The whole form, without scrolling, as far as the screen allows (the window is
        bounded by the screen's available area when it opens)."""
        form = self.widget()
        if form is None:
            return super().sizeHint()
        hint = form.sizeHint()
        frame = 2 * self.frameWidth()
        return QSize(hint.width() + self._scroll_bar_width() + frame, hint.height() + frame)
