"""The import wizard's question "how are the dates written?", asked only when a date column
could be read day-month or month-day alike (5/3/1990): each answer reads the file's own cell,
so the clerk picks the reading that gives the date meant, not an order named in the abstract.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from custdesk import clock as shop_clock
from custdesk.services.customers.date_reading import DateOrder, read_date
from custdesk.ui.common.display import MUTED_STYLE

_ORDERS = (DateOrder.DMY, DateOrder.MDY, DateOrder.YMD)


class DateOrderQuestion(QWidget):
    """A label, the answers and a hint, hidden until ``ask`` gives a cell to ask about.
    ``answered`` is emitted when the clerk picks (or unpicks) an answer."""

    answered = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.label = QLabel(label)
        self.hint = QLabel()
        self.hint.setStyleSheet(MUTED_STYLE)
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.label, self.combo)
        form.addRow("", self.hint)
        self.combo.currentIndexChanged.connect(lambda _index: self.answered.emit())
        self.ask(None)

    def ask(self, example: str | None, hint: str = "") -> None:
        """Ask about ``example`` (a cell as written; None hides the question), with ``hint``
        below. The answer is cleared: a new file or column is a new question."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Choose…"), None)
        for order in _ORDERS:
            self.combo.addItem(self._answer(order, example or ""), str(order))
        self.combo.blockSignals(False)
        self.hint.setText(hint)
        self.setVisible(example is not None)
        self.answered.emit()

    def is_asked(self) -> bool:
        return not self.isHidden()

    def order(self) -> DateOrder | None:
        """The order chosen, None while none is."""
        code = self.combo.currentData()
        return None if code is None else DateOrder(code)

    def _answer(self, order: DateOrder, example: str) -> str:
        """ "Day first: 5/3/1990 is 5 March 1990", the cell read in this order; an order the cell
        cannot be read in keeps a made-up example, so every answer still says what it means."""
        read = read_date(example, today=shop_clock.today(), order=order)
        born = read.birthday.date if read.birthday is not None else None
        if born is None or not _written_in(order, example):
            return {
                DateOrder.DMY: self.tr("Day first: 3/5/1990 is 3 May 1990"),
                DateOrder.MDY: self.tr("Month first: 3/5/1990 is 5 March 1990"),
                DateOrder.YMD: self.tr("Year first: 90/5/3 is 3 May 1990"),
            }[order]
        text = {
            DateOrder.DMY: self.tr("Day first: {cell} is {date}"),
            DateOrder.MDY: self.tr("Month first: {cell} is {date}"),
            DateOrder.YMD: self.tr("Year first: {cell} is {date}"),
        }[order]
        return text.format(cell=example, date=_long_date(born))


def _written_in(order: DateOrder, cell: str) -> bool:
    """Whether the cell could be written in ``order`` at all: a four-digit year written last is
    no year-first date, one written first no day- or month-first date (the reader takes the
    year where it stands whatever the order asked)."""
    parts = re.findall(r"\d+", cell)
    if len(parts) != 3:
        return True
    year_first, year_last = len(parts[0]) == 4, len(parts[2]) == 4
    return not year_last if order is DateOrder.YMD else not year_first


def _long_date(day: dt.date) -> str:
    """5 March 1990 / 1990年3月5日: the locale's long date without the weekday, so two readings
    of one cell differ only where they differ."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd ", ", dddd", " dddd", "dddd"):
        pattern = pattern.replace(weekday, "")
    return locale.toString(QDate(day), pattern)
