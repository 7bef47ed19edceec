"""The Today page (今日): what the clerk should do today, each line with its customer.

The work list (work_list.py: open complaints, overdue and due follow-ups, complaint check-backs,
today's birthdays, most urgent first), birthdays and holidays of the coming days (today and the
6 days after it: COMING_DAYS), customers who have just gone quiet beside all those who are
quiet, and the open complaints count. Every part is one indexed
query, so the agenda opens at once with 100,000 customers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.periods import moments_within
from custdesk.services.contacts.cadence import FollowUpStatus
from custdesk.services.contacts.work_list import (
    BirthdayItem,
    FollowUpItem,
    WorkItem,
    open_complaints,
    ordered_work,
)
from custdesk.services.customers.birthdays import birthday_columns, birthday_from, born_between
from custdesk.services.customers.calendar import Holiday
from custdesk.services.customers.counted import customer_counted
from custdesk.services.customers.customer_list import first_phone
from custdesk.services.customers.records import OPEN_STATUSES
from custdesk.storage import orm
from custdesk.storage.db import Database

_Columns = TypeVarTuple("_Columns")
# Birthdays and holidays of the coming week: today and the 6 days after it, 7 days in all, as
# the labels say ("today and the next 6 days"; a window of today + 7 was 8 days).
COMING_DAYS = 7
QUIET_WINDOW_DAYS = 14  # "just went quiet": crossed the dormant threshold in the last two weeks


@dataclass(frozen=True)
class HolidayItem:
    on: dt.date
    holiday: Holiday


@dataclass(frozen=True)
class QuietItem:
    customer_id: int
    customer_name: str
    phone: str
    last_contact: dt.date
    total_spent_cents: int


@dataclass(frozen=True)
class TodayAgenda:
    today: dt.date
    overdue: list[FollowUpItem]
    due_today: list[FollowUpItem]
    birthdays: list[BirthdayItem]
    holidays: list[HolidayItem]
    # Buyers who reached dormant_after_days of silence in the last QUIET_WINDOW_DAYS days, with
    # no follow-up planned: the ones to call now (_gone_quiet).
    gone_quiet: list[QuietItem]
    dormant_after_days: int
    open_complaints: int
    work_list: list[WorkItem] = field(default_factory=list)  # most urgent first
    # Every buyer with no contact for dormant_after_days or more, whenever they reached it and
    # whether a call is planned or not: the list above is the newest of them.
    quiet_total: int = 0

    @property
    def coming_until(self) -> dt.date:
        """The last day of the birthdays' and holidays' window (today is its first)."""
        return last_coming_day(self.today)

    @property
    def to_do(self) -> int:
        """What the navigation shows beside Today: the lines of its work list."""
        return len(self.work_list)


@dataclass(frozen=True)
class AgendaCounts:
    # Today's work list: follow-ups due today or overdue, open complaints, birthdays today.
    to_do: int
    open_complaints: int


class AgendaSettings(Protocol):
    """What Today needs of the shop's settings (shop.settings.ShopSettings, which the app passes
    in: the settings live in the shop package, above this one)."""

    @property
    def holidays(self) -> tuple[Holiday, ...]: ...

    @property
    def dormant_after_days(self) -> int: ...


class AgendaService:
    def __init__(
        self,
        db: Database,
        *,
        settings: Callable[[Session], AgendaSettings],
        today: Callable[[], dt.date] = shop_clock.today,
    ) -> None:
        """``settings`` reads the shop's settings inside the agenda's transaction."""
        self._db = db
        self._settings = settings
        self._today = today

    def today(self) -> TodayAgenda:
        today = self._today()
        with self._db.reading() as session:
            settings = self._settings(session)
            follow_ups = _pending_until(session, today)
            birthdays = _birthdays(session, today)
            complaints = open_complaints(session)
            return TodayAgenda(
                today=today,
                overdue=[item for item in follow_ups if item.due_on < today],
                due_today=[item for item in follow_ups if item.due_on == today],
                birthdays=birthdays,
                holidays=[
                    HolidayItem(day, holiday)
                    for day, holiday in upcoming_holidays(
                        settings.holidays, today, last_coming_day(today)
                    )
                ],
                gone_quiet=_gone_quiet(session, today, settings.dormant_after_days),
                dormant_after_days=settings.dormant_after_days,
                open_complaints=len(complaints),
                work_list=ordered_work(today, complaints, follow_ups, birthdays),
                quiet_total=_quiet_total(session, today, settings.dormant_after_days),
            )

    def counts(self) -> AgendaCounts:
        """What the navigation shows, without loading the lines themselves: as many as the
        work list's lines (today().to_do) and the open complaints."""
        today = self._today()
        with self._db.reading() as session:
            follow_ups = session.scalar(due_by(select(func.count(orm.FollowUp.id)), today))
            birthdays = session.scalar(
                select(func.count()).select_from(_birthday_query(today, today).subquery())
            )
            complaints = _open_complaints(session)
            return AgendaCounts(int(follow_ups or 0) + int(birthdays or 0) + complaints, complaints)


