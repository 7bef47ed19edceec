"""The main window's pages, each built on its first visit: a placeholder holds its place until
then, so start-up builds Today only.

Apart from main_window so the window arranges and answers its menus, and this widget keeps the
pages built so far.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from custdesk.ui.shell.window_state import restore_splitters


class PageStack(QStackedWidget):
    def __init__(self, builders: dict[str, Callable[[], QWidget]], *, look_only: bool) -> None:
        """``builders``: how each page is made; ``look_only``: a window on a backup, whose
        pages are told so before the clerk sees them."""
        super().__init__()
        self._builders = builders
        self._look_only = look_only
        self._index: dict[str, int] = {}
        self._built: dict[str, QWidget] = {}

    def add_placeholder(self, key: str) -> None:
        """The page's place, in the order the pages are added; built on its first use."""
        self._index[key] = self.addWidget(QWidget())

    def built(self, key: str) -> QWidget | None:
        """The page under ``key`` if it has been built (None: never shown nor asked for)."""
        return self._built.get(key)

    def page(self, key: str) -> QWidget:
        """The page under ``key``, built now if this is its first use."""
        built = self._built.get(key)
        if built is None:
            built = self._built[key] = self._builders[key]()
            built.setObjectName(f"page_{key}")
            index = self._index[key]
            placeholder = self.widget(index)
            self.insertWidget(index, built)
            self.removeWidget(placeholder)
            placeholder.deleteLater()
            restore_splitters(built)
            look_only = getattr(built, "look_only", None)
            if self._look_only and callable(look_only):
                look_only()  # before the clerk sees it: nothing there to change the backup
        return built
