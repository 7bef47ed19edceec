"""Composition root without Qt: paths, lock, backup-then-migrate, engine and services.

The GUI (``custdesk.ui.shell.launch``) and the command line both start from ``open_app`` so
that they open a database the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from custdesk import clock as shop_clock
from custdesk import scratch
from custdesk.paths import default_data_dir, default_db_path, ensure_private_dir
from custdesk.services.complaints.complaints import ComplaintService
from custdesk.services.contacts.agenda import AgendaService
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitService
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.overview import OverviewService
from custdesk.services.customers.purchases import PurchaseService
from custdesk.services.referrals.customer_file import CustomerFileService
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.referrals.rewards import RewardService
from custdesk.services.shop.backups import BackupService, backup_folder
from custdesk.services.shop.daily import DailyUpkeep
from custdesk.services.shop.settings import SettingsService, settings_in, stage_rules_in
from custdesk.services.spreadsheets.export_reports import ExportService
from custdesk.storage.backup import remove_dead_partials
from custdesk.storage.db import Database
from custdesk.storage.identity import FileKind, inspect_file, refusal, require_shop_file
from custdesk.storage.lock import DatabaseLock, home_path, login_name
from custdesk.storage.migrate import (
    MigrationResult,
    create_shop_file,
    shipped_head,
    upgrade_database,
)

if TYPE_CHECKING:
    from custdesk.services.spreadsheets.customer_import import ImportService
    from custdesk.services.spreadsheets.dashboard import DashboardService
    from custdesk.services.spreadsheets.history_import import HistoryImportService

log = logging.getLogger(__name__)


@dataclass
class Services:
    """What widgets receive through their constructors; grows as features land."""

    overview: OverviewService
    customer_list: CustomerListService
    customers: CustomerService
    customer_files: CustomerFileService  # the customer form's Save: profile, purchases, referrer
    purchases: PurchaseService
    merge: MergeService
    visits: VisitService
    follow_ups: FollowUpService
    complaints: ComplaintService
    agenda: AgendaService
    settings: SettingsService
    daily: DailyUpkeep
    referrals: ReferralService
    referral_reports: ReferralReports
    rewards: RewardService
    exports: ExportService
    backups: BackupService
    db: Database = field(repr=False)

    # The import and the Reports page's figures are built on first use: their modules (the
    # header dictionary, the cell habits, the duplicate rules, the charts' queries) are not
    # imported while the window opens on Today (issue 16's start-up).
    @cached_property
    def dashboard(self) -> DashboardService:
        from custdesk.services.spreadsheets.dashboard import DashboardService

        return DashboardService(self.db, self.referral_reports)

    @cached_property
    def imports(self) -> ImportService:
        from custdesk.services.spreadsheets.customer_import import ImportService

        return ImportService(self.db, self.customers, self._back_up_before_import)

    @cached_property
    def history_imports(self) -> HistoryImportService:
        """Purchase and visit history from an old list."""
        from custdesk.services.spreadsheets.history_import import HistoryImportService

        return HistoryImportService(
            self.db,
            stage_rules=stage_rules_in,
            before_import=self._back_up_before_import,
        )

    def _back_up_before_import(self) -> None:
        self.backups.back_up("pre-import", only_if_changed=True)


@dataclass
class AppContext:
    db_path: Path
    db: Database
    services: Services
    migration: MigrationResult
    lock: DatabaseLock = field(repr=False)

    def close(self) -> None:
        self.db.close()
        self.lock.release()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def resolve_db_path(db: Path | str | None) -> Path:
    """``--db`` wins, turned into the file's one home name (``lock.home_path``: a hard link or
    a symlink to a shop file must read the same WAL and back up into the same folder);
    otherwise the per-user data folder, created 0700."""
    if db is not None:
        return home_path(Path(db))
    ensure_private_dir(default_data_dir(), tighten_existing=True)
    return default_db_path()


def open_app(db_path: Path, program: str = "custdesk", *, create: bool = False) -> AppContext:
    """Lock the file (or raise DatabaseInUseError), back it up and migrate, then wire services.

    Only a CustDesk shop file is opened: with ``create`` (``new``, ``demo``, the window once the
    clerk agreed) a missing or empty file becomes a new shop file; otherwise NoShopFileError.
    Another program's database, a file that is not SQLite and one from a newer CustDesk are
    refused untouched (ForeignDatabaseError, NotACustDeskDatabaseError, SchemaTooNewError).
    """
    db_path = home_path(db_path)
    found = inspect_file(db_path)
    if create and found.kind in (FileKind.MISSING, FileKind.EMPTY):
        create_shop_file(db_path)
    elif not found.is_shop:
        raise refusal(found)
    lock = DatabaseLock(db_path, program).acquire()
    try:
        if lock.stale_holder:
            log.warning("took over the lock left by process %s", lock.stale_holder.pid)
        migration = upgrade_database(db_path)
        db = Database.open(db_path)
        scratch.start()  # private temp files; sweeps what killed processes left
        remove_dead_partials(db_path, backup_folder(db_path, SettingsService(db).get()))
        changed = DailyUpkeep(db).run(shop_clock.today())
        if changed:
            log.info("%s customers changed stage since the last run", changed)
    except BaseException:
        lock.release()
        raise
    return AppContext(db_path, db, build_services(db, db_path), migration, lock)


@contextmanager
def open_for_reading(db_path: Path, program: str = "custdesk") -> Iterator[Database]:
    """A read-only Database on a shop file, without its lock, so read-only commands (``due``,
    ``export``) work while the window has the file open. A file of an older schema is first
    upgraded (under the lock: nobody can have an old file open), and only that: a report reads
    the shop as it is, and its stages are not moved to the computer's date as the window's
    daily upkeep would (issue 20: 89 stages changed by an export of a shop dated two weeks
    earlier).

    Raises what ``require_shop_file``, the lock and ``upgrade_database`` raise.
    """
    db_path = home_path(db_path)
    check = require_shop_file(db_path)
    if check.revision != shipped_head():
        with DatabaseLock(db_path, program):
            upgrade_database(db_path)
    db = Database.open(db_path, read_only=True)
    try:
        yield db
    finally:
        db.engine.dispose()


def build_services(db: Database, db_path: Path) -> Services:
    """Every service on ``db`` (also a read-only one, for looking inside a backup)."""
    who = login_name()  # recorded in each customer's history
    rules = stage_rules_in  # the shop's settings hand every customer's stage its thresholds
    customers = CustomerService(db, stage_rules=rules, actor=who)
    referral_reports = ReferralReports(db)
    settings = SettingsService(db)
    backups = BackupService(db, db_path, settings)
    return Services(
        overview=OverviewService(db),
        customer_list=CustomerListService(db),
        customers=customers,
        customer_files=CustomerFileService(db, customers=customers, stage_rules=rules),
        purchases=PurchaseService(db, stage_rules=rules),
        merge=MergeService(db, stage_rules=rules, actor=who),
        visits=VisitService(db, stage_rules=rules),
        follow_ups=FollowUpService(db, stage_rules=rules),
        complaints=ComplaintService(db, stage_rules=rules),
        agenda=AgendaService(db, settings=settings_in),
        settings=settings,
        daily=DailyUpkeep(db),
        referrals=ReferralService(db, stage_rules=rules),
        referral_reports=referral_reports,
        rewards=RewardService(db),
        exports=ExportService(db),
        backups=backups,
        db=db,
    )
