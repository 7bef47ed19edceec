"""Today (今日), the start page: what to do first, each line with its action right beside it.

One work list, most urgent first, takes the height (issue 18: 12 lines on a 1366x768 laptop);
coming birthdays, holidays, customers gone quiet and rewards owed wait in tabs below it, folded
to their tab bar until opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from custdesk import clock as shop_clock
from custdesk.services.complaints.complaints import ComplaintService
from custdesk.services.contacts.agenda import AgendaService, TodayAgenda
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitKind, VisitService
from custdesk.services.contacts.work_list import WorkItem, WorkKind
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.referrals.rewards import RewardRecord, RewardService
from custdesk.services.shop.daily import DailyUpkeep
from custdesk.services.spreadsheets.export_reports import ExportService
from custdesk.ui.common.background_job import BackgroundJob, start_export
from custdesk.ui.common.i18n import export_language
from custdesk.ui.common.look_only import set_aside
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation, query
from custdesk.ui.common.refresh_on_change import RefreshOnChange
from custdesk.ui.common.save_places import ask_save_path
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from custdesk.ui.pages.today_sections import (
    birthday_section,
    holiday_section,
    quiet_section,
    reward_section,
)
from custdesk.ui.pages.today_titles import coming_day, quiet_tab_title
from custdesk.ui.widgets.agenda_section import AgendaSection, count_title
from custdesk.ui.widgets.folding_tabs import FoldingTabs
from custdesk.ui.widgets.work_list import WorkListSection

DATE_CHECK_MS = 60_000
# The work list's share of the height beside the lesser lists when they are unfolded.
WORK_LIST_STRETCH, LESSER_LISTS_STRETCH = 3, 2


# Follow-ups and visits, birthdays and stages, open complaints, rewards owed, and the shop's
# greeting days and thresholds: all but the backups.
SHOWS = Changes.EVERYTHING & ~Changes.BACKUPS


class TodayPage(QWidget):
    agenda_loaded = Signal(object)  # the TodayAgenda just shown (its counts serve the window)

    def __init__(
        self,
        *,
        agenda: AgendaService,
        follow_ups: FollowUpService,
        complaints: ComplaintService,
        visits: VisitService,
        customer_list: CustomerListService,
        rewards: RewardService,
        daily: DailyUpkeep,
        exports: ExportService,
        changes: ChangeNotifier,
    ) -> None:
        super().__init__()
        self._agenda_service = agenda
        self._follow_ups = follow_ups
        self._complaints = complaints
        self._visits = visits
        self._customer_list = customer_list  # the visit form's customer search
        self._rewards = rewards
        self._daily = daily
        self._exports = exports
        self._changes = changes
        self.agenda: TodayAgenda | None = None
        self._visit_dialog: VisitDialog | None = None  # the one open, if any
        self._resolve_dialog: ResolveDialog | None = None
        self._shown_day: dt.date | None = None
        # The agenda is read off the GUI thread (thousands of lines on a large shop): the page
        # keeps what it shows until the new agenda comes; a change meanwhile reads once more.
        self._reading: BackgroundJob | None = None
        self._read_again = False
        self._top_when_read = False  # shown again on changed work: the most urgent line first
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.log_button = QPushButton(self.tr("Log a visit or call…"))
        self.log_button.clicked.connect(lambda: self.log_visit(None, VisitKind.CALL))
        self.export_button = QPushButton(self.tr("Export follow-ups to Excel…"))
        self.export_button.clicked.connect(self.ask_export)
        for button in (self.log_button, self.export_button):
            button.setAutoDefault(True)  # Enter presses it, as in a form (see AgendaSection)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.log_button)

        self.work_list = WorkListSection(lambda: self._shown_day or shop_clock.today())
        self.work_list.activated.connect(self.act_on_selected)
        self.work_list.snooze_chosen.connect(lambda days: self.snooze(self.work_list, days))
        self.work_list.cancel_chosen.connect(lambda: self.cancel(self.work_list))
        self.birthdays = birthday_section(
            lambda: self.agenda, self._coming_day, self.greet_for_birthday
        )
        self.holidays = holiday_section(
            lambda: self.agenda, self._coming_day, lambda: self.log_visit(None, VisitKind.GREETING)
        )
        self.gone_quiet = quiet_section(
            lambda: self.agenda,
            lambda customer: self.log_visit(customer, VisitKind.CALL),
            lambda customer_id: self._act(
                lambda: self._follow_ups.schedule(customer_id, shop_clock.today())
            ),
        )
        self.rewards = reward_section(
            lambda reward_id: self._act(
                lambda: self._rewards.mark_given(reward_id), Changes.REFERRALS
            )
        )
        self.lesser_lists = FoldingTabs()
        for section, tab_title in (
            (self.birthdays, self.tr("Birthdays to come ({count})")),
            (self.holidays, self.tr("Holidays ({count})")),
            (self.gone_quiet, lambda count: quiet_tab_title(self.agenda, count)),
            (self.rewards, self.tr("Rewards owed ({count})")),
        ):
            self.lesser_lists.add_section(
                section, tab_title if callable(tab_title) else count_title(tab_title)
            )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.work_list, WORK_LIST_STRETCH)
        layout.addWidget(self.lesser_lists)
        self.lesser_lists.folded_changed.connect(
            lambda folded: layout.setStretchFactor(
                self.lesser_lists, 0 if folded else LESSER_LISTS_STRETCH
            )
        )

        self._date_timer = QTimer(self)
        self._date_timer.timeout.connect(self._check_date)
        self._date_timer.start(DATE_CHECK_MS)
        self.refresher = RefreshOnChange(self, changes, SHOWS, self.reload)

    def look_only(self) -> None:
        """In a backup's window: the day as it was, to read; nothing to log, mark or snooze,
        and Enter on a line opens no form."""
        sections = (self.work_list, self.birthdays, self.holidays, self.gone_quiet, self.rewards)
        set_aside(self.log_button, *(b for s in sections for b in s.action_buttons))
        for section in sections:
            section.activated.disconnect()

    # -- actions ----------------------------------------------------------------------------
    def act_on_selected(self) -> VisitDialog | ResolveDialog | None:
        """The selected line's own job (Enter, a double-click, the first button): Done for a
        follow-up, Resolve for a complaint, a greeting for a birthday."""
        item = self.work_list.selected()
        if item is None:
            return None
        if item.kind is WorkKind.OPEN_COMPLAINT:
            return self.resolve(item)
        if item.kind is WorkKind.BIRTHDAY:
            return self.greet_for_birthday((item.customer_id, item.customer_name))
        return self.complete(self.work_list)

    def complete(self, section: AgendaSection[WorkItem]) -> VisitDialog | None:
        item = section.selected()
        if item is None or item.follow_up_id is None:
            return None
        follow_up_id = item.follow_up_id
        follow_up = query(self, lambda: self._follow_ups.get(follow_up_id))
        return None if follow_up is None else self._open_visit_dialog(follow_up=follow_up)

    def resolve(self, item: WorkItem) -> ResolveDialog | None:
        if self._resolve_dialog is not None and self._resolve_dialog.isVisible():
            self._resolve_dialog.raise_()  # one form per action, as for Done
            return self._resolve_dialog
        complaint_id = item.complaint_id
        if complaint_id is None:
            return None
        complaint = query(self, lambda: self._complaints.get(complaint_id))
        if complaint is None:
            return None
        dialog = ResolveDialog(
            complaints=self._complaints, changes=self._changes, complaint=complaint, parent=self
        )
        dialog.open()
        self._resolve_dialog = dialog
        return dialog

    def snooze(self, section: AgendaSection[WorkItem], days: int) -> None:
        item = section.selected()
        if item is not None and item.follow_up_id is not None:
            follow_up_id, until = item.follow_up_id, shop_clock.today() + dt.timedelta(days=days)
            self._act(lambda: self._follow_ups.snooze(follow_up_id, until))

    def cancel(self, section: AgendaSection[WorkItem]) -> None:
        item = section.selected()
        if item is not None and item.follow_up_id is not None:
            follow_up_id = item.follow_up_id
            self._act(lambda: self._follow_ups.cancel(follow_up_id))

    def log_visit(self, customer: tuple[int, str] | None, kind: str) -> VisitDialog:
        return self._open_visit_dialog(customer=customer, kind=kind)

    def greet_for_birthday(self, customer: tuple[int, str]) -> VisitDialog:
        """The greeting form, its purpose said (a clerk found it empty and typed it each time)."""
        return self._open_visit_dialog(
            customer=customer, kind=VisitKind.GREETING, purpose=self.tr("Birthday greeting")
        )

    def _open_visit_dialog(self, **options: object) -> VisitDialog:
        # One dialog per action: the second click of a double-click on Done lands before the
        # first dialog is up, and would open a second form for the same follow-up.
        if self._visit_dialog is not None and self._visit_dialog.isVisible():
            self._visit_dialog.raise_()
            self._visit_dialog.activateWindow()
            return self._visit_dialog
        dialog = VisitDialog(
            visits=self._visits,
            follow_ups=self._follow_ups,
            customer_list=self._customer_list,
            parent=self,
            changes=self._changes,
            **options,  # type: ignore[arg-type]
        )
        dialog.open()
        self._visit_dialog = dialog
        return dialog

    def _act(self, action: Callable[[], object], changes: Changes = Changes.VISITS) -> None:
        """Snooze, cancel, plan a call (follow-ups: VISITS) or mark a reward given."""
        Operation(self, self._changes, changes).run(action)

    # -- loading ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Back on Today after work changed elsewhere (its read has just started): the work
        list's top line is selected when it comes, the most urgent. A trial: a complaint taken
        on another page came in above the line selected before, and F6, Enter acted on that
        one. With nothing changed the clerk's place is kept, as on every page."""
        super().showEvent(event)
        self._top_when_read = self.is_reading()

    def focus_list(self) -> None:
        """F6: into the work list, its selected (or first) line selected: Enter acts on it."""
        self.work_list.table.focus_row()

    def reload(self) -> None:
        """Read the agenda in the background; it is shown when it comes (agenda_loaded)."""
        if self._reading is not None:
            self._read_again = True
            return
        operation = Operation(self, None, done=self._show_agenda)
        self._reading = operation.read_unseen(
            lambda: (self._agenda_service.today(), self._rewards.owed())
        )
        self._reading.finished.connect(self._read_finished)

    def _read_finished(self, completed: bool) -> None:
        self._reading = None
        if self._read_again:
            self._read_again = False
            self.reload()
        elif not completed:
            self.refresher.stale = True  # told once; read again when next shown

    def is_reading(self) -> bool:
        return self._reading is not None

    def wait_for_reading(self) -> None:
        """Block until the agenda being read has come (the window closing, the shop file about
        to be closed): a worker must not outlive the page or the database it reads."""
        while self._reading is not None:
            self._reading.wait()
            QCoreApplication.sendPostedEvents()

    def _show_agenda(self, read: tuple[TodayAgenda, list[RewardRecord]]) -> None:
        agenda, rewards_owed = read
        self.agenda = agenda
        self._shown_day = agenda.today
        self.heading.setText(
            self.tr("Today, {date}").format(
                date=QLocale().toString(QDate(agenda.today), QLocale.FormatType.LongFormat)
            )
        )
        self.work_list.set_records(agenda.work_list)
        if self._top_when_read and agenda.work_list:
            self.work_list.table.selectRow(0)
        self._top_when_read = False
        # Today's birthdays are on the work list; this tab is for the days to come.
        self.birthdays.set_records([b for b in agenda.birthdays if b.on != agenda.today])
        self.holidays.set_records(agenda.holidays)
        self.gone_quiet.set_records(agenda.gone_quiet)
        self.rewards.set_records(rewards_owed)
        self.agenda_loaded.emit(agenda)

    def ask_export(self) -> BackgroundJob | None:
        path = ask_save_path(self, self.tr("follow-ups.xlsx"))
        return self.export_to(path) if path else None

    def export_to(self, path: Path) -> BackgroundJob:
        """Overdue and due follow-ups, with phones: a call list to work through or hand on."""
        builder = self._exports.builder(export_language())
        day = self._shown_day or shop_clock.today()
        return start_export(self, lambda: [builder.follow_ups(day)], path)

    def _check_date(self) -> None:
        """Left open overnight: a new day moves stages on and brings a new agenda."""
        today = shop_clock.today()
        if self._shown_day is not None and today != self._shown_day:
            self._shown_day = today  # tried once: a failure is told once, not every minute
            # Stages moved: announced, and this page (which shows them) reads the new agenda.
            if not Operation(self, self._changes, Changes.CUSTOMERS).run(
                lambda: self._daily.run(today)
            ):
                self.refresher.mark_stale()  # a new day's agenda all the same

    def _coming_day(self, day: dt.date) -> str:
        return coming_day(day, self._shown_day or shop_clock.today())
