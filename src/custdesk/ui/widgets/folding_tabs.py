"""Tabs that fold down to their tab bar: the Today page's lesser lists, kept out of the way of
the work list until the clerk opens one (issue 18: at 1024x560 the six-part grid left room for
four lines of what was most urgent)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from custdesk.ui.widgets.agenda_section import AgendaSection


class FoldingTabs(QWidget):
    folded_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.tab_bar = QTabBar()
        self.tab_bar.setExpanding(False)
        self.tab_bar.setDrawBase(False)
        # A push button, not a tool button: Enter presses it as well as Space (a clerk's trial
        # found Show ▴ deaf to Enter).
        self.fold_button = QPushButton()
        self.fold_button.setCheckable(True)
        self.fold_button.setFlat(True)
        self.fold_button.setAutoDefault(True)
        self.stack = QStackedWidget()
        self.sections: list[AgendaSection[Any]] = []
        # Choosing a tab, by click or by arrow key, shows it: a folded tab bar is a menu.
        self.tab_bar.currentChanged.connect(self._show_tab)
        self.tab_bar.tabBarClicked.connect(lambda _index: self.set_folded(False))
        self.fold_button.clicked.connect(lambda unfolded: self.set_folded(not unfolded))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.tab_bar)
        top.addStretch(1)
        top.addWidget(self.fold_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.set_folded(True)

    def add_section(self, section: AgendaSection[Any], title: Callable[[int], str]) -> None:
        """A tab showing ``section``, named by ``title`` from its count: shorter than the
        section's own title line, which is hidden (four long titles do not fit 1024 pixels),
        and which the tab's tooltip tells in full."""
        # The first tab added becomes the current one: that is no clerk choosing it, so the
        # tabs stay folded.
        self.tab_bar.blockSignals(True)
        index = self.tab_bar.addTab(title(0))
        self.tab_bar.blockSignals(False)
        section.title_label.hide()
        section.button_row.insertStretch(0, 1)  # its buttons stay on the right, at their size
        section.counted.connect(lambda count: self._retitle(index, title(count)))
        self.stack.addWidget(section)
        self.sections.append(section)

    def is_folded(self) -> bool:
        return self.stack.isHidden()

    def set_folded(self, folded: bool) -> None:
        self.stack.setHidden(folded)
        self.fold_button.setChecked(not folded)
        self.fold_button.setText(self.tr("Show ▴") if folded else self.tr("Hide ▾"))
        self.folded_changed.emit(folded)

    def _show_tab(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.set_folded(False)

    def _retitle(self, index: int, title: str) -> None:
        self.tab_bar.setTabText(index, title)
        label = self.sections[index].title_label
        self.tab_bar.setTabToolTip(index, label.toolTip() or label.text())
