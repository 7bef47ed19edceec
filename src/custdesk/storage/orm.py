"""Typed ORM tables for every CustDesk module.

Conventions, so that services and migrations agree:
- Times are local wall-clock ``datetime`` without a zone (a shop lives in one zone, and "today" and
  "resolved the same day" mean the clerk's local date); dates are ``datetime.date``.
- Money is an integer number of fen (cents), never a float.
- Enumerated values (stage, kind, status...) are short English codes validated by the services;
  the UI translates them.
- Customers are never hard-deleted by one click: ``deleted_at`` moves them to the Trash.
- The customer row carries a few aggregates (total spent, last contact...) that services keep up to
  date in the same transaction, so that the 100,000-row list can sort on indexed columns.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints: SQLite batch migrations can only drop or alter what has a name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

_EMPTY = text("''")
_NOW = text("(strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'))")


# Tables the ORM does not describe (the FTS5 search index and its shadow tables); migrations
# create them and autogenerate must leave them alone.
UNMANAGED_TABLE_PREFIX = "customer_search"


def is_managed_table(name: str | None) -> bool:
    return not (name or "").startswith(UNMANAGED_TABLE_PREFIX)


# Columns the customer list sorts or prefix-searches on (see Customer.__table_args__).
LIST_COLUMNS = (
    "name",
    "name_pinyin",
    "name_initials",
    "name_sort_key",
    "stage",
    "last_contact_at",
    "next_follow_up_on",
    "referrals_made",
    "total_spent_cents",
    "created_at",
)


FILTER_COLUMNS = ("stage", "temperament")

# A birthday is kept as its parts, so that the year can be unknown (5月3日, year not told) and a
# lunar birthday fits later: birth_month and birth_day are both set or both NULL (no birthday).
BIRTH_DATE_COLUMNS = ("birth_year", "birth_month", "birth_day")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Customer(Base):
    """One customer's file (顾客档案)."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # Search keys computed at write time: 张三 -> "zhangsan" and "zs".
    name_pinyin: Mapped[str] = mapped_column(String(400), server_default=_EMPTY)
    name_initials: Mapped[str] = mapped_column(String(100), server_default=_EMPTY)
    # Phone-book order (custdesk.name_keys.phone_book_key): 陈 before 程, 单 under shan.
    name_sort_key: Mapped[str] = mapped_column(String(600), server_default=_EMPTY)
    gender: Mapped[str] = mapped_column(String(16), server_default=text("'unknown'"))
    birth_year: Mapped[int | None] = mapped_column(Integer)  # NULL: the year is not known
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    birth_calendar: Mapped[str] = mapped_column(String(8), server_default=text("'solar'"))
    birth_leap_month: Mapped[bool] = mapped_column(server_default=false())  # lunar 闰月
    wechat_id: Mapped[str] = mapped_column(String(100), server_default=_EMPTY)
    address: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    occupation: Mapped[str] = mapped_column(String(100), server_default=_EMPTY)
    income_band: Mapped[str] = mapped_column(String(32), server_default=_EMPTY)
    family_situation: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    hobbies: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    temperament: Mapped[str | None] = mapped_column(String(16))
    referrer_kind: Mapped[str | None] = mapped_column(String(16))
    stage: Mapped[str] = mapped_column(String(16), server_default=text("'prospect'"))
    is_important: Mapped[bool] = mapped_column(server_default=false())
    decision_maker: Mapped[str] = mapped_column(String(100), server_default=_EMPTY)
    notes: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    follow_up_cadence_days: Mapped[int | None] = mapped_column(Integer)

    # What the customer spent before CustDesk, as the shop's old list said (消费金额, 累计消费):
    # part of total_spent_cents, but no purchase, no contact and no date (issue 17).
    opening_balance_cents: Mapped[int] = mapped_column(server_default=text("0"))

    # Aggregates kept by the services (see module docstring); total_spent_cents is the
    # purchases' sum plus opening_balance_cents.
    total_spent_cents: Mapped[int] = mapped_column(server_default=text("0"))
    purchase_count: Mapped[int] = mapped_column(server_default=text("0"))
    last_purchase_on: Mapped[dt.date | None] = mapped_column(Date)
    last_contact_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    next_follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    referrals_made: Mapped[int] = mapped_column(server_default=text("0"))

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=_NOW)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=_NOW)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL")
    )

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        order_by="CustomerPhone.position",
    )

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("total_spent_cents >= 0", name="total_spent_not_negative"),
        CheckConstraint("opening_balance_cents >= 0", name="opening_balance_not_negative"),
        CheckConstraint(
            "(birth_month IS NULL) = (birth_day IS NULL) "
            "AND (birth_year IS NULL OR birth_month IS NOT NULL)",
            name="birthday_whole",
        ),
        CheckConstraint(
            "birth_month BETWEEN 1 AND 12 AND birth_day BETWEEN 1 AND 31", name="birthday_range"
        ),
        CheckConstraint(
            "birth_calendar IN ('solar', 'lunar') "
            "AND (birth_leap_month = 0 OR birth_calendar = 'lunar')",
            name="birth_calendar_known",
        ),
        # Every list index leads with deleted_at: "active customers in X order" (or "in the
        # Trash") is then one covering index walk, even at 100,000 customers.
        *(Index(f"ix_customers_active_{column}", "deleted_at", column) for column in LIST_COLUMNS),
        # Sorting by age walks the whole date; Today's "birthdays this week" and the "born this
        # month" filter look up month and day in any (or no) year.
        Index("ix_customers_active_birth_date", "deleted_at", *BIRTH_DATE_COLUMNS),
        Index("ix_customers_active_birth_month_day", "deleted_at", "birth_month", "birth_day"),
        # Quick filters shown in phone-book order answer from one index, without a sort.
        *(
            Index(f"ix_customers_active_{column}_name", "deleted_at", column, "name_sort_key")
            for column in FILTER_COLUMNS
        ),
    )


