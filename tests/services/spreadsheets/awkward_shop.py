"""A small shop whose values are the ones a careless export or a float would spoil: landlines
that start with 0, a card number and a WeChat id of leading zeros, amounts that do not survive
a float, text that Excel would read as a formula, and records at midnight."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 15, 30)
SHENZHEN_LANDLINE = "0755 8888 1234"  # as display_phone shows it, and Excel must keep it
SHANGHAI_LANDLINE = "021 8888 1234"
MOBILE = "138 0013 8000"
CARD_NUMBER = "000123"  # clerks keep the loyalty card number in the notes
WECHAT_ID = "000123"
FORMULA_NAME = "=1+1"
MIDNIGHT_VISIT = dt.datetime(2026, 11, 1, 0, 0)  # the first moment of the month, local time
LATE_VISIT = dt.datetime(2026, 10, 31, 23, 59)
# 19.99 + 0.29 as floats would be stored as 1998 + 28 fen; 1,234.85 in all is shown as
# 1,234.84 by a float truncated to the fen.
LI_NA_PURCHASES = (("19.99", 1999), ("0.29", 29))
WANG_PURCHASES = (("1,234.56", 123456), ("0.29", 29))


@dataclass(frozen=True)
class AwkwardShop:
    wang: int  # landlines, card number, referrer
    li_na: int  # mobile, referred and converted, bought 19.99 + 0.29
    formula: int  # named "=1+1"


def build_awkward_shop(db: Database) -> AwkwardShop:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    wang = customers.create(
        CustomerDraft(
            name="王小明",
            gender="male",
            birthday=Birthday(1, 1, 1990),
            phones=("0755-8888 1234", "02188881234"),
            wechat_id=WECHAT_ID,
            address="-1层 B12",
            occupation="+86 外贸",
            temperament="picky",
            is_important=True,
            decision_maker="@太太",
            tags=("007",),
            notes=CARD_NUMBER,
        )
    ).id
    li_na = customers.create(
        CustomerDraft(
            name="李娜",
            gender="female",
            birthday=Birthday(12, 31, 1985),
            phones=("13800138000",),
            wechat_id="@lina",
        )
    ).id
    formula = customers.create(CustomerDraft(name=FORMULA_NAME, phones=("010 6552 9988",))).id

    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    for typed, _fen in LI_NA_PURCHASES:
        purchases.record(li_na, PurchaseDraft(dt.date(2026, 11, 20), "围巾", typed))
    for typed, _fen in WANG_PURCHASES:
        purchases.record(wang, PurchaseDraft(dt.date(2026, 10, 2), "大衣", typed))

    referrals = ReferralService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    referrals.set_referrer(li_na, wang, referred_on=dt.date(2026, 10, 15), status="converted")
    referrals.set_referrer(formula, wang, referred_on=dt.date(2026, 11, 1), status="lead")
    referrals.set_referrer_kind(wang, "honour")

    visits = VisitService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    visits.log(
        li_na,
        VisitDraft(MIDNIGHT_VISIT, kind="call", purpose="+加购", satisfaction=5, notes=CARD_NUMBER),
    )
    visits.log(wang, VisitDraft(LATE_VISIT, kind="store", outcome="-退货", served_by="=小王"))
    planned_on = dt.datetime(2026, 11, 10, 9, 0)  # planned ten days ago, due two days ago
    FollowUpService(db, stage_rules=stage_rules_in, clock=lambda: planned_on).schedule(
        wang, dt.date(2026, 11, 20), "=回访"
    )

    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    complaint = complaints.record(
        li_na,
        ComplaintDraft(
            dt.datetime(2026, 11, 21, 10, 0), "phone", "-起球", category="007", severity="high"
        ),
    )
    complaints.resolve(complaint.id, "@已换新", resolved_at=dt.datetime(2026, 11, 21, 18, 0))
    return AwkwardShop(wang=wang, li_na=li_na, formula=formula)


# What each column of each export must hold, as Excel sees the cell: text (phones, ids, codes:
# never a number, or a landline loses its 0), a whole number, money in yuan to the fen, a date
# or a moment (real dates, so Excel can sort and filter them), a share or an average.
TEXT, WHOLE, MONEY, DAY, MOMENT, SHARE, AVERAGE, HOURS = (
    "text", "whole", "money", "day", "moment", "share", "average", "hours"
)  # fmt: skip
REPORT_COLUMNS: dict[str, dict[str, str]] = {
    "Customers": {
        "Name": TEXT, "Phones": TEXT, "Gender": TEXT, "Birthday": DAY, "WeChat": TEXT,
        "Address": TEXT, "Occupation": TEXT, "Income": TEXT, "Family": TEXT, "Hobbies": TEXT,
        "Temperament": TEXT, "Important": TEXT, "Decision maker": TEXT,
        "Follow up every (days)": WHOLE, "Tags": TEXT, "Notes": TEXT,
        "Total spent (purchases and old list)": MONEY, "From the old list": MONEY,
    },
    "Visits": {
        "When": MOMENT, "Customer": TEXT, "Phone": TEXT, "Kind": TEXT, "Purpose": TEXT,
        "Outcome": TEXT, "Satisfaction": WHOLE, "Served by": TEXT, "Notes": TEXT,
    },
    "Follow-ups due": {
        "Due": DAY, "Days late": WHOLE, "Customer": TEXT, "Phone": TEXT, "Purpose": TEXT,
        "Source": TEXT,
    },
    "Complaints": {
        "Received": MOMENT, "Customer": TEXT, "Channel": TEXT, "Category": TEXT,
        "Severity": TEXT, "Status": TEXT, "Description": TEXT, "Resolution": TEXT,
        "Resolved at": MOMENT, "Hours to resolve": HOURS, "Same day": TEXT,
    },
    "Referral leaderboard": {
        "Referrer": TEXT, "Referrer type": TEXT, "Referred": WHOLE, "Converted": WHOLE,
        "Spent by people they referred, since referral": MONEY,
        "Whole chain below (people, all time)": WHOLE,
    },
    "Referral chains": {
        "Referrer": TEXT, "Referred customer": TEXT, "Referred on": DAY, "Status": TEXT,
        "Generation (1 = brought in by the chain's first)": WHOLE,
    },
    "Monthly summary": {
        "Month": TEXT, "New customer files": WHOLE, "First-time buyers": WHOLE,
        "New files by referral (converted)": WHOLE, "Referral leads (not converted)": WHOLE,
        "Referral share (converted of new files)": SHARE,
        "Visits": WHOLE, "Average satisfaction": AVERAGE, "Complaints": WHOLE,
        "Resolved same day": WHOLE,
    },
}  # fmt: skip
LIST_COLUMNS_SHOWN = {
    "Name": TEXT, "Phone": TEXT, "Gender": TEXT, "Age": WHOLE, "Stage": TEXT,
    "Temperament": TEXT, "Last contact": MOMENT, "Due": DAY, "Referred": WHOLE,
    "Total spent": MONEY, "Tags": TEXT,
}  # fmt: skip
_FORMATS = {
    MONEY: "#,##0.00", DAY: "yyyy-mm-dd", MOMENT: "yyyy-mm-dd hh:mm", SHARE: "0%",
    AVERAGE: "0.00", HOURS: "0.0",
}  # fmt: skip


def by_header(ws: Any) -> list[dict[str, Any]]:
    """The data rows of an exported sheet (title, subtitle, header above them), as
    {header: cell}."""
    headers = [cell.value for cell in ws[3]]
    return [dict(zip(headers, row, strict=True)) for row in ws.iter_rows(min_row=4)]


def column_type_problems(ws: Any, expected: dict[str, str]) -> list[str]:
    """Every cell of ``ws`` that does not hold what its column should, as 'column row: why';
    empty cells are fine. The header must be exactly ``expected``'s columns, in order."""
    headers = [cell.value for cell in ws[3]]
    assert headers == list(expected), f"{ws.title}: {headers}"
    problems = []
    for row in by_header(ws):
        for header, cell in row.items():
            if cell.value is not None and (why := _wrong(cell, expected[header])):
                problems.append(f"{ws.title}.{header} {cell.coordinate} {cell.value!r}: {why}")
    return problems


def _wrong(cell: Any, kind: str) -> str | None:
    value = cell.value
    if kind == TEXT:
        return None if cell.data_type == "s" and isinstance(value, str) else "not text"
    if kind in (DAY, MOMENT):
        if not (cell.is_date and isinstance(value, dt.datetime)):
            return "not a date"
        if kind == DAY and value.time() != dt.time():
            return "a day with a time"
    elif cell.data_type != "n" or isinstance(value, bool) or not isinstance(value, int | float):
        return "not a number"
    if kind == WHOLE and not isinstance(value, int):
        return "not a whole number"
    fmt = _FORMATS.get(kind)
    if fmt is not None and cell.number_format != fmt:
        return f"shown as {cell.number_format!r}, not {fmt!r}"
    return None
