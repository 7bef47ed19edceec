"""The words exports write (sheet names, headers, codes) in Chinese or English, and the customer
list's columns as the Excel export shows them. The English here is marked for the catalogue
(custdesk.words); the Chinese is there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from custdesk import code_words
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customer_list import CustomerRow
from custdesk.services.customers.phones import display_phone
from custdesk.services.spreadsheets.excel_export import Kind
from custdesk.words import N_, translate

SHEETS, COLUMNS = "export sheets", "export columns"  # catalogue contexts

# Report key -> its sheet's name; also the heading above the table.
SHEET_NAMES = {
    "customers": N_("export sheets", "Customers"),
    "visits": N_("export sheets", "Visits"),
    "followups": N_("export sheets", "Follow-ups due"),
    "complaints": N_("export sheets", "Complaints"),
    "referrals": N_("export sheets", "Referral leaderboard"),
    "referral_links": N_("export sheets", "Referral chains"),
    "summary": N_("export sheets", "Monthly summary"),
}
# The subtitle's words: "All dates · exported 2026-11-22 15:30".
RANGE_WORDS = {
    "all": N_("export sheets", "All dates"),
    "exported": N_("export sheets", "exported"),
}
# Column key -> header; "yes" and "no" are cell values of yes/no columns.
HEADERS = {
    "name": N_("export columns", "Name"),
    "phones": N_("export columns", "Phones"),
    "gender": N_("export columns", "Gender"),
    "birthday": N_("export columns", "Birthday"),
    "wechat": N_("export columns", "WeChat"),
    "address": N_("export columns", "Address"),
    "occupation": N_("export columns", "Occupation"),
    "income": N_("export columns", "Income"),
    "family": N_("export columns", "Family"),
    "hobbies": N_("export columns", "Hobbies"),
    "temperament": N_("export columns", "Temperament"),
    "important": N_("export columns", "Important"),
    "decision_maker": N_("export columns", "Decision maker"),
    "follow_up_every": N_("export columns", "Follow up every (days)"),
    "tags": N_("export columns", "Tags"),
    "notes": N_("export columns", "Notes"),
    "opening_balance": N_("export columns", "From the old list"),
    # Purchases and the amount from the old list, as the customer list's Total spent; a figure
    # the shop works out, so the import leaves the column out (import_headers.IGNORED_HEADERS).
    "spent_in_all": N_("export columns", "Total spent (purchases and old list)"),
    "stage": N_("export columns", "Stage"),
    "total_spent": N_("export columns", "Total spent"),
    "last_contact": N_("export columns", "Last contact"),
    "created": N_("export columns", "Created"),
    "when": N_("export columns", "When"),
    "customer": N_("export columns", "Customer"),
    "kind": N_("export columns", "Kind"),
    "purpose": N_("export columns", "Purpose"),
    "outcome": N_("export columns", "Outcome"),
    "satisfaction": N_("export columns", "Satisfaction"),
    "served_by": N_("export columns", "Served by"),
    "due_on": N_("export columns", "Due"),
    "source": N_("export columns", "Source"),
    "days_late": N_("export columns", "Days late"),
    "phone": N_("export columns", "Phone"),
    "received": N_("export columns", "Received"),
    "channel": N_("export columns", "Channel"),
    "category": N_("export columns", "Category"),
    "severity": N_("export columns", "Severity"),
    "status": N_("export columns", "Status"),
    "description": N_("export columns", "Description"),
    "resolution": N_("export columns", "Resolution"),
    "resolved_at": N_("export columns", "Resolved at"),
    "hours_to_resolve": N_("export columns", "Hours to resolve"),
    "same_day": N_("export columns", "Same day"),
    "referrer": N_("export columns", "Referrer"),
    "referrer_kind": N_("export columns", "Referrer type"),
    "referred": N_("export columns", "Referred"),
    "converted": N_("export columns", "Converted"),
    # The leaderboard's spending and chain, and the chains' generation, define themselves in
    # the header: a sheet has no tooltip (issue 20).
    "their_spending": N_("export columns", "Spent by people they referred, since referral"),
    "whole_chain": N_("export columns", "Whole chain below (people, all time)"),
    "referred_customer": N_("export columns", "Referred customer"),
    "referred_on": N_("export columns", "Referred on"),
    "generation": N_("export columns", "Generation (1 = brought in by the chain's first)"),
    "month": N_("export columns", "Month"),
    # New files and first-time buyers side by side; referrals converted apart from leads.
    "new_customers": N_("export columns", "New customer files"),
    "first_time_buyers": N_("export columns", "First-time buyers"),
    "by_referral": N_("export columns", "New files by referral (converted)"),
    "referral_leads": N_("export columns", "Referral leads (not converted)"),
    "referral_share": N_("export columns", "Referral share (converted of new files)"),
    "visits": N_("export columns", "Visits"),
    "avg_satisfaction": N_("export columns", "Average satisfaction"),
    "complaints": N_("export columns", "Complaints"),
    "resolved_same_day": N_("export columns", "Resolved same day"),
    "age": N_("export columns", "Age"),
    "yes": N_("export columns", "Yes"),
    "no": N_("export columns", "No"),
}
# Code group (as the reports name it) -> the window's words for its codes (context "labels").
CODE_WORDS: dict[str, dict[str, str]] = {
    "gender": code_words.GENDERS,
    "stage": code_words.STAGES,
    "temperament": code_words.TEMPERAMENTS,
    "visit": code_words.VISIT_KINDS,
    "source": code_words.FOLLOW_UP_SOURCES,
    "complaint": code_words.COMPLAINT_STATUSES,
    "channel": code_words.CHANNELS,
    "severity": code_words.SEVERITIES,
    "referral": code_words.REFERRAL_STATUSES,
    "referrer_kind": code_words.REFERRER_KINDS,
}
# The kinds of phone CustDesk itself writes as labels (a vCard's TEL types, the demo), by
# their stored word, any case: a Chinese workbook writes 手机, not mobile. Labels a clerk typed
# are written as typed.
PHONE_LABELS = {
    "mobile": N_("phone labels", "mobile"),
    "home": N_("phone labels", "home"),
    "work": N_("phone labels", "work"),
    "main": N_("phone labels", "main"),
    "other": N_("phone labels", "other"),
}
# Key -> (catalogue context, English): "sheet.<report>", "range.<word>", or a column key.
_WORDS: dict[str, tuple[str, str]] = {
    **{f"sheet.{key}": (SHEETS, source) for key, source in SHEET_NAMES.items()},
    **{f"range.{key}": (SHEETS, source) for key, source in RANGE_WORDS.items()},
    **{key: (COLUMNS, source) for key, source in HEADERS.items()},
}


class Words:
    """Export words in one language ("zh_CN", "zh" or "en")."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, key: str) -> str:
        """The word for a key of the tables above; an unknown key is written as it is."""
        entry = _WORDS.get(key)
        return translate(*entry, self.language) if entry else key

    def code(self, group: str, value: str | None) -> str:
        """The word for a stored code; an unknown code is written as it is. An unstated gender
        is left blank, as a clerk leaves it (the import reads a blank back as unknown)."""
        if value is None or (group, value) == ("gender", "unknown"):
            return ""
        source = CODE_WORDS.get(group, {}).get(value)
        return translate(code_words.LABELS, source, self.language) if source else value

    def phone_label(self, label: str) -> str:
        """A phone's stored label in this language: one of PHONE_LABELS translated, any other
        as it is (English keeps the stored word's case: "Mobile" from a Google file)."""
        source = PHONE_LABELS.get(label.casefold())
        if source is None:
            return label
        translated = translate("phone labels", source, self.language)
        return label if translated == source else translated