class CustomerPhone(Base):
    """A customer may have several numbers; ``number`` is normalised E.164 (+8613800138000)."""

    __tablename__ = "customer_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(32), server_default=_EMPTY)
    position: Mapped[int] = mapped_column(server_default=text("0"))

    customer: Mapped[Customer] = relationship(back_populates="phones")

    __table_args__ = (
        Index("ix_customer_phones_number", "number"),
        Index("ix_customer_phones_customer_id", "customer_id"),
    )


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50, collation="NOCASE"), unique=True)
    color: Mapped[str] = mapped_column(String(16), server_default=_EMPTY)


class CustomerTag(Base):
    __tablename__ = "customer_tags"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_customer_tags_tag_id", "tag_id"),)


class Purchase(Base):
    """One sale (成交记录)."""

    __tablename__ = "purchases"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    purchased_on: Mapped[dt.date] = mapped_column(Date)
    item: Mapped[str] = mapped_column(String(200))
    amount_cents: Mapped[int]
    quantity: Mapped[int] = mapped_column(server_default=text("1"))
    notes: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=_NOW)

    __table_args__ = (
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_purchases_customer_id_purchased_on", "customer_id", "purchased_on"),
        Index("ix_purchases_purchased_on", "purchased_on"),
    )


class Visit(Base):
    """One contact (回访/联络): store visit, call-back, message, home visit or greeting."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(16))
    purpose: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    outcome: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    satisfaction: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    served_by: Mapped[str] = mapped_column(String(100), server_default=_EMPTY)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=_NOW)

    __table_args__ = (
        CheckConstraint("satisfaction BETWEEN 1 AND 5", name="satisfaction_1_to_5"),
        Index("ix_visits_customer_id_occurred_at", "customer_id", "occurred_at"),
        Index("ix_visits_occurred_at", "occurred_at"),
    )


class FollowUp(Base):
    """A planned contact (定期回访): pending until done (which logs a visit) or cancelled."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    due_on: Mapped[dt.date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    status: Mapped[str] = mapped_column(String(16), server_default=text("'pending'"))
    source: Mapped[str] = mapped_column(String(16), server_default=text("'manual'"))
    complaint_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaints.id", ondelete="SET NULL")
    )
    done_visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=_NOW)

    __table_args__ = (
        Index("ix_follow_ups_status_due_on", "status", "due_on"),
        Index("ix_follow_ups_customer_id", "customer_id"),
    )


class Referral(Base):
    """Who brought whom (转介绍). A customer has at most one referrer."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    referrer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    referred_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    referred_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), server_default=text("'lead'"))
    notes: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=_NOW)

    __table_args__ = (
        UniqueConstraint("referred_id"),
        CheckConstraint("referrer_id <> referred_id", name="no_self_referral"),
        Index("ix_referrals_referrer_id", "referrer_id"),
        Index("ix_referrals_referred_on", "referred_on"),
    )


class ReferralReward(Base):
    """A thank-you owed or given for one referral."""

    __tablename__ = "referral_rewards"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    value_cents: Mapped[int | None]
    description: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    status: Mapped[str] = mapped_column(String(16), server_default=text("'owed'"))
    given_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=_NOW)

    __table_args__ = (
        Index("ix_referral_rewards_referral_id", "referral_id"),
        Index("ix_referral_rewards_status", "status"),
    )


class Complaint(Base):
    """A complaint (投诉), to be resolved the same day (the sun-down rule)."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(50), server_default=_EMPTY)
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(16), server_default=text("'medium'"))
    status: Mapped[str] = mapped_column(String(16), server_default=text("'open'"))
    resolution: Mapped[str] = mapped_column(Text, server_default=_EMPTY)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=_NOW)

    __table_args__ = (
        Index("ix_complaints_status_received_at", "status", "received_at"),
        Index("ix_complaints_customer_id", "customer_id"),
    )


class AuditEntry(Base):
    """One changed field of a customer file: who, when, old and new value."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100), server_default=_EMPTY)
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str] = mapped_column(String(50), server_default=_EMPTY)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_audit_entries_customer_id_changed_at", "customer_id", "changed_at"),
    )


class ShopSetting(Base):
    """Shop data that belongs with the database (shop name, dormant threshold, holidays...).

    ``value`` is JSON text; window state lives in QSettings instead.
    """

    __tablename__ = "shop_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class, typed for insert()/update() in bulk writes."""
    return cast(Table, model.__table__)
