"""Period figures with records on the first and last second of the period and of the month.

The dashboard, the monthly summary sheet and the visit and complaint lists all take "since" and
"until" as days, both included. Every record of boundary_shop sits on such an edge, so a range
that drops its last day, a month bucketed a day off, or a UTC date compared with the stored
local time changes one of the hand-counted figures below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from custdesk.services.complaints.complaints import ComplaintFilter, ComplaintService
from custdesk.services.contacts.visits import VisitFilter, VisitService
from custdesk.services.referrals.reports import ReferralReports
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.dashboard import DashboardService, MonthFigures
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.services.spreadsheets.export_summary import monthly_rows
from custdesk.storage.db import Database
from tests.mutation_run import shared_scope
from tests.services.spreadsheets.boundary_shop import AT, NOW, open_filled

D = dt.date

# The months of boundary_shop, counted by hand (see its table). A referral counts as "by
# referral" once converted; a lead, a visited or a lost one is a referral lead. First-time
# buyers: 一月末 (0.29 on 31 January) and 二月末 (19.99 on 28 February), their months' last days.
JAN_2026 = MonthFigures(
    "2026-01", new_customers=1, by_referral=1, visits_by_kind={"store": 1},
    rated_visits=1, satisfaction_total=1, complaints=1, resolved_same_day=0,
    first_time_buyers=1,
)  # fmt: skip
FEB_2026 = MonthFigures(  # 二月初, 二月初半夜 (00:30, a lead), 二月中, 二月末 (28th 23:59:59)
    "2026-02", new_customers=4, by_referral=1, referral_leads=1, first_time_buyers=1,
    visits_by_kind={"call": 1, "home": 1, "message": 1, "store": 1},
    rated_visits=3, satisfaction_total=2 + 3 + 5,  # the 00:30 visit is unrated
    complaints=4, resolved_same_day=2,  # 00:00 -> 07:59:59 and 00:30 -> 08:00; not 23:59:59
)  # fmt: skip
MAR_2026 = MonthFigures(
    "2026-03", new_customers=1, by_referral=0, visits_by_kind={"call": 1},
    rated_visits=1, satisfaction_total=4, complaints=1, resolved_same_day=1,
)  # fmt: skip
DEC_2026 = MonthFigures(
    "2026-12", new_customers=1, by_referral=0, visits_by_kind={"home": 1},
    rated_visits=1, satisfaction_total=2, complaints=1, resolved_same_day=0,  # still open
)  # fmt: skip
JAN_2027 = MonthFigures(
    "2027-01", new_customers=1, referral_leads=1, visits_by_kind={"greeting": 1},  # lost
    rated_visits=1, satisfaction_total=3, complaints=1, resolved_same_day=1,
)  # fmt: skip
FEB_2024 = MonthFigures(  # only the leap day itself, at 23:59:59
    "2024-02", new_customers=1, by_referral=1, visits_by_kind={"store": 1},
    rated_visits=1, satisfaction_total=4, complaints=1, resolved_same_day=0,
)  # fmt: skip
MAR_2024 = MonthFigures(
    "2024-03", new_customers=1, by_referral=0, visits_by_kind={"call": 1},
    rated_visits=1, satisfaction_total=5, complaints=1, resolved_same_day=1,
)  # fmt: skip


def empty(month: str) -> MonthFigures:
    return MonthFigures(month)


@pytest.fixture(scope=shared_scope)
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_filled(tmp_path_factory.mktemp("periods") / "custdesk.db")
    yield db
    db.close()


@pytest.mark.parametrize(
    ("since", "until", "months", "referred", "converted", "revenue_cents"),
    [
        # three whole months: every record of 2026's first quarter, none of its neighbours
        (D(2026, 1, 1), D(2026, 3, 31), [JAN_2026, FEB_2026, MAR_2026], 3, 2, 29 + 1999),
        # one month of a common year: 1 February 00:00:00 and 28 February 23:59:59 are in
        (D(2026, 2, 1), D(2026, 2, 28), [FEB_2026], 2, 1, 1999),
        # its halves: 14 February 23:59:59 ends the first, and is not in the second
        (
            D(2026, 2, 1),
            D(2026, 2, 14),
            [
                MonthFigures(
                    "2026-02", new_customers=3, referral_leads=1,
                    visits_by_kind={"call": 1, "home": 1, "message": 1},
                    rated_visits=2, satisfaction_total=2 + 3, complaints=3, resolved_same_day=2,
                ),
            ],
            1, 0, 0,
        ),
        (
            D(2026, 2, 15),
            D(2026, 2, 28),
            [
                MonthFigures(
                    "2026-02", new_customers=1, by_referral=1, visits_by_kind={"store": 1},
                    rated_visits=1, satisfaction_total=5, complaints=1, resolved_same_day=0,
                    first_time_buyers=1,
                ),
            ],
            1, 1, 1999,
        ),
        # two days across a month end: 31 January 23:59:59 in January, 1 February's two in
        # February (00:30 too, which is still 31 January in UTC), 14 and 28 February out
        (
            D(2026, 1, 31),
            D(2026, 2, 1),
            [
                JAN_2026,
                MonthFigures(
                    "2026-02", new_customers=2, referral_leads=1,
                    visits_by_kind={"call": 1, "message": 1},
                    rated_visits=1, satisfaction_total=2, complaints=2, resolved_same_day=2,
                ),
            ],
            2, 1, 29,
        ),
        # across the year end
        (D(2026, 12, 1), D(2027, 1, 31), [DEC_2026, JAN_2027], 1, 0, 0),
        (D(2026, 12, 31), D(2026, 12, 31), [DEC_2026], 0, 0, 0),
        (D(2027, 1, 1), D(2027, 1, 1), [JAN_2027], 1, 0, 0),
        # a leap year's February ends on the 29th; 1 March is March's
        (D(2024, 2, 1), D(2024, 2, 29), [FEB_2024], 1, 1, 0),
        (D(2024, 2, 29), D(2024, 3, 1), [FEB_2024, MAR_2024], 1, 1, 0),
        (D(2024, 2, 28), D(2024, 2, 28), [empty("2024-02")], 0, 0, 0),
    ],
)  # fmt: skip
def test_the_dashboard_counts_each_record_in_its_own_month_and_period(
    shop: Database,
    since: D,
    until: D,
    months: list[MonthFigures],
    referred: int,
    converted: int,
    revenue_cents: int,
) -> None:
    board = DashboardService(shop, ReferralReports(shop)).dashboard(since, until)
    assert board.months == months
    top = [
        (r.name, r.direct, r.converted, r.spent_since_referral_cents) for r in board.top_referrers
    ]
    assert top == ([("老客", referred, converted, revenue_cents)] if referred else [])


def test_the_monthly_summary_sheet_gives_the_same_hand_counted_rows(shop: Database) -> None:
    columns, rows = monthly_rows(shop, D(2026, 1, 1), D(2026, 3, 31))
    assert [name for name, _kind in columns] == [
        "month", "new_customers", "first_time_buyers", "by_referral", "referral_leads",
        "referral_share", "visits", "avg_satisfaction", "complaints", "resolved_same_day",
    ]  # fmt: skip
    assert rows == [
        ("2026-01", 1, 1, 1, 0, 1.0, 1, 1.0, 1, 0),
        ("2026-02", 4, 1, 1, 1, 0.25, 4, 3.33, 4, 2),  # (2 + 3 + 5) / 3 rated, to 2 places
        ("2026-03", 1, 0, 0, 0, 0.0, 1, 4.0, 1, 1),
    ]


QUIET_MONTH = (0, 0, 0, 0, None, 0, None, 0, 0)


@pytest.mark.parametrize(
    ("until", "rows"),
    [
        # the last twelve months, this one included: January to December, nothing of 2025
        (
            D(2026, 12, 31),
            [
                ("2026-01", 1, 1, 1, 0, 1.0, 1, 1.0, 1, 0),
                ("2026-02", 4, 1, 1, 1, 0.25, 4, 3.33, 4, 2),
                ("2026-03", 1, 0, 0, 0, 0.0, 1, 4.0, 1, 1),
                *[(f"2026-{month:02d}", *QUIET_MONTH) for month in range(4, 12)],
                ("2026-12", 1, 0, 0, 0, 0.0, 1, 2.0, 1, 0),
            ],
        ),
        # on New Year's Day: February 2026 to January 2027; 31 January 23:59:59 falls out
        (
            D(2027, 1, 1),
            [
                ("2026-02", 4, 1, 1, 1, 0.25, 4, 3.33, 4, 2),
                ("2026-03", 1, 0, 0, 0, 0.0, 1, 4.0, 1, 1),
                *[(f"2026-{month:02d}", *QUIET_MONTH) for month in range(4, 12)],
                ("2026-12", 1, 0, 0, 0, 0.0, 1, 2.0, 1, 0),
                ("2027-01", 1, 0, 0, 1, 0.0, 1, 3.0, 1, 1),
            ],
        ),
    ],
)
def test_the_summary_without_a_start_covers_the_last_twelve_months(
    shop: Database, until: D, rows: list[tuple[object, ...]]
) -> None:
    summary = ReportBuilder(shop, "en", now=NOW).summary(None, until)
    assert list(summary.rows) == rows
    assert summary.expected_rows == 12


@pytest.mark.parametrize(
    ("since", "until", "names"),
    [
        (D(2026, 2, 1), D(2026, 2, 28), ["二月末", "二月中", "二月初半夜", "二月初"]),
        (D(2026, 2, 1), D(2026, 2, 14), ["二月中", "二月初半夜", "二月初"]),
        (D(2026, 2, 15), D(2026, 2, 28), ["二月末"]),
        (D(2026, 1, 31), D(2026, 1, 31), ["一月末"]),
        (D(2026, 2, 1), D(2026, 2, 1), ["二月初半夜", "二月初"]),
        (D(2026, 12, 31), D(2027, 1, 1), ["新年", "年末"]),
        (D(2024, 2, 29), D(2024, 2, 29), ["闰日"]),
        (D(2024, 3, 1), D(2024, 3, 1), ["闰日后"]),
        (D(2026, 3, 2), D(2026, 12, 30), []),
    ],
)
def test_the_visit_and_complaint_lists_keep_both_days_of_a_period(
    shop: Database, since: D, until: D, names: list[str]
) -> None:
    visits = VisitService(shop, stage_rules=stage_rules_in)
    shown = visits.visits(VisitFilter(since=since, until=until))
    assert [(v.customer_name, v.occurred_at) for v in shown] == [(n, AT[n]) for n in names]
    assert visits.count(VisitFilter(since=since, until=until)) == len(names)
    complaints = ComplaintService(shop, stage_rules=stage_rules_in).complaints(
        ComplaintFilter(since=since, until=until)
    )
    open_first = sorted(names, key=lambda name: name != "年末")  # 年末's is still open
    assert [c.customer_name for c in complaints] == open_first
