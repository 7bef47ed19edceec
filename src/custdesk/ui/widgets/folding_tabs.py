"""Tabs that fold down to their tab bar: the Today page's lesser lists, kept out of the way of
the work list until the clerk opens one (issue 18: at 1024x560 the six-part grid left room for
four lines of what was most urgent)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QTabBar,
    QToolButton,
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
        self.fold_button = QToolButton()
        self.fold_button.setCheckable(True)
        self.fold_button.setAutoRaise(True)
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

    def add_section(self, section: AgendaSection[Any]) -> None:
        """A tab showing ``section``; the tab carries its title and count (the section's own
        title line is hidden: said once, on the tab)."""
        index = self.tab_bar.addTab(section.title_label.text())
        section.title_label.hide()
        section.titled.connect(lambda title: self._retitle(index, title))
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
        self.tab_bar.setTabToolTip(index, self.sections[index].title_label.toolTip())
