"""Which services each page gets: the one place the bag of services is opened for the pages.

MainWindow builds its pages here; the benchmarks and the tests build a lone page the same way, so
a page's services are named once. ``replaced`` swaps one service by name (a test's service with
its own clock); every page still receives only what it uses.

Each page's module is imported when the page is first built, not when the window starts: the
window opens on Today, and the other pages (the charts of Reports above all) would otherwise be
imported and built before the clerk sees anything (issue 16's start-up goal).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack

from custdesk.ui.common.operations import ChangeNotifier

if TYPE_CHECKING:
    from custdesk.app import Services
    from custdesk.ui.pages.backups_page import BackupsPage
    from custdesk.ui.pages.complaints_page import ComplaintsPage
    from custdesk.ui.pages.customers_page import CustomersPage
    from custdesk.ui.pages.referrals_page import ReferralsPage
    from custdesk.ui.pages.reports_page import ReportsPage
    from custdesk.ui.pages.today_page import TodayPage
    from custdesk.ui.pages.visits_page import VisitsPage


def customers_page(
    s: Services, *, changes: ChangeNotifier, undo_stack: QUndoStack, **replaced: Any
) -> CustomersPage:
    from custdesk.ui.pages.customers_page import CustomersPage

    parts: dict[str, Any] = {
        "customer_list": s.customer_list,
        "customers": s.customers,
        "customer_files": s.customer_files,
        "purchases": s.purchases,
        "merge": s.merge,
        "visits": s.visits,
        "follow_ups": s.follow_ups,
        "referrals": s.referrals,
        "exports": s.exports,
    }
    return CustomersPage(**{**parts, **replaced}, changes=changes, undo_stack=undo_stack)


def today_page(s: Services, *, changes: ChangeNotifier) -> TodayPage:
    from custdesk.ui.pages.today_page import TodayPage

    return TodayPage(
        agenda=s.agenda,
        follow_ups=s.follow_ups,
        complaints=s.complaints,
        visits=s.visits,
        customer_list=s.customer_list,
        rewards=s.rewards,
        daily=s.daily,
        exports=s.exports,
        changes=changes,
    )


def visits_page(s: Services, *, changes: ChangeNotifier) -> VisitsPage:
    from custdesk.ui.pages.visits_page import VisitsPage

    return VisitsPage(
        visits=s.visits,
        follow_ups=s.follow_ups,
        customer_list=s.customer_list,
        exports=s.exports,
        changes=changes,
    )


def complaints_page(s: Services, *, changes: ChangeNotifier) -> ComplaintsPage:
    from custdesk.ui.pages.complaints_page import ComplaintsPage

    return ComplaintsPage(
        complaints=s.complaints,
        customer_list=s.customer_list,
        exports=s.exports,
        changes=changes,
    )


def referrals_page(s: Services, *, changes: ChangeNotifier) -> ReferralsPage:
    from custdesk.ui.pages.referrals_page import ReferralsPage

    return ReferralsPage(
        referral_reports=s.referral_reports,
        referrals=s.referrals,
        rewards=s.rewards,
        customers=s.customers,
        customer_list=s.customer_list,
        exports=s.exports,
        changes=changes,
    )


def reports_page(s: Services, *, changes: ChangeNotifier) -> ReportsPage:
    from custdesk.ui.pages.reports_page import ReportsPage

    return ReportsPage(dashboard=s.dashboard, changes=changes)


def backups_page(s: Services, *, changes: ChangeNotifier) -> BackupsPage:
    from custdesk.ui.pages.backups_page import BackupsPage

    return BackupsPage(backups=s.backups, changes=changes)
