"""Customer files: create, edit, look up, move to the Trash and back, empty the Trash.

Every public method is one transaction. Each write also refreshes the customer's search row and
records who changed which field, so the list, the search and the history never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.errors import DuplicateError, FieldProblem, NotFoundError, ValidationError
from custdesk.resources import load_seed
from custdesk.services.customers.aggregates import StageRulesIn, refresh_aggregates
from custdesk.services.customers.birthdays import birth_columns, stored_birthday
from custdesk.services.customers.calendar import BirthCalendar, Birthday
from custdesk.services.customers.phones import normalise_phone, phone_label
from custdesk.services.customers.records import (
    OLDEST_BIRTHDAY,
    CustomerBrief,
    CustomerDraft,
    CustomerRecord,
    Gender,
)
from custdesk.services.customers.referral_chains import close_chains_around
from custdesk.services.customers.search_keys import name_search_keys
from custdesk.services.customers.tags import tags_of
from custdesk.storage import orm
from custdesk.storage.bulk import bulk_insert
from custdesk.storage.db import Database
from custdesk.storage.search_index import refresh_search_rows
from custdesk.text_cleaning import display_text, key_text

Row = TypeVar("Row", bound=orm.Base)
MAX_LENGTHS = {"name": 100, "wechat_id": 100, "occupation": 100, "decision_maker": 100}
MAX_TEXT = 5000
MAX_CADENCE_DAYS = 366
CREATE_BLOCK = 5_000  # customers inserted per block by create_many_in
_GENDERS = frozenset(Gender)
# Fields copied one-to-one between a draft and the customers table (a birthday is several
# columns, phones and tags other tables).
_PLAIN_FIELDS = tuple(
    f.name
    for f in fields(CustomerDraft)
    if f.name not in ("birthday", "phones", "phone_labels", "tags")
)


def temperament_codes() -> frozenset[str]:
    return frozenset(entry["code"] for entry in load_seed("temperaments"))


HISTORY_LIMIT = 1000


@dataclass(frozen=True)
class AuditRecord:
    changed_at: dt.datetime
    actor: str  # the computer login of whoever made the change
    action: str  # create, update, trash, restore, merge, unmerge
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
            for name in _PLAIN_FIELDS
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
        labels = _labels_of_typed(draft)
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
            return _record(session, load_customer(session, customer_id))

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
            return _holders(session, tuple(key_text(n).strip() for n in phones), excluding)

    def trashed(self) -> list[CustomerBrief]:
        with self._db.reading() as session:
            rows = session.scalars(
                select(orm.Customer)
                .where(orm.Customer.deleted_at.is_not(None))
                .order_by(orm.Customer.deleted_at.desc())
            ).all()
            return [_brief(row) for row in rows]

    # -- writing ----------------------------------------------------------------------------
    def create(self, draft: CustomerDraft, *, allow_shared_phone: bool = False) -> CustomerRecord:
        """Save a new customer; DuplicateError (with the existing id) if a phone is taken."""
        clean = self.validate(draft)
        now = self._clock()
        with self._db.writing() as session:
            if not allow_shared_phone:
                _refuse_taken_phones(session, clean.phones, excluding=None)
            customer = self.create_in(session, clean, now)
            refresh_search_rows(session, [customer.id])
            return _record(session, customer)

    def create_in(self, session: Session, clean: CustomerDraft, now: dt.datetime) -> orm.Customer:
        """Insert a validated draft inside the caller's transaction (imports batch many).
        The caller refreshes the search rows."""
        customer = orm.Customer(created_at=now)
        session.add(customer)
        _apply(session, customer, clean, now)
        session.flush()
        self._audit(session, customer.id, "create", now)
        return customer

    def update(
        self, customer_id: int, draft: CustomerDraft, *, allow_shared_phone: bool = False
    ) -> CustomerRecord:
        clean = self.validate(draft)
        now = self._clock()
        with self._db.writing() as session:
            customer = load_customer(session, customer_id)
            before = _draft_of(customer)
            if not allow_shared_phone:
                new_numbers = set(clean.phones) - set(before.phones)
                _refuse_taken_phones(session, tuple(new_numbers), excluding=customer_id)
            self.update_in(session, customer, before, clean, now)
            refresh_search_rows(session, [customer_id])
            return _record(session, customer)

    def create_many_in(
        self, session: Session, drafts: Sequence[CustomerDraft], now: dt.datetime
    ) -> list[int]:
        """Insert many validated drafts at once (an import): one INSERT per table and block of
        CREATE_BLOCK customers, not one flush per customer; the rows of one block are made,
        sent and dropped before the next (100,000 rows of 25 columns held at once cost ~120 MB).
        Same rows as create_in would write; the caller refreshes search."""
        if not drafts:
            return []
        # Ids given here (we hold the write lock): RETURNING over many rows is far slower.
        first = int(session.scalar(select(func.coalesce(func.max(orm.Customer.id), 0))) or 0) + 1
        ids = list(range(first, first + len(drafts)))
        names = sorted({tag for draft in drafts for tag in draft.tags})
        by_name = dict(zip(names, _tag_ids(session, names), strict=True))
        for start in range(0, len(drafts), CREATE_BLOCK):
            end = start + CREATE_BLOCK
            block = list(zip(ids[start:end], drafts[start:end], strict=True))
            self._insert_block(session, block, by_name, now)
        return ids

    def _insert_block(
        self,
        session: Session,
        block: Sequence[tuple[int, CustomerDraft]],
        tag_ids: dict[str, int],
        now: dt.datetime,
    ) -> None:
        rows = [
            {**_column_values(draft, now), "created_at": now, "id": cid} for cid, draft in block
        ]
        bulk_insert(session, orm.table_of(orm.Customer), rows)
        phones = [
            {"customer_id": cid, "number": number, "label": label, "position": position}
            for cid, draft in block
            for position, (number, label) in enumerate(_labelled(draft, {}))
        ]
        bulk_insert(session, orm.table_of(orm.CustomerPhone), phones)
        links = [
            {"customer_id": cid, "tag_id": tag_ids[tag]}
            for cid, draft in block
            for tag in dict.fromkeys(draft.tags)
        ]
        bulk_insert(session, orm.table_of(orm.CustomerTag), links)
        audit = [
            {"customer_id": cid, "changed_at": now, "actor": self._actor, "action": "create"}
            for cid, _draft in block
        ]
        bulk_insert(session, orm.table_of(orm.AuditEntry), audit)

    def update_in(
        self,
        session: Session,
        customer: orm.Customer,
        before: CustomerDraft,
        clean: CustomerDraft,
        now: dt.datetime,
    ) -> None:
        """Apply a validated draft inside the caller's transaction, auditing each change."""
        _apply(session, customer, clean, now)
        for name in (f.name for f in fields(CustomerDraft) if f.name != "phone_labels"):
            # A label is a note on a number that the form does not show (kept by _labelled);
            # the phones' own line in the history covers the numbers.
            old, new = getattr(before, name), getattr(clean, name)
            if old != new:
                self._audit(session, customer.id, "update", now, name, old, new)

    def draft_in(self, session: Session, customer: orm.Customer) -> CustomerDraft:
        """The customer as a draft, inside the caller's transaction."""
        return _draft_of(customer)

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
            self._audit(session, customer_id, action, now)

    def _audit(
        self,
        session: Session,
        customer_id: int,
        action: str,
        now: dt.datetime,
        field: str = "",
        old: object = None,
        new: object = None,
    ) -> None:
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


