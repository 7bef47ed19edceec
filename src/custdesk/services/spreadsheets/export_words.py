"""The words exports write (headers, codes) in Chinese or English, and the customer list's
columns as the Excel export shows them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from custdesk.resources import load_seed
from custdesk.services.customers.calendar import age_on
from custdesk.services.customers.customer_list import CustomerRow
from custdesk.services.customers.phones import display_phone
from custdesk.services.spreadsheets.excel_export import Kind


class Words:
    """Export words in one language ("zh" or "en")."""

    def __init__(self, language: str) -> None:
        self._index = 0 if language.startswith("zh") else 1
        self._labels: dict[str, list[str]] = load_seed("export_labels")

    def __call__(self, key: str) -> str:
        entry = self._labels.get(key)
        return entry[self._index] if entry else key

    def code(self, group: str, value: str | None) -> str:
        """The word for a stored code; an unknown code is written as it is."""
        if value is None:
            return ""
        entry = self._labels.get(f"{group}.{value}")
        return entry[self._index] if entry else value


def _age(row: CustomerRow, today: dt.date) -> int | None:
    return age_on(row.birthday, today) if row.birthday else None


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
