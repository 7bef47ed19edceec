"""Today's work list: one table, most urgent first (services.contacts.work_list), each line
saying what it is, with the actions of the line beside it.

Enter, a double-click and the first button do the line's own job: Done for a follow-up,
Resolve for a complaint, a greeting for a birthday. Snooze and Cancel act on follow-ups only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QMenu

from custdesk.services.contacts.work_list import WorkItem, WorkKind
from custdesk.services.customers.phones import display_phone
from custdesk.ui.common.labels import FOLLOW_UP_SOURCES, label
from custdesk.ui.models.record_table_model import Column
from custdesk.ui.widgets.agenda_section import AgendaSection, count_title

SNOOZE_DAYS = (1, 3, 7)
ABOUT_COLUMN = 3
LATE_KINDS = (WorkKind.OPEN_COMPLAINT, WorkKind.OVERDUE)


def is_follow_up(item: WorkItem) -> bool:
    return item.follow_up_id is not None


class WorkListSection(AgendaSection[WorkItem]):
    snooze_chosen = Signal(int)  # days
    cancel_chosen = Signal()

    def __init__(self, today: Callable[[], dt.date]) -> None:
        self._today = today  # the day the list was read for: "3 d late" counts from it
        columns: list[Column[WorkItem]] = [
            Column(lambda: self.tr("Task"), self.what, warn=lambda w: w.kind in LATE_KINDS),
            Column(lambda: self.tr("Customer"), lambda w: w.customer_name),
            Column(lambda: self.tr("Phone"), lambda w: display_phone(w.phone) if w.phone else ""),
            Column(lambda: self.tr("Details"), self.about),
        ]
        super().__init__(
            count_title(self.tr("To do, most urgent first ({count})")),
            self.tr("Nothing to do right now. Well done!"),
            columns,
            stretch_column=ABOUT_COLUMN,
        )
        self.table.setObjectName("work_list_table")
        # The button does what Enter does on the line (activated), whatever kind it is.
        self.main_button = self.add_button(self.tr("Done…"), self.activated.emit)
        self.snooze_button = self.add_button(self.tr("Snooze"), lambda: None, is_follow_up)
        menu = QMenu(self.snooze_button)
        for days in SNOOZE_DAYS:
            text = (
                self.tr("Tomorrow")
                if days == 1
                else self.tr("In {days} days").format(days=QLocale().toString(days))
            )
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, d=days: self.snooze_chosen.emit(d))
        self.snooze_button.setMenu(menu)
        self.cancel_button = self.add_button(
            self.tr("Cancel it"), self.cancel_chosen.emit, is_follow_up
        )
        self.table.selectionModel().selectionChanged.connect(self._name_main_button)

    def what(self, item: WorkItem) -> str:
        """The line's kind in a few words: 逾期 3 天, 今天到期, 投诉回访, 今天生日."""
        days = QLocale().toString(item.days_late(self._today()))
        if item.kind is WorkKind.OPEN_COMPLAINT:
            if item.days_late(self._today()) == 0:
                return self.tr("Complaint today")
            return self.tr("Complaint, open {days} d").format(days=days)
        if item.kind is WorkKind.OVERDUE:
            if item.from_complaint:
                return self.tr("Check-back, {days} d late").format(days=days)
            return self.tr("{days} d late").format(days=days)
        if item.kind is WorkKind.CHECK_BACK:
            return self.tr("Complaint check-back")
        if item.kind is WorkKind.BIRTHDAY:
            return self.tr("Birthday today")
        return self.tr("Due today")

    def about(self, item: WorkItem) -> str:
        if item.kind is WorkKind.BIRTHDAY:
            if item.turning is None:
                return ""
            return self.tr("Turns {age}").format(age=QLocale().toString(item.turning))
        if is_follow_up(item) and not item.about:
            return label(FOLLOW_UP_SOURCES, item.source)
        return " ".join(item.about.split())  # a complaint's lines on the table's one line

    def _name_main_button(self) -> None:
        item = self.selected()
        kind = None if item is None else item.kind
        if kind is WorkKind.OPEN_COMPLAINT:
            self.main_button.setText(self.tr("Resolve…"))
        elif kind is WorkKind.BIRTHDAY:
            self.main_button.setText(self.tr("Log greeting…"))
        else:
            self.main_button.setText(self.tr("Done…"))
