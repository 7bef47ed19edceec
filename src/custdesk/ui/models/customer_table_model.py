"""The customer list as a Qt table model: only ids are held, rows are fetched in blocks.

100,000 ids cost under a megabyte; the rows Qt paints are fetched from the service a block at a
time and kept in a bounded cache. Sorting and filtering go back to the service (SQL), never to a
proxy model, which would only see rows already loaded.

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
        self._ids: list[int] = []
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

    def reload(self) -> None:
        """Fetch the ids again (after a filter change, a sort or an edit elsewhere)."""
        ids = self._service.ids(self._filter, *self.current_sort)  # before the reset: may fail
        self.beginResetModel()
        self.loaded = True
        self._ids = ids
        self._cache.clear()
        self.endResetModel()

    def refresh(self) -> bool:
        """Read the ids again after data changed; whether the rows were reset.

        The same customers in the same order only repaint (the cached rows are dropped): the
        view keeps its selection, current row and scroll position. Otherwise the model resets.
        """
        ids = self._service.ids(self._filter, *self.current_sort)
        if not self.loaded or ids != self._ids:
            self.beginResetModel()
            self.loaded = True
            self._ids = ids
            self._cache.clear()
            self.endResetModel()
            return True
        self._cache.clear()
        if ids:
            last = self.index(len(ids) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        return False

    def customer_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    # -- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
