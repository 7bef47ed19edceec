"""The main window: navigation on the left, one page at a time on the right, counts below.

It only arranges pages; each page is its own widget and gets the services it needs, and the
window's ChangeNotifier, on which every operation says what it changed and every page listens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from custdesk.app import Services
from custdesk.services.contacts.agenda import AgendaCounts, TodayAgenda
from custdesk.services.shop.backups import BackupInfo
from custdesk.ui.common.background_job import BackgroundJob
from custdesk.ui.common.display import ERROR_STYLE, short_time
from custdesk.ui.common.icons import icon
from custdesk.ui.common.look_only import banner
from custdesk.ui.common.messages import LOOKING_INTO_BACKUP, user_message
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.undo_stack import UndoStack
from custdesk.ui.dialogs.complaint_dialog import ComplaintDialog
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from custdesk.ui.shell import page_wiring as wiring
from custdesk.ui.shell import window_dialogs as dialogs
from custdesk.ui.shell.backup_scheduler import BackupScheduler
from custdesk.ui.shell.menus import build_menus
from custdesk.ui.shell.navigation import NavigationBar, page_texts
from custdesk.ui.shell.page_stack import PageStack
from custdesk.ui.shell.read_only_window import open_backup_window
from custdesk.ui.shell.window_state import (
    place_first_time,
    restore_window_state,
    save_window_state,
)

if TYPE_CHECKING:
    from custdesk.ui.customer_form.customer_dialog import CustomerDialog
    from custdesk.ui.dialogs.about_dialog import AboutDialog
    from custdesk.ui.dialogs.export_dialog import ExportDialog
    from custdesk.ui.dialogs.import_wizard import ImportWizard
    from custdesk.ui.dialogs.merge_dialog import MergeDialog
    from custdesk.ui.dialogs.settings_dialog import SettingsDialog
    from custdesk.ui.pages.backups_page import BackupsPage
    from custdesk.ui.pages.complaints_page import ComplaintsPage
    from custdesk.ui.pages.customers_page import CustomersPage
    from custdesk.ui.pages.referrals_page import ReferralsPage
    from custdesk.ui.pages.reports_page import ReportsPage
    from custdesk.ui.pages.today_page import TodayPage
    from custdesk.ui.pages.visits_page import VisitsPage

START_PAGE = "today"
PAGE_KEYS = ("today", "customers", "visits", "referrals", "complaints", "reports", "backups")
# What the status bar's "to do today" and "open complaints" are counted from.
AGENDA = Changes.EVERYTHING & ~Changes.BACKUPS


SAID_FOR_MS = 8_000  # long enough to read after the form closes


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        db_path: Path,
        *,
        read_only_label: str = "",
        read_only_banner: str = "",
        auto_backup: bool = True,
    ) -> None:
        """``read_only_label`` names a backup being looked at (a window that changes nothing),
        ``read_only_banner`` says so across its top."""
        super().__init__()
        self._services = services
        self._db_path = db_path
        self.read_only_label = read_only_label
        self.read_only_windows: list[MainWindow] = []
        self.setObjectName("mainWindow")
        self.setWindowTitle(program_title(db_path.name))
        Operation(self, None).run(self.update_title)  # with the shop's name
        self.setWindowIcon(icon("custdesk"))

        self.navigation = NavigationBar()
        self.undo_stack = UndoStack(self)
        self.changes = changes = ChangeNotifier(self)
        # The pages get their services in page_wiring, the one place the bag is opened for them.
        # Each is built on its first visit (a placeholder holds its place until then): start-up
        # builds Today only, and a page built later reads fresh data, so it needs no announcement
        # of what changed before it existed.
        builders: dict[str, Callable[[], QWidget]] = {
            "today": lambda: wiring.today_page(services, changes=changes),
            "customers": lambda: wiring.customers_page(
                services, changes=changes, undo_stack=self.undo_stack
            ),
            "visits": lambda: self._opening_files(wiring.visits_page(services, changes=changes)),
            "referrals": lambda: self._opening_files(
                wiring.referrals_page(services, changes=changes)
            ),
            "complaints": lambda: wiring.complaints_page(services, changes=changes),
            "reports": lambda: wiring.reports_page(services, changes=changes),
            "backups": self._build_backups_page,
        }
        self.pages = PageStack(builders, look_only=bool(read_only_label))
        for key, label, explanation in page_texts():
            self.pages.add_placeholder(key)
            self.navigation.add_page(key, label, icon(key), explanation)
        self.navigation.page_selected.connect(self.show_page)
        # After the pages' own refreshes (connected as they were built): the title and counts.
        changes.changed.connect(self._data_changed)
        changes.said.connect(self.say)

        central = QWidget()
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner: QLabel | None = None
        if read_only_label:
            # The title alone did not tell a clerk this was no longer the shop.
            self.banner = banner(read_only_banner)
            outer.addWidget(self.banner)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.agenda_label = QLabel()
        self.path_label = QLabel(str(db_path))
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addWidget(self.agenda_label)
        self.statusBar().addPermanentWidget(self.path_label)
        build_menus(self, writes=not self.read_only_label)
        self.backup_label = QLabel()
        self.statusBar().addPermanentWidget(self.backup_label)
        self.today_page.agenda_loaded.connect(self._agenda_loaded)
        self.navigation.select(START_PAGE)
        # The agenda's counts come with Today, the start page.
        Operation(self, None).run(self._show_customer_count)
        self.restore_layout()
        self.backup_scheduler: BackupScheduler | None = None
        if read_only_label:
            self.navigation.hide_page("backups")
            self.setProperty(LOOKING_INTO_BACKUP, True)  # a write refused is told as such
        elif auto_backup:
            self.backup_scheduler = BackupScheduler(services.backups, self)
            self.backup_scheduler.finished.connect(self._backed_up)
            self.backup_scheduler.failed.connect(self._backup_failed)
            self.backup_scheduler.start()

    def new_customer(self) -> None:
        self.navigation.select("customers")
        self.customers_page.new_customer()

    def merge_customer(self) -> MergeDialog | None:
        """Ctrl+M: the customer selected in the list goes into another file (the page's Merge
        into…); on another page, or with no one selected, the list and what to do."""
        if self.current_page() is self.pages.built("customers"):
            dialog = self.customers_page.merge_selected()
            if dialog is not None:
                return dialog
        self.navigation.select("customers")
        self.say(self.tr("Select the customer whose file goes into another, then press Ctrl+M."))
        return None

    def _selected_customer(self) -> tuple[int, str] | None:
        """The customer the clerk has selected on the page shown (the list, or Today's work
        list), whom a new visit or complaint is about unless changed."""
        page = self.current_page()
        if page is self.pages.built("customers"):
            return self.customers_page.selected()
        if page is self.pages.built("today"):
            item = self.today_page.work_list.selected()
            return None if item is None else (item.customer_id, item.customer_name)
        return None

    def _opening_files(self, page: VisitsPage | ReferralsPage) -> QWidget:
        page.open_customer.connect(self.open_customer)
        return page

    def open_customer(self, customer_id: int) -> CustomerDialog | None:
        """A customer's file over the page the clerk is on (Enter on a visit, a referrer): the
        customer form belongs to the Customers page, which keeps its list and Undo in step."""
        return self.customers_page.edit_customer(customer_id)

    def find_customer(self) -> None:
        """Ctrl+F: to the customer list with the search box ready for typing."""
        self.navigation.select("customers")
        self.customers_page.search_box.setFocus()
        self.customers_page.search_box.selectAll()

    def go_to(self, key: str) -> None:
        """Ctrl+1…7: the page, and the clerk in its list, so that Enter acts on its first line
        (Ctrl+1 then Enter does Today's most urgent thing; before, Enter pressed the page's
        first button, Export). Reports has no list: the focus goes to its Period box."""
        self.navigation.select(key)
        if key == "reports":
            self.reports_page.focus_period()
        else:
            self.focus_list()

    def focus_list(self) -> None:
        """F6, from anywhere on the page (the filter just typed in): into the page's list, a
        row selected, for Enter to open. A page without a focus_list keeps the focus where it
        is."""
        focus = getattr(self.current_page(), "focus_list", None)
        if callable(focus):
            focus()

    def open_settings(self) -> SettingsDialog | None:
        return dialogs.open_settings(self, self._services, self.changes, self._db_path)

    def show_about(self) -> AboutDialog:
        return dialogs.show_about(self, self._db_path)

    def update_title(self) -> None:
        """The shop's name (the file's, before it has one), then the program's, once."""
        title = self._services.settings.get().shop_name or self._db_path.name
        if self.read_only_label:
            title = self.tr("{label} (read-only) · {title}").format(
                label=self.read_only_label, title=title
            )
        self.setWindowTitle(program_title(title))

    def say(self, sentence: str) -> None:
        """What was just done, in the status bar for a while ("Saved: 张三")."""
        self.statusBar().showMessage(sentence, SAID_FOR_MS)

    def _data_changed(self, changes: Changes) -> None:
        """The window's own words after an operation: the shop's name, the counts below."""
        if changes & Changes.SETTINGS:
            Operation(self, self.changes).run(self.update_title)
        if changes & Changes.CUSTOMERS:
            Operation(self, self.changes).run(self._show_customer_count)
        if changes & Changes.BACKUPS:
            # A backup by hand (or the one a restore makes first) is as recent as any automatic one.
            Operation(self, self.changes, done=self._show_newest_backup).run(
                self._services.backups.newest_made_at
            )
        if changes & AGENDA and not self.today_page.isVisible():
            # On screen, Today has just read its agenda and counted it (agenda_loaded).
            Operation(self, self.changes, done=self.show_agenda_counts).run(
                self._services.agenda.counts
            )

    # -- backups ----------------------------------------------------------------------------
    def _backed_up(self, info: BackupInfo | None) -> None:
        self.backup_label.setStyleSheet("")
        if info is not None:
            self.changes.announce(Changes.BACKUPS)  # the label follows, as for one made by hand

    def _show_newest_backup(self, made_at: dt.datetime | None) -> None:
        if made_at is not None:
            self.backup_label.setStyleSheet("")
            self.backup_label.setText(self.tr("Backed up {time}").format(time=short_time(made_at)))

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_label.setStyleSheet(ERROR_STYLE)
        self.backup_label.setText(
            self.tr("Automatic backup failed: {reason}").format(reason=user_message(exc).title)
        )

    def look_into_backup(self, info: BackupInfo) -> BackgroundJob:
        """The backup's copy is made ready in a worker; its window opens when it is."""
        return open_backup_window(
            info, self, self.changes, _read_only_window, self.read_only_windows.append
        )

    def log_visit(self) -> VisitDialog:
        return self.visits_page.log_visit(self._selected_customer())

    def new_complaint(self) -> ComplaintDialog:
        customer = self._selected_customer()
        self.navigation.select("complaints")
        return self.complaints_page.new_complaint(customer)

    def import_customers(self) -> ImportWizard:
        return dialogs.import_customers(self, self._services, self.changes)

    def export_reports(self) -> ExportDialog:
        reports = cast("ReportsPage | None", self.pages.built("reports"))
        return dialogs.export_reports(self, self._services, reports)

    def show_stage_rules(self) -> QMessageBox | None:
        return dialogs.show_stage_rules(self, self._services)

    def show_page(self, key: str) -> None:
        self.pages.setCurrentWidget(self.page(key))

    def page(self, key: str) -> QWidget:
        """The page under ``key`` (one of PAGE_KEYS), built now if this is its first use."""
        return self.pages.page(key)

    def _build_backups_page(self) -> QWidget:
        page = wiring.backups_page(self._services, changes=self.changes)
        page.open_read_only.connect(self.look_into_backup)
        page.restored.connect(self._restored)
        return page

    def _restored(self) -> None:
        """After a restore, Undo and Redo would replay edits of data that is no longer there
        (a redo wrote an old edit into the restored file): the stack starts afresh."""
        self.undo_stack.clear()
        self.statusBar().showMessage(self.tr("The customer file was restored from the backup."))

    @property
    def today_page(self) -> TodayPage:
        return cast("TodayPage", self.page("today"))

    @property
    def customers_page(self) -> CustomersPage:
        return cast("CustomersPage", self.page("customers"))

    @property
    def visits_page(self) -> VisitsPage:
        return cast("VisitsPage", self.page("visits"))

    @property
    def referrals_page(self) -> ReferralsPage:
        return cast("ReferralsPage", self.page("referrals"))

    @property
    def complaints_page(self) -> ComplaintsPage:
        return cast("ComplaintsPage", self.page("complaints"))

    @property
    def reports_page(self) -> ReportsPage:
        return cast("ReportsPage", self.page("reports"))

    @property
    def backups_page(self) -> BackupsPage:
        return cast("BackupsPage", self.page("backups"))

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def _show_customer_count(self) -> None:
        overview = self._services.overview.overview()
        self.count_label.setText(
            self.tr("Customers: {count}").format(count=QLocale().toString(overview.customers))
        )

    def _agenda_loaded(self, agenda: TodayAgenda) -> None:
        """The Today page has just counted everything: no second query for the same numbers."""
        self.show_agenda_counts(AgendaCounts(agenda.to_do, agenda.open_complaints))

    def show_agenda_counts(self, counts: AgendaCounts) -> None:
        self.navigation.set_count("today", counts.to_do)
        self.navigation.set_count("complaints", counts.open_complaints)
        self.agenda_label.setText(
            self.tr("To do today: {to_do} · Open complaints: {complaints}").format(
                to_do=QLocale().toString(counts.to_do),
                complaints=QLocale().toString(counts.open_complaints),
            )
        )

    def restore_layout(self) -> None:
        if self.read_only_label:  # a look into a backup: the clerk's layout is not its own
            place_first_time(self)
        else:
            restore_window_state(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.read_only_label:  # a look into a backup leaves the clerk's layout alone
            save_window_state(self)
        if self.backup_scheduler is not None:
            self.backup_scheduler.stop()
        if self.pages.built("today") is not None:
            self.today_page.wait_for_reading()  # the shop file is closed after the window
        super().closeEvent(event)


def program_title(name: str) -> str:
    """'<name> — CustDesk', ending with the name launch gives the application (its display
    name): Windows and X11 append that name to a title that does not end with it, which read
    "CustDesk — Customer Files — CustDesk"."""
    return f"{name} — {QCoreApplication.translate('launch', 'CustDesk')}"


def _read_only_window(services: Services, db_path: Path, label: str, sentence: str) -> MainWindow:
    """A window on a backup's copy: the same window, changing nothing (open_backup_window)."""
    return MainWindow(services, db_path, read_only_label=label, read_only_banner=sentence)