def load_row(session: Session, model: type[Row], row_id: int, what: str) -> Row:
    """The row with this id, or NotFoundError naming ``what`` it was ("purchase 12")."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"There is no {what} {row_id}.")
    return row


def load_customer(session: Session, customer_id: int) -> orm.Customer:
    """The customer row (in the Trash or not), or NotFoundError."""
    return load_row(session, orm.Customer, customer_id, "customer")


def _holders(
    session: Session, numbers: tuple[str, ...], excluding: int | None
) -> list[CustomerBrief]:
    if not numbers:
        return []
    query = (
        select(orm.Customer)
        .join(orm.CustomerPhone)
        .where(orm.CustomerPhone.number.in_(numbers), orm.Customer.deleted_at.is_(None))
        .distinct()
        .order_by(orm.Customer.id)
    )
    if excluding is not None:
        query = query.where(orm.Customer.id != excluding)
    return [_brief(customer) for customer in session.scalars(query)]


def _refuse_taken_phones(session: Session, numbers: tuple[str, ...], excluding: int | None) -> None:
    holders = _holders(session, numbers, excluding)
    if holders:
        first = holders[0]
        raise DuplicateError(
            f"The phone number is already in the file of {first.name} (customer {first.id}).",
            existing_id=first.id,
            existing_name=first.name,
        )


def _column_values(draft: CustomerDraft, now: dt.datetime) -> dict[str, object]:
    """The customers-table columns a draft sets, search keys included (one place for the
    form's path and the import's bulk path)."""
    keys = name_search_keys(draft.name)
    values: dict[str, object] = {name: getattr(draft, name) for name in _PLAIN_FIELDS}
    values.update(birth_columns(draft.birthday))
    values.update(name_pinyin=keys.pinyin, name_initials=keys.initials, updated_at=now)
    return values


def _apply(
    session: Session, customer: orm.Customer, draft: CustomerDraft, now: dt.datetime
) -> None:
    for name, value in _column_values(draft, now).items():
        setattr(customer, name, value)
    known = {phone.number: phone.label for phone in customer.phones}
    customer.phones = [
        orm.CustomerPhone(number=number, label=label, position=position)
        for position, (number, label) in enumerate(_labelled(draft, known))
    ]
    session.flush()
    session.execute(delete(orm.CustomerTag).where(orm.CustomerTag.customer_id == customer.id))
    for tag_id in _tag_ids(session, draft.tags):
        session.add(orm.CustomerTag(customer_id=customer.id, tag_id=tag_id))


def _labels_of_typed(draft: CustomerDraft) -> tuple[str, ...]:
    """The labels of the phones validate keeps (blank numbers are dropped), cleaned and cut to
    what the column holds (phones.phone_label); a label is a note on the number, never a reason
    to refuse it."""
    typed = [
        draft.phone_labels[index] if index < len(draft.phone_labels) else ""
        for index, text in enumerate(draft.phones)
        if text.strip()
    ]
    return tuple(phone_label(display_text(label)) for label in typed)


def _labelled(draft: CustomerDraft, known: dict[str, str]) -> list[tuple[str, str]]:
    """Each number with its label: the draft's, else the one it already had (the form does not
    show labels, so saving the form keeps them)."""
    return [
        (number, (draft.phone_labels[index] if index < len(draft.phone_labels) else "")
         or known.get(number, ""))
        for index, number in enumerate(draft.phones)
    ]  # fmt: skip


def _tag_ids(session: Session, names: Sequence[str]) -> list[int]:
    """Existing tags are matched ignoring case; new ones are created."""
    ids = []
    for name in names:
        tag = session.scalar(select(orm.Tag).where(orm.Tag.name == name))
        if tag is None:
            tag = orm.Tag(name=name)
            session.add(tag)
            session.flush()
        ids.append(tag.id)
    return ids


def _tag_names(session: Session, customer_id: int) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(orm.Tag.name)
            .join(orm.CustomerTag)
            .where(orm.CustomerTag.customer_id == customer_id)
            .order_by(orm.Tag.name)
        )
    )


def _draft_of(customer: orm.Customer, tags: tuple[str, ...] | None = None) -> CustomerDraft:
    values = {name: getattr(customer, name) for name in _PLAIN_FIELDS}
    session = Session.object_session(customer)
    assert session is not None
    return CustomerDraft(
        **values,
        birthday=stored_birthday(customer),
        phones=tuple(phone.number for phone in customer.phones),
        phone_labels=tuple(phone.label for phone in customer.phones),
        tags=tags if tags is not None else _tag_names(session, customer.id),
    )


def _brief(customer: orm.Customer) -> CustomerBrief:
    return CustomerBrief(
        id=customer.id,
        name=customer.name,
        phones=tuple(phone.number for phone in customer.phones),
        deleted_at=customer.deleted_at,
    )


def _record(session: Session, customer: orm.Customer) -> CustomerRecord:
    session.flush()
    session.refresh(customer)
    return CustomerRecord(
        id=customer.id,
        draft=_draft_of(customer),
        stage=customer.stage,
        total_spent_cents=customer.total_spent_cents,
        purchase_count=customer.purchase_count,
        last_purchase_on=customer.last_purchase_on,
        last_contact_at=customer.last_contact_at,
        next_follow_up_on=customer.next_follow_up_on,
        referrals_made=customer.referrals_made,
        created_at=customer.created_at,
        updated_at=customer.updated_at,
        deleted_at=customer.deleted_at,
        opening_balance_cents=customer.opening_balance_cents,
    )
