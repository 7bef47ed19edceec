"""The customer list as a Qt table model: only ids are held, rows are fetched in blocks.

The ids are read a page at a time (Qt's canFetchMore/fetchMore: the next page when the view
scrolls near the end of what it has), so a list of a million customers opens as fast as a short
one; the count beside it is read apart, capped (``10,000+``). The rows Qt paints are fetched
from the service a block at a time and kept in a bounded cache. Sorting and filtering go back to
the service (SQL), never to a proxy model, which would only see rows already loaded.

While a search is typed the rows are ranked (the exact name or phone first, then those starting
with it, then the rest); a click on a column header sorts by that column instead, until the next
search is typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from custdesk import clock as shop_clock
from custdesk.services.customers.customer_list import (
    COUNT_EXACT_UP_TO,
    PAGE_SIZE,
    CustomerFilter,
    CustomerListService,
    CustomerRow,
    SortKey,
)
from custdesk.services.customers.phones import display_phone
from custdesk.ui.common.display import money, short_date
from custdesk.ui.common.labels import GENDERS, STAGES, TEMPERAMENTS, label

AnyIndex = QModelIndex | QPersistentModelIndex

NAME, PHONE, GENDER, AGE, STAGE, TEMPERAMENT = range(6)
LAST_CONTACT, NEXT_FOLLOW_UP, REFERRALS, TOTAL_SPENT, TAGS = range(6, 11)
COLUMN_COUNT = 11
# How each column is named outside the table (Excel export).
COLUMN_KEYS = (
    "name", "phone", "gender", "age", "stage", "temperament",
    "last_contact", "next_follow_up", "referrals", "total_spent", "tags",
)  # fmt: skip

HEADERS = (
    QT_TRANSLATE_NOOP("CustomerTableModel", "Name"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Gender"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Age"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Stage"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Temperament"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Last contact"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Next follow-up"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Referrals"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Total spent"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Tags"),
)
SORT_KEYS = {
    NAME: SortKey.NAME,
    AGE: SortKey.AGE,
    STAGE: SortKey.STAGE,
    LAST_CONTACT: SortKey.LAST_CONTACT,
    NEXT_FOLLOW_UP: SortKey.NEXT_FOLLOW_UP,
    REFERRALS: SortKey.REFERRALS,
    TOTAL_SPENT: SortKey.TOTAL_SPENT,
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCK = 200
CACHE_LIMIT = 5000
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NUMERIC_COLUMNS = frozenset((AGE, REFERRALS, TOTAL_SPENT))  # right-aligned, header and cells


class CustomerTableModel(QAbstractTableModel):
    def __init__(
        self,
        service: CustomerListService,
        *,
        today: Callable[[], dt.date] = shop_clock.today,
        load_now: bool = True,
        read: Callable[[Callable[[], object]], bool] | None = None,
    ) -> None:
        """``read`` runs the model's own reads of ids (a sort asked for by the view) and says
        whether they were done: the page passes its Operation, so a failure is told to the
        clerk, and the list keeps the rows and order it showed."""
        super().__init__()
        self._service = service
        self._read = read or _read_now
        self._today = today
        self._filter = CustomerFilter()
        self._sort = (SortKey.NAME, False)
        self._ranked = False  # a search was typed and no header clicked since
        self._ids: list[int] = []  # the pages read so far
        self._complete = True  # whether the last page read was the list's last
        self._count = 0  # as the service counts it: up to COUNT_EXACT_UP_TO + 1
        self._cache: dict[int, CustomerRow] = {}
        self.loaded = False
        if load_now:
            self.reload()

    # -- what is shown ----------------------------------------------------------------------
    @property
    def current_filter(self) -> CustomerFilter:
        return self._filter

    @property
    def current_sort(self) -> tuple[SortKey, bool]:
        """(key, descending) as the list is ordered now (SortKey.RELEVANCE while ranked)."""
        return (SortKey.RELEVANCE, False) if self._ranked else self._sort

    @property
    def ranked(self) -> bool:
        """Whether the rows are in the search's ranking, not in a column's order."""
        return self._ranked

    def sort_column(self) -> int:
        """The column the list is sorted by when not ranked."""
        return next(column for column, key in SORT_KEYS.items() if key is self._sort[0])

    def set_filter(self, where: CustomerFilter) -> bool:
        """Show the customers ``where`` finds; whether they are shown (False: the read failed,
        was told, and the list still shows what it did)."""
        if where == self._filter:
            return True
        previous, self._filter = self._filter, where
        was_ranked = self._ranked
        if not where.text.strip():
            self._ranked = False
        elif where.text != previous.text:
            self._ranked = True  # a new search: its best matches first
        if self._read(self.reload):
            return True
        self._filter, self._ranked = previous, was_ranked
        return False

    @property
    def count(self) -> int:
        """How many customers the list holds, counted up to COUNT_EXACT_UP_TO + 1 (past it the
        page says "10,000+"); rowCount is only the part read so far."""
        return self._count

    def reload(self) -> None:
        """Read the first page of ids again (after a filter change, a sort or an edit)."""
        ids, complete, count = self._first_pages(PAGE_SIZE)  # before the reset: may fail
        self.beginResetModel()
        self._take(ids, complete, count)
        self.endResetModel()

    def refresh(self) -> bool:
        """Read the ids again after data changed; whether the rows were reset.

        As many rows as were read are read again. The same customers in the same order only
        repaint (the cached rows are dropped): the view keeps its selection, current row and
        scroll position. Otherwise the model resets.
        """
        ids, complete, count = self._first_pages(max(PAGE_SIZE, len(self._ids)))
        if not self.loaded or ids != self._ids:
            self.beginResetModel()
            self._take(ids, complete, count)
            self.endResetModel()
            return True
        self._complete, self._count = complete, count
        self._cache.clear()
        if ids:
            last = self.index(len(ids) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        return False

    def customer_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, customer_id: int) -> int | None:
        """The row of ``customer_id``, reading the pages down to it if the view has not (a
        customer just saved may sort anywhere); None when the list does not hold it."""
        if customer_id in self._ids:
            return self._ids.index(customer_id)
        if self._complete:
            return None
        position = self._service.position(self._filter, *self.current_sort, customer_id)
        if position is None:
            return None
        read, wanted = len(self._ids), position + 1 - len(self._ids)
        self._append(
            self._service.page(self._filter, *self.current_sort, offset=read, limit=wanted)
        )
        return self._ids.index(customer_id) if customer_id in self._ids else None

    def _first_pages(self, rows: int) -> tuple[list[int], bool, int]:
        ids, count = self._service.first_page(self._filter, *self.current_sort, limit=rows)
        return ids, len(ids) < rows, count

    def _take(self, ids: list[int], complete: bool, count: int) -> None:
        self.loaded = True
        self._ids, self._complete, self._count = ids, complete, count
        self._cache.clear()

    def _append(self, ids: list[int], asked: int = PAGE_SIZE) -> None:
        if len(ids) < asked:
            self._complete = True
        if ids:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
            self._ids.extend(ids)
            self.endInsertRows()

    # -- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.loaded and not self._complete

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """The next page, as the view scrolls near the end of what it has; a failed read is
        told through ``read`` and the list keeps what it shows."""
        if not self.canFetchMore(parent):
            return
        offset = len(self._ids)
        page: list[int] = []

        def read_page() -> None:
            page.extend(self._service.page(self._filter, *self.current_sort, offset=offset))

        if self._read(read_page) and len(self._ids) == offset:
            self._append(page)

    def fetch_to_the_end(self) -> None:
        """Every page left, for End on a list the count knows whole (at most COUNT_EXACT_UP_TO
        customers, some 20 reads); a longer list goes on a page per press instead of reading
        up to a million ids at once. Stops at a read that failed (it was told)."""
        while self.canFetchMore() and self._count <= COUNT_EXACT_UP_TO:
            read = len(self._ids)
            self.fetchMore()
            if len(self._ids) == read:
                return

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CustomerTableModel", HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC_COLUMNS:
            return int(_RIGHT)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT) if index.column() in NUMERIC_COLUMNS else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._row(index.row())
        return None if row is None else self._display(row, index.column())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return  # columns without an index keep the current order
        wanted = (key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort and self.loaded and not self._ranked:
            return  # Qt re-sends the current order (header state restored, sorting enabled)
        (previous, was_ranked), self._sort, self._ranked = (self._sort, self._ranked), wanted, False
        # Before the first load only remember the order.
        if self.loaded and not self._read(self.reload):
            self._sort, self._ranked = previous, was_ranked

    # -- helpers ----------------------------------------------------------------------------
    def _row(self, row: int) -> CustomerRow | None:
        customer_id = self._ids[row]
        if customer_id not in self._cache:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            start = row - row % BLOCK
            block = self._ids[start : start + BLOCK]
            self._cache.update((r.id, r) for r in self._service.rows(block))
        return self._cache.get(customer_id)

    def _display(self, row: CustomerRow, column: int) -> str:
        locale = QLocale()
        if column == NAME:
            return row.name
        if column == PHONE:
            return display_phone(row.phone) if row.phone else ""
        if column == GENDER:
            return label(GENDERS, row.gender)
        if column == AGE:
            age = row.birthday.age_on(self._today()) if row.birthday else None
            return "" if age is None else locale.toString(age)
        if column == STAGE:
            return label(STAGES, row.stage)
        if column == TEMPERAMENT:
            return label(TEMPERAMENTS, row.temperament)
        if column == LAST_CONTACT:
            return short_date(row.last_contact_at.date() if row.last_contact_at else None)
        if column == NEXT_FOLLOW_UP:
            return short_date(row.next_follow_up_on)
        if column == REFERRALS:
            return locale.toString(row.referrals_made) if row.referrals_made else ""
        if column == TOTAL_SPENT:
            return money(row.total_spent_cents)
        return row.tags


def _read_now(read: Callable[[], object]) -> bool:
    """Without a page (the model's own tests): read, and let a failure propagate."""
    read()
    return True
