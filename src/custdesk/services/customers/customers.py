"""Customer files: create, edit, look up, move to the Trash and back, empty the Trash.

Every public method is one transaction. Each write also refreshes the customer's search row and
records who changed which field, so the list, the search and the history never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, ValidationError
from custdesk.resources import load_seed
from custdesk.services.customers.aggregates import StageRulesIn, refresh_aggregates
from custdesk.services.customers.bulk_create import create_many_in
from custdesk.services.customers.calendar import BirthCalendar, Birthday
from custdesk.services.customers.customer_rows import (
    PLAIN_FIELDS,
    apply_draft,
    customer_brief,
    customer_record,
    draft_of,
    labels_of_typed,
    load_customer,
    phone_holders,
    refuse_taken_phones,
)
from custdesk.services.customers.phones import normalise_phone
from custdesk.services.customers.records import (
    OLDEST_BIRTHDAY,
    CustomerBrief,
    CustomerDraft,
    CustomerRecord,
    Gender,
)
from custdesk.services.customers.referral_chains import close_chains_around
from custdesk.services.customers.tags import tags_of
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.search_index import refresh_search_rows
from custdesk.text_cleaning import display_text, key_text

MAX_LENGTHS = {"name": 100, "wechat_id": 100, "occupation": 100, "decision_maker": 100}
MAX_TEXT = 5000
MAX_CADENCE_DAYS = 366
_GENDERS = frozenset(Gender)


def temperament_codes() -> frozenset[str]:
    return frozenset(entry["code"] for entry in load_seed("temperaments"))


HISTORY_LIMIT = 1000


@dataclass(frozen=True)
class AuditRecord:
    changed_at: dt.datetime
    actor: str  # the computer login of whoever made the change
    action: str  # create, update, trash, restore, merge, unmerge, purchase_added, purchase_removed
    field: str  # for an update: which field
    old_value: str | None
    new_value: str | None


class CustomerService:
    def __init__(
        self,
        db: Database,
        *,
        stage_rules: StageRulesIn,
        clock: Callable[[], dt.datetime] = shop_clock.now,
        actor: str = "",
    ) -> None:
        self._db = db
        self._stage_rules = stage_rules  # the shop's, for each customer's stage (aggregates)
        self._clock = clock
        self._actor = actor

    # -- validation -------------------------------------------------------------------------
    def validate(self, draft: CustomerDraft) -> CustomerDraft:
        """The draft cleaned (text_cleaning: NFC, characters XML cannot hold removed) and
        trimmed, phones in E.164; or ValidationError naming every bad field."""
        problems: dict[str, FieldProblem] = {}
        text_values: dict[str, Any] = {  # Any: replace() checks each field's own type
            name: display_text(getattr(draft, name)).strip()
            for name in PLAIN_FIELDS
            if isinstance(getattr(draft, name), str)
        }
        for name, value in text_values.items():
            if len(value) > MAX_LENGTHS.get(name, MAX_TEXT):
                problems[name] = FieldProblem.TOO_LONG
        if not text_values["name"]:
            problems["name"] = FieldProblem.REQUIRED
        # Codes are checked clean, as they will be stored.
        if text_values.get("gender", draft.gender) not in _GENDERS:
            problems["gender"] = FieldProblem.UNKNOWN_CHOICE
        temperament = text_values.get("temperament", draft.temperament)
        if temperament is not None and temperament not in temperament_codes():
            problems["temperament"] = FieldProblem.UNKNOWN_CHOICE
        if draft.birthday is not None:
            problem = birthday_problem(draft.birthday, self._clock().date())
            if problem is not None:
                problems["birthday"] = problem
        cadence = draft.follow_up_cadence_days
        if cadence is not None and not 1 <= cadence <= MAX_CADENCE_DAYS:
            problems["follow_up_cadence_days"] = FieldProblem.OUT_OF_RANGE
        phones = self._clean_phones(draft.phones, problems)
        labels = labels_of_typed(draft)
        tags = tags_of(display_text(tag) for tag in draft.tags)  # split at , / 、 (tags.py)
        if any(len(tag) > 50 for tag in tags):
            problems["tags"] = FieldProblem.TOO_LONG
        if problems:
            raise ValidationError.for_fields(problems)
        return replace(draft, **text_values, phones=phones, phone_labels=labels, tags=tags)

    @staticmethod
    def _clean_phones(typed: Sequence[str], problems: dict[str, FieldProblem]) -> tuple[str, ...]:
        cleaned: list[str] = []
        for index, text in enumerate(t for t in typed if t.strip()):
            try:
                number = normalise_phone(text)
            except ValidationError:
                problems[f"phones.{index}"] = FieldProblem.INVALID_PHONE
                continue
            if number in cleaned:
                problems[f"phones.{index}"] = FieldProblem.REPEATED_PHONE
            cleaned.append(number)
        return tuple(cleaned)

    # -- reading ----------------------------------------------------------------------------
    def get(self, customer_id: int) -> CustomerRecord:
        with self._db.reading() as session:
            return customer_record(session, load_customer(session, customer_id))

    def history(self, customer_id: int, limit: int = HISTORY_LIMIT) -> list[AuditRecord]:
        """Who changed what in this file and when, newest first."""
        entry = orm.AuditEntry
        with self._db.reading() as session:
            load_customer(session, customer_id)
            rows = session.scalars(
                select(entry)
                .where(entry.customer_id == customer_id)
                .order_by(entry.changed_at.desc(), entry.id.desc())
                .limit(limit)
            )
            return [
                AuditRecord(
                    changed_at=row.changed_at,
                    actor=row.actor,
                    action=row.action,
                    field=row.field,
                    old_value=row.old_value,
                    new_value=row.new_value,
                )
                for row in rows
            ]

    def customers_with_phones(
        self, phones: Iterable[str], *, excluding: int | None = None
    ) -> list[CustomerBrief]:
        """Customers (not in the Trash) already using any of these E.164 numbers (read in
        their key form, so a full-width digit still finds its number)."""
        with self._db.reading() as session:
            return phone_holders(session, tuple(key_text(n).strip() for n in phones), excluding)

    def trashed(self) -> list[CustomerBrief]:
        with self._db.reading() as session:
            rows = session.scalars(
                select(orm.Customer)
                .where(orm.Customer.deleted_at.is_not(None))
                .order_by(orm.Customer.deleted_at.desc())
            ).all()
            return [customer_brief(row) for row in rows]

    # -- writing ----------------------------------------------------------------------------
    def create(self, draft: CustomerDraft, *, allow_shared_phone: bool = False) -> CustomerRecord:
        """Save a new customer; DuplicateError (with the existing id) if a phone is taken."""
        clean = self.validate(draft)
        now = self._clock()
        with self._db.writing() as session:
            customer = self.save_in(session, None, clean, now, allow_shared_phone)
            return customer_record(session, customer)

    def save_in(
        self,
        session: Session,
        customer_id: int | None,
        clean: CustomerDraft,
        now: dt.datetime,
        allow_shared_phone: bool,
    ) -> orm.Customer:
        """Create (``customer_id`` None) or update a customer from a validated draft inside the
        caller's transaction, with its search row and history; DuplicateError when a phone
        newly given is another customer's, unless ``allow_shared_phone``. The customer file
        saves the form's purchases and referrer with it (referrals.customer_file)."""
        if customer_id is None:
            if not allow_shared_phone:
                refuse_taken_phones(session, clean.phones, excluding=None)
            customer = self.create_in(session, clean, now)
        else:
            customer = load_customer(session, customer_id)
            before = draft_of(customer)
            if not allow_shared_phone:
                new_numbers = set(clean.phones) - set(before.phones)
                refuse_taken_phones(session, tuple(new_numbers), excluding=customer_id)
            self.update_in(session, customer, before, clean, now)
        refresh_search_rows(session, [customer.id])
        return customer

    def create_in(self, session: Session, clean: CustomerDraft, now: dt.datetime) -> orm.Customer:
        """Insert a validated draft inside the caller's transaction (imports batch many).
        The caller refreshes the search rows."""
        customer = orm.Customer(created_at=now)
        session.add(customer)
        apply_draft(session, customer, clean, now)
        session.flush()
        self.audit_in(session, customer.id, "create", now)
        return customer

    def update(
        self, customer_id: int, draft: CustomerDraft, *, allow_shared_phone: bool = False
    ) -> CustomerRecord:
        clean = self.validate(draft)
        now = self._clock()
        with self._db.writing() as session:
            customer = self.save_in(session, customer_id, clean, now, allow_shared_phone)
            return customer_record(session, customer)

    def create_many_in(
        self,
        session: Session,
        drafts: Sequence[CustomerDraft],
        now: dt.datetime,
        made: Callable[[int], None] | None = None,
    ) -> list[int]:
        """Insert many validated drafts at once, with their search rows (an import: see
        bulk_create.create_many_in; ``made`` is told the count after each block). The new
        customers' ids, in order."""
        return create_many_in(session, drafts, now, self._actor, made)

    def update_in(
        self,
        session: Session,
        customer: orm.Customer,
        before: CustomerDraft,
        clean: CustomerDraft,
        now: dt.datetime,
    ) -> None:
        """Apply a validated draft inside the caller's transaction, auditing each change."""
        apply_draft(session, customer, clean, now)
        for name in (f.name for f in fields(CustomerDraft) if f.name != "phone_labels"):
            # A label is a note on a number that the form does not show (kept by labelled_phones);
            # the phones' own line in the history covers the numbers.
            old, new = getattr(before, name), getattr(clean, name)
            if old != new:
                self.audit_in(session, customer.id, "update", now, name, old, new)

    def draft_in(self, session: Session, customer: orm.Customer) -> CustomerDraft:
        """The customer as a draft, inside the caller's transaction."""
        return draft_of(customer)

    def trash(self, customer_id: int) -> None:
        """Move to the Trash: hidden everywhere, nothing deleted, referral links kept."""
        self._set_deleted(customer_id, self._clock(), "trash")

    def restore(self, customer_id: int) -> None:
        self._set_deleted(customer_id, None, "restore")

    def referrer_kind(self, customer_id: int) -> str | None:
        """Their profile as a referrer (see ReferralService.set_referrer_kind)."""
        with self._db.reading() as session:
            return load_customer(session, customer_id).referrer_kind

    def empty_trash(self) -> int:
        """Delete for good every customer in the Trash (with their records); returns how many."""
        with self._db.writing() as session:
            ids = session.scalars(
                select(orm.Customer.id).where(orm.Customer.deleted_at.is_not(None))
            ).all()
            if ids:
                touched = close_chains_around(session, set(ids))
                session.execute(delete(orm.Customer).where(orm.Customer.id.in_(ids)))
                session.flush()
                today = self._clock().date()
                for customer_id in sorted(touched - set(ids)):
                    customer = load_customer(session, customer_id)
                    refresh_aggregates(session, customer, today, self._stage_rules(session))
                refresh_search_rows(session, ids)
            return len(ids)

    def _set_deleted(self, customer_id: int, when: dt.datetime | None, action: str) -> None:
        now = self._clock()
        with self._db.writing() as session:
            customer = load_customer(session, customer_id)
            customer.deleted_at = when
            customer.updated_at = now
            self.audit_in(session, customer_id, action, now)

    def audit_in(
        self,
        session: Session,
        customer_id: int,
        action: str,
        now: dt.datetime,
        field: str = "",
        old: object = None,
        new: object = None,
    ) -> None:
        """Record in the customer's history (修改记录) that the computer's login (``actor``)
        did ``action`` at ``now`` (local time), to ``field`` from ``old`` to ``new``, inside
        the caller's transaction. Actions: create, update, trash, restore, merge, unmerge,
        purchase_added, purchase_removed."""
        session.add(
            orm.AuditEntry(
                customer_id=customer_id,
                changed_at=now,
                actor=self._actor,
                action=action,
                field=field,
                old_value=None if old is None else _audit_text(old),
                new_value=None if new is None else _audit_text(new),
            )
        )


def birthday_problem(birthday: Birthday, today: dt.date) -> FieldProblem | None:
    """Why a birthday cannot be saved, or None. A full date may not lie after ``today`` nor
    before 1900 (a typing slip); a birthday without its year is never either. Lunar birthdays
    wait for their own issue (UNKNOWN_CHOICE)."""
    if birthday.calendar is not BirthCalendar.SOLAR:
        return FieldProblem.UNKNOWN_CHOICE
    born = birthday.date
    if born is not None and born > today:
        return FieldProblem.FUTURE_DATE
    if born is not None and born < OLDEST_BIRTHDAY:
        return FieldProblem.TOO_OLD
    return None


def _audit_text(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value)
    return str(value)
