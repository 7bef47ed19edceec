"""The one date field: a line of text the clerk types, read by the import's date reader, with a
calendar to pick from.

Why not QDateEdit: its sections swallowed the first key typed after Tab (``1990-03-15`` became
``9900315``), Tab erased a date it did not parse, and "no date" had to be a sentinel date
(1900-01-01) that a real birthday on that day was then taken for. Here the text is what the
clerk typed, untouched by Tab or Save; an empty text is "no date"; and a text that is no date is
refused by the form (``problem``), with what was typed kept for the correction.

What it reads: see ``services.customers.date_reading`` (1990-03-15, 1990/3/15, 19900315,
1990.3.15, 1990年3月15日...); a birthday field also takes a month and day without the year
(3-15, 3月15日).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem
from custdesk.services.customers.calendar import Birthday, birthday_in, latest_record_date
from custdesk.services.customers.date_reading import ReadDate, Reading, read_date
from custdesk.ui.common.display import show_message
from custdesk.ui.common.messages import field_problem_text

BIRTHDAY_YEARS_BACK = 30  # where a birthday's calendar opens: a typical customer's age


class DateField(QLineEdit):
    """``birthday``: a month and day without the year is a date too. ``required``: an empty
    field is a problem (REQUIRED), else it means "no date".

    ``edited`` is emitted when the clerk is done with a change: Enter, leaving the field, or a
    day picked in the calendar (not on every key)."""

    edited = Signal()

    def __init__(
        self, *, birthday: bool = False, required: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._birthday = birthday
        self._required = required
        self._last_edited = ""
        icon = QIcon.fromTheme(
            "x-office-calendar", self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        )
        self.calendar_action = QAction(icon, self.tr("Choose from a calendar (Alt+Down)"), self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)  # Enter on a day
        box = QVBoxLayout(self.popup)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.calendar)
        self.editingFinished.connect(self._announce_edit)

    # -- what it holds ----------------------------------------------------------------------
    def reading(self) -> ReadDate:
        """What the text says as a date, read as the import reads a cell."""
        today = shop_clock.today()
        # A two-digit year is the latest that is not after ``today``: a birthday lies in the
        # past, while other dates (a call planned) may lie up to ten years ahead.
        latest = today if self._birthday else latest_record_date(today)
        return read_date(self.text(), today=latest)

    def problem(self) -> FieldProblem | None:
        """Why the text cannot be saved as this field's date, or None (for an empty optional
        field too)."""
        reading = self.reading()
        if reading.reading is Reading.EMPTY:
            return FieldProblem.REQUIRED if self._required else None
        if reading.reading is Reading.AMBIGUOUS:
            return FieldProblem.AMBIGUOUS_DATE
        if reading.reading is Reading.DATE or (
            reading.reading is Reading.MONTH_DAY and self._birthday
        ):
            return None
        return FieldProblem.INVALID_DATE

    def date(self) -> dt.date | None:
        """The day typed, when the text is a whole date (year, month and day); else None."""
        return self.reading().date

    def birthday(self) -> Birthday | None:
        """The birthday typed (the year may be unknown); None for an empty field or a text
        that is no date (``problem`` says which)."""
        return None if self.problem() else self.reading().birthday

    def show_date(self, value: dt.date | Birthday | None) -> None:
        """Show a stored date: 1990-03-15, 03-15 for a birthday without its year (read back the
        same), nothing for no date."""
        if isinstance(value, Birthday) and value.year is None:
            text = f"{value.month:02d}-{value.day:02d}"
        elif isinstance(value, Birthday):
            text = str(value)
        else:
            text = value.isoformat() if value is not None else ""
        self.setText(text)
        self._last_edited = text

    # -- the calendar -----------------------------------------------------------------------
    def calendar_start(self) -> dt.date:
        """Where the calendar opens: the day typed; a birthday's month and day (or, for an
        empty birthday, today) thirty years back; else today."""
        reading = self.reading()
        if reading.date is not None:
            return reading.date
        today = shop_clock.today()
        if not self._birthday:
            return today
        start = today
        if (typed := reading.birthday) is not None:  # 3-15: that day, thirty years back
            start = birthday_in(today.year, dt.date(2000, typed.month, typed.day))
        return birthday_in(today.year - BIRTHDAY_YEARS_BACK, start)

    def open_calendar(self) -> None:
        start = QDate(self.calendar_start())
        self.calendar.setSelectedDate(start)
        self.calendar.setCurrentPage(start.year(), start.month())
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.popup.close()
        self.setText(day.toString("yyyy-MM-dd"))
        self.setFocus()
        self._announce_edit()

    def sizeHint(self) -> QSize:
        """As wide as a typed date (2026-12-31) with room to spare, not QLineEdit's 17
        characters: beside other fields in a row (a purchase's item) it leaves them the room."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        wider_than_a_date = metrics.horizontalAdvance("x" * 17) - metrics.horizontalAdvance(
            "2026-12-31  "
        )
        return QSize(hint.width() - max(wider_than_a_date, 0), hint.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Down or F4 opens the calendar, as in a date or combo box; Up and Down step the
        date a day (or the month or year the cursor is in), as a date box's arrows do (they
        did nothing: a trial clerk pressed Up and saw the date stay)."""
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or (alt and event.key() == Qt.Key.Key_Down):
            self.open_calendar()
            event.accept()
            return
        arrow = event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt
        if arrow and self._step(1 if event.key() == Qt.Key.Key_Up else -1):
            event.accept()
            return
        super().keyPressEvent(event)

    def _step(self, steps: int) -> bool:
        """The date typed moved by ``steps`` in the part the cursor is in (2026-|03-15: the
        month), then shown as 2026-03-15 and told as an edit; False when no whole date is
        typed (nothing to step from)."""
        day = self.date()
        if day is None:
            return False
        cursor = self.cursorPosition()
        shown = self.text().strip()
        iso = len(shown) == len("2026-03-15") and shown[4] == "-" and shown[7] == "-"
        part = "day"
        if iso and not self.hasSelectedText() and cursor <= 7:
            part = "year" if cursor <= 4 else "month"
        self.setText(stepped(day, part, steps).isoformat())
        self.setCursorPosition(cursor)
        self._announce_edit()
        return True

    def _announce_edit(self) -> None:
        if self.text() != self._last_edited:
            self._last_edited = self.text()
            self.edited.emit()


def stepped(day: dt.date, part: str, steps: int) -> dt.date:
    """``day`` moved ``steps`` days, months or years (``part``); a month or year step to a
    shorter month lands on its last day (2026-01-31 + 1 month: 2026-02-28), as in a date box."""
    if part == "day":
        return day + dt.timedelta(days=steps)
    months = steps * (12 if part == "year" else 1)
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def dates_read(error_label: QLabel, *fields: DateField, focus: bool = False) -> bool:
    """Whether every field reads as a date (or is an allowed empty one). Else the first that
    does not is told in ``error_label`` (and given the focus with ``focus``) and False is
    returned; the label is cleared when all read. For a page's or dialog's date range."""
    for field in fields:
        problem = field.problem()
        if problem is not None:
            show_message(error_label, field_problem_text(problem))
            if focus:
                field.setFocus()
            return False
    show_message(error_label, "")
    return True
