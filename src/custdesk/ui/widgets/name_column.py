"""A list's name column that takes the width its figures leave (issue 20's second trial: at
1024x600 the leaderboard's names shrank to "…" and the chain tree's money went off the right
edge). The figures keep the width their contents need, to the left of what may be scrolled
to; the names get the rest, no narrower than a few characters, eliding a long one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

TREE_LEAST = "Alexa…"  # what a name column shows at the least: a name's start
LEAST_LEVELS = 5  # deeper rows of a tree than this may show less of their names


class NameColumn(QObject):
    """Keeps ``view``'s column ``name`` as wide as the view's width less its other columns,
    each of those as wide as its contents; never narrower than ``least_width()`` (then the
    view scrolls sideways, a last resort). Refit on a resize and on ``fit()`` (after a fill);
    a width the clerk drags stays until the next."""

    def __init__(
        self, view: QTableView | QTreeView, name: int, key_columns: int, least: str = TREE_LEAST
    ) -> None:
        super().__init__(view)
        self._least = least
        self._view = view
        self._name = name
        self._key_columns = key_columns  # the name and the figures that must be in sight
        header = self.header()
        header.setStretchLastSection(False)
        for section in range(header.count()):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.viewport().installEventFilter(self)

    def header(self) -> QHeaderView:
        view = self._view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def least_width(self) -> int:
        """A name's first characters, and in a tree the indentation of its deepest row; the
        column's title whole."""
        view = self._view
        width = view.fontMetrics().horizontalAdvance(self._least) + 12
        width = max(width, self.header().sectionSizeHint(self._name))
        if isinstance(view, QTreeView):
            width += view.indentation() * min(self._depth() + 1, LEAST_LEVELS)
        return width

    def key_width(self) -> int:
        """What the name and the figures in ``key_columns`` (by visual place) need at the
        least, with the view's frame and vertical scroll bar: the narrowest the view may be."""
        header = self.header()
        figures = sum(
            self._contents_width(header.logicalIndex(place))
            for place in range(self._key_columns)
            if header.logicalIndex(place) != self._name
        )
        return self.least_width() + figures + self._frame()

    def whole_width(self) -> int:
        """What the view needs to show every column whole, names too."""
        header = self.header()
        columns = sum(
            self._contents_width(section)
            for section in range(header.count())
            if not header.isSectionHidden(section)
        )
        return columns + self._frame()

    def _frame(self) -> int:
        view = self._view
        return 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()

    def fit(self) -> None:
        header = self.header()
        others = 0
        for section in range(header.count()):
            if section != self._name and not header.isSectionHidden(section):
                width = self._contents_width(section)
                header.resizeSection(section, width)
                others += width
        room = self._view.viewport().width() - others
        header.resizeSection(self._name, max(self.least_width(), room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _contents_width(self, section: int) -> int:
        view = self._view
        return max(view.sizeHintForColumn(section), self.header().sectionSizeHint(section))

    def _depth(self) -> int:
        view = self._view
        model = view.model()
        deepest = 0
        stack = [(model.index(row, 0), 0) for row in range(model.rowCount())]
        while stack:
            index, depth = stack.pop()
            deepest = max(deepest, depth)
            stack.extend(
                (model.index(r, 0, index), depth + 1) for r in range(model.rowCount(index))
            )
        return deepest


def whole_width(table: QTableView) -> int:
    """What a table needs to show every column whole, its frame and scroll bar too."""
    header = table.horizontalHeader()
    columns = sum(
        max(table.sizeHintForColumn(section), header.sectionSizeHint(section))
        for section in range(header.count())
        if not header.isSectionHidden(section)
    )
    return columns + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