def last_coming_day(today: dt.date) -> dt.date:
    """The last of the COMING_DAYS days that start with ``today``."""
    return today + dt.timedelta(days=COMING_DAYS - 1)


def upcoming_holidays(
    holidays: Iterable[Holiday], today: dt.date, last: dt.date
) -> list[tuple[dt.date, Holiday]]:
    """Holidays from ``today`` to ``last``, both included, soonest first."""
    found = []
    for holiday in holidays:
        day = holiday.next_on_or_after(today)
        if day is not None and day <= last:
            found.append((day, holiday))
    return sorted(found, key=lambda pair: pair[0])


def due_by(query: Select[*_Columns], today: dt.date) -> Select[*_Columns]:
    """Pending follow-ups due on or before ``today``, of customers not in the Trash (the
    agenda, its count and the follow-ups export all ask this)."""
    f, c = orm.FollowUp, orm.Customer
    return query.join(c, c.id == f.customer_id).where(
        f.status == FollowUpStatus.PENDING, f.due_on <= today, customer_counted(c)
    )


def _pending_until(session: Session, today: dt.date) -> list[FollowUpItem]:
    f, c = orm.FollowUp, orm.Customer
    columns = select(f.id, c.id, c.name, first_phone(), f.due_on, f.purpose, f.source).select_from(
        f
    )
    rows = session.execute(due_by(columns, today).order_by(f.due_on, c.name_sort_key, f.id))
    return [FollowUpItem(*row) for row in rows]


def _birthday_query(today: dt.date, last: dt.date | None = None) -> Select[*tuple[Any, ...]]:
    """Active customers whose birthday is kept from ``today`` to ``last`` (the COMING_DAYS
    when None), the year known or not."""
    c = orm.Customer
    last = last or last_coming_day(today)
    return select(c.id, c.name, first_phone(), *birthday_columns()).where(
        c.id.in_(born_between(today, last))
    )


def _birthdays(session: Session, today: dt.date) -> list[BirthdayItem]:
    rows = session.execute(_birthday_query(today))
    found = []
    for customer_id, name, phone, *parts in rows:
        birthday = birthday_from(*parts)
        assert birthday is not None  # selected on it
        on = birthday.next_on_or_after(today)
        found.append(BirthdayItem(customer_id, name, phone, on, birthday.age_on(on)))
    return sorted(found, key=lambda item: (item.on, item.customer_name))


def quiet_since(today: dt.date, dormant_after_days: int) -> dt.date:
    """The last day a contact may have been on for its customer to be quiet ``today``: silent
    for ``dormant_after_days`` days or more, as the stage Dormant counts them (stages.py)."""
    return today - dt.timedelta(days=dormant_after_days)


def _gone_quiet(session: Session, today: dt.date, dormant_after_days: int) -> list[QuietItem]:
    """Buyers whose silence reached the dormant threshold lately, with no contact planned."""
    c = orm.Customer
    # Last heard from on one of the QUIET_WINDOW_DAYS days that end dormant_after_days ago.
    last_day = quiet_since(today, dormant_after_days)
    first_day = last_day - dt.timedelta(days=QUIET_WINDOW_DAYS - 1)
    rows = session.execute(
        select(c.id, c.name, first_phone(), c.last_contact_at, c.total_spent_cents)
        .where(
            customer_counted(),
            *moments_within(c.last_contact_at, first_day, last_day),
            c.purchase_count > 0,
            c.next_follow_up_on.is_(None),
        )
        .order_by(c.total_spent_cents.desc(), c.id)
    )
    return [
        QuietItem(customer_id, name, phone, last.date(), spent)
        for customer_id, name, phone, last, spent in rows
        if last is not None  # filtered on it
    ]


def _quiet_total(session: Session, today: dt.date, dormant_after_days: int) -> int:
    """Buyers outside the Trash whose last contact was on or before ``quiet_since``: how many
    are quiet now, the list of the newest ones beside it."""
    c = orm.Customer
    query = select(func.count(c.id)).where(
        customer_counted(),
        *moments_within(c.last_contact_at, None, quiet_since(today, dormant_after_days)),
        c.purchase_count > 0,
    )
    return int(session.scalar(query) or 0)


def _open_complaints(session: Session) -> int:
    c = orm.Complaint
    query = (
        select(func.count(c.id))
        .join(orm.Customer, orm.Customer.id == c.customer_id)
        .where(c.status.in_(OPEN_STATUSES), customer_counted())
    )
    return int(session.scalar(query) or 0)