def _age(row: CustomerRow, today: dt.date) -> int | None:
    return row.birthday.age_on(today) if row.birthday else None


# A birthday without its year, in the sheet's language: ISO 8601's day of any year in English
# (as vCard writes it), 05月03日 in Chinese (month and day given as two digits); the import's
# date reader takes both back as such.
MONTH_DAY = N_("export columns", "--{month}-{day}")


def birthday_cell(birthday: Birthday | None, language: str) -> dt.date | str | None:
    """A birthday as the customers sheet writes it: an Excel date when the year is known, else
    the month and day as text in ``language`` (MONTH_DAY)."""
    if birthday is None:
        return None
    if birthday.date is not None:
        return birthday.date
    words = translate(COLUMNS, MONTH_DAY, language)
    return words.format(month=f"{birthday.month:02}", day=f"{birthday.day:02}")


ListGetter = Callable[[CustomerRow, Words, dt.date], Any]
# Column key (as the customers page names its columns) -> (kind, value).
LIST_COLUMNS: dict[str, tuple[Kind, ListGetter]] = {
    "name": (Kind.TEXT, lambda r, w, t: r.name),
    "phone": (Kind.TEXT, lambda r, w, t: display_phone(r.phone) if r.phone else ""),
    "gender": (Kind.TEXT, lambda r, w, t: w.code("gender", r.gender)),
    "age": (Kind.INTEGER, lambda r, w, t: _age(r, t)),
    "stage": (Kind.TEXT, lambda r, w, t: w.code("stage", r.stage)),
    "temperament": (Kind.TEXT, lambda r, w, t: w.code("temperament", r.temperament)),
    "last_contact": (Kind.DATETIME, lambda r, w, t: r.last_contact_at),
    "next_follow_up": (Kind.DATE, lambda r, w, t: r.next_follow_up_on),
    "referrals": (Kind.INTEGER, lambda r, w, t: r.referrals_made),
    "total_spent": (Kind.MONEY, lambda r, w, t: r.total_spent_cents),
    "tags": (Kind.TEXT, lambda r, w, t: r.tags),
}
LIST_HEADERS = {"age": "age", "next_follow_up": "due_on", "referrals": "referred"}
