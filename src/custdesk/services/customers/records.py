"""Plain data that crosses between the customer service and its callers (form, list, import),
and the record states every domain above reads (complaint states)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from custdesk.services.customers.calendar import Birthday

OLDEST_BIRTHDAY = dt.date(1900, 1, 1)  # anything earlier is a typing slip


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class ComplaintStatus(StrEnum):
    """Where a complaint stands. Kept here, below the complaints service, because a customer's
    file is asked about its open complaints too: the customer list filters on them and Today
    counts them."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


OPEN_STATUSES = (ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class CustomerDraft:
    """What a clerk typed into the customer form (or an import row), before validation."""

    name: str
    gender: str = Gender.UNKNOWN
    birthday: Birthday | None = None  # the year may be unknown (see calendar.Birthday)
    phones: tuple[str, ...] = ()
    # The label of each phone, by position (手机, 电话, Home Phone; "" for none). Shorter than
    # ``phones`` when a caller has none to give: a number already on file keeps its label.
    phone_labels: tuple[str, ...] = ()
    wechat_id: str = ""
    address: str = ""
    occupation: str = ""
    income_band: str = ""
    family_situation: str = ""
    hobbies: str = ""
    temperament: str | None = None
    is_important: bool = False
    decision_maker: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    follow_up_cadence_days: int | None = None


@dataclass(frozen=True)
class CustomerRecord:
    """A saved customer file, as the form and detail views show it."""

    id: int
    draft: CustomerDraft
    stage: str
    total_spent_cents: int
    purchase_count: int
    last_purchase_on: dt.date | None
    last_contact_at: dt.datetime | None
    next_follow_up_on: dt.date | None
    referrals_made: int
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    # From the old list (an import's 消费金额): part of total_spent_cents, no purchase.
    opening_balance_cents: int = 0

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class CustomerBrief:
    """Enough to name a customer in a warning or a short list (duplicates, trash)."""

    id: int
    name: str
    phones: tuple[str, ...]
    deleted_at: dt.datetime | None = None
