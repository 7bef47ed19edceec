"""Composition root without Qt: paths, lock, backup-then-migrate, engine and services.

The GUI (``custdesk.ui.launch``) and the command line both start from ``open_app`` so that they
open a database the same way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from custdesk.paths import default_data_dir, default_db_path, ensure_private_dir
from custdesk.services.agenda import AgendaService
from custdesk.services.backups import BackupService
from custdesk.services.calendar import local_today
from custdesk.services.complaints import ComplaintService
from custdesk.services.customer_import import ImportService
from custdesk.services.customer_list import CustomerListService
from custdesk.services.customers import CustomerService
from custdesk.services.daily import DailyUpkeep
from custdesk.services.dashboard import DashboardService
from custdesk.services.export_reports import ExportService
from custdesk.services.follow_ups import FollowUpService
from custdesk.services.merge import MergeService
from custdesk.services.overview import OverviewService
from custdesk.services.purchases import PurchaseService
from custdesk.services.referral_reports import ReferralReports
from custdesk.services.referrals import ReferralService
from custdesk.services.rewards import RewardService
from custdesk.services.shop_settings import SettingsService
from custdesk.services.visits import VisitService
from custdesk.storage.db import Database
from custdesk.storage.lock import DatabaseLock, login_name
from custdesk.storage.migrate import MigrationResult, upgrade_database

log = logging.getLogger(__name__)


@dataclass
class Services:
    """What widgets receive through their constructors; grows as features land."""

    overview: OverviewService
    customer_list: CustomerListService
    customers: CustomerService
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
    dashboard: DashboardService
    rewards: RewardService
    exports: ExportService
    imports: ImportService
    backups: BackupService


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
    """``--db`` wins; otherwise the per-user data folder, created 0700."""
    if db is not None:
        return Path(db).expanduser().absolute()
    ensure_private_dir(default_data_dir(), tighten_existing=True)
    return default_db_path()


def open_app(db_path: Path, program: str = "custdesk") -> AppContext:
    """Lock the file (or raise DatabaseInUseError), back it up and migrate, then wire services."""
    ensure_private_dir(db_path.parent)
    lock = DatabaseLock(db_path, program).acquire()
    try:
        if lock.stale_holder:
            log.warning("took over the lock left by process %s", lock.stale_holder.pid)
        migration = upgrade_database(db_path)
        db = Database.open(db_path)
        changed = DailyUpkeep(db).run(local_today())
        if changed:
            log.info("%s customers changed stage since the last run", changed)
    except BaseException:
        lock.release()
        raise
    return AppContext(db_path, db, build_services(db, db_path), migration, lock)


def build_services(db: Database, db_path: Path) -> Services:
    """Every service on ``db`` (also a read-only one, for looking inside a backup)."""
    who = login_name()  # recorded in each customer's history
    customers = CustomerService(db, actor=who)
    referral_reports = ReferralReports(db)
    settings = SettingsService(db)
    backups = BackupService(db, db_path, settings)
    return Services(
        overview=OverviewService(db),
        customer_list=CustomerListService(db),
        customers=customers,
        purchases=PurchaseService(db),
        merge=MergeService(db, actor=who),
        visits=VisitService(db),
        follow_ups=FollowUpService(db),
        complaints=ComplaintService(db),
        agenda=AgendaService(db),
        settings=settings,
        daily=DailyUpkeep(db),
        referrals=ReferralService(db),
        referral_reports=referral_reports,
        dashboard=DashboardService(db, referral_reports),
        rewards=RewardService(db),
        exports=ExportService(db),
        imports=ImportService(
            db, customers, lambda: backups.back_up("pre-import", only_if_changed=True)
        ),
        backups=backups,
    )
