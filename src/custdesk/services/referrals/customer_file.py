"""Saving a customer's whole file at once: the profile, the purchases added or removed in the
form, who brought them and their kind as a referrer, in one transaction.

The customer form keeps all of these until its Save (issue 18, "Cancel cancels"): Cancel leaves
the shop file as it was, and a refused Save writes none of them. Each save returns the changes
that put the file back as it was, so that one Ctrl+Z takes the whole save back and Ctrl+Shift+Z
does it again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, NotFoundError, ValidationError
from custdesk.services.customers.aggregates import StageRulesIn, refresh_aggregates
from custdesk.services.customers.customer_rows import (
    customer_record,
    draft_of,
    load_customer,
    load_row,
)
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import (
    PurchaseDraft,
    PurchaseRecord,
    add_purchase,
    check_purchase,
    purchase_draft,
    purchase_line,
    purchase_record,
    remove_purchase_in,
)
from custdesk.services.customers.records import CustomerDraft, CustomerRecord
from custdesk.services.customers.stages import StageRules
from custdesk.services.referrals.referrals import (
    ReferralRecord,
    ReferralStatus,
    check_referral,
    check_referrer_kind,
    link_referrer_in,
    referral_in,
    unlink_referrer_in,
)
from custdesk.storage import orm
from custdesk.storage.db import Database


class Unchanged(Enum):
    """A part of the file the form left as it was (not the same as "nobody" or "not known")."""

    UNCHANGED = "unchanged"


UNCHANGED = Unchanged.UNCHANGED


@dataclass(frozen=True)
class ReferrerChoice:
    """Who brought the customer, as the form says it: ``referrer_id`` None means nobody did."""

    referrer_id: int | None
    referred_on: dt.date | None = None  # a local date; None: the shop's today
    status: str = ReferralStatus.LEAD
    notes: str = ""


@dataclass(frozen=True)
class FileChanges:
    """What one Save of the customer form writes."""

    draft: CustomerDraft
    added_purchases: tuple[PurchaseDraft, ...] = ()
    removed_purchase_ids: tuple[int, ...] = ()
    referrer: ReferrerChoice | Unchanged = UNCHANGED
    referrer_kind: str | Unchanged | None = UNCHANGED


@dataclass(frozen=True)
class FileSaved:
    """A saved file: the customer as now, what was added and removed, and ``put_back``, the
    changes that return an edited file to how it was (None for a new customer: taking that
    back moves them to the Trash)."""

    record: CustomerRecord
    added: tuple[PurchaseRecord, ...]
    removed: tuple[PurchaseRecord, ...]
    put_back: FileChanges | None = field(repr=False)


class CustomerFileService:
    def __init__(
        self,
        db: Database,
        *,
        customers: CustomerService,
        stage_rules: StageRulesIn,
        clock: Callable[[], dt.datetime] = shop_clock.now,
    ) -> None:
        self._db = db
        self._customers = customers
        self._stage_rules = stage_rules  # the shop's, for each customer's stage (aggregates)
        self._clock = clock

    def save(
        self,
        customer_id: int | None,
        changes: FileChanges,
        *,
        allow_shared_phone: bool = False,
    ) -> FileSaved:
        """Write the form's changes to a new customer (``customer_id`` None) or an existing
        one, all in one transaction: all of them or, on any error, none.

        Raises ValidationError naming every bad field: the profile's by their own names, a
        purchase's as ``purchases.<n>.<field>`` (n counts the added ones from 0), the
        referral's as ``referrer``, ``referred_on``, ``status`` or ``notes`` (a loop or the
        customer themselves is ``referrer``), ``referrer_kind``; DuplicateError when a phone
        newly given is another customer's (unless ``allow_shared_phone``); NotFoundError when
        the customer, a purchase to remove or the referrer is gone.
        """
        now = self._clock()
        today = now.date()
        clean, purchases = self._check(customer_id, changes, today)
        with self._db.writing() as session:
            before = _file_as_it_is(session, customer_id, changes)
            customer = self._customers.save_in(session, customer_id, clean, now, allow_shared_phone)
            removed = tuple(
                remove_purchase_in(session, _purchase_of(session, customer.id, purchase_id))
                for purchase_id in changes.removed_purchase_ids
            )
            added = tuple(
                purchase_record(add_purchase(session, customer.id, draft, cents, now))
                for draft, cents in purchases
            )
            rules = self._stage_rules(session)
            if isinstance(changes.referrer, ReferrerChoice):
                _set_referrer(session, customer.id, changes.referrer, today, rules, now)
            if not isinstance(changes.referrer_kind, Unchanged):
                customer.referrer_kind = changes.referrer_kind
            session.flush()
            self._record_history(session, customer.id, before, added, removed, now)
            refresh_aggregates(session, customer, today, rules)
            put_back = None
            if before is not None:
                put_back = FileChanges(
                    draft=before.draft,
                    added_purchases=tuple(purchase_draft(record) for record in removed),
                    removed_purchase_ids=tuple(record.id for record in added),
                    referrer=before.referrer,
                    referrer_kind=before.referrer_kind,
                )
            return FileSaved(customer_record(session, customer), added, removed, put_back)

    def _record_history(
        self,
        session: Session,
        customer_id: int,
        before: _FileBefore | None,
        added: tuple[PurchaseRecord, ...],
        removed: tuple[PurchaseRecord, ...],
        now: dt.datetime,
    ) -> None:
        """The purchases and the referral in the customer's history, beside the profile's
        fields (CustomerService.save_in records those): every change to a file is recorded."""
        audit = self._customers.audit_in
        for record in removed:
            audit(session, customer_id, "purchase_removed", now, "purchases", purchase_line(record))
        for record in added:
            audit(
                session,
                customer_id,
                "purchase_added",
                now,
                "purchases",
                None,
                purchase_line(record),
            )
        if before is None:
            return  # a new customer: "Created" says it all
        if isinstance(before.referrer, ReferrerChoice):
            old, new = (
                _referrer_name(session, before.referrer),
                _referrer_name(session, referral_in(session, customer_id)),
            )
            if old != new:
                audit(session, customer_id, "update", now, "referrer", old, new)
        if not isinstance(before.referrer_kind, Unchanged):
            customer = load_customer(session, customer_id)
            if before.referrer_kind != customer.referrer_kind:
                old_kind, new_kind = before.referrer_kind, customer.referrer_kind
                audit(session, customer_id, "update", now, "referrer_kind", old_kind, new_kind)

    def _check(
        self, customer_id: int | None, changes: FileChanges, today: dt.date
    ) -> tuple[CustomerDraft, list[tuple[PurchaseDraft, int]]]:
        """Every problem of the whole form at once, before anything is written."""
        problems: dict[str, FieldProblem] = {}
        clean = changes.draft
        try:
            clean = self._customers.validate(changes.draft)
        except ValidationError as exc:
            problems.update(exc.field_errors)
        purchases: list[tuple[PurchaseDraft, int]] = []
        for number, draft in enumerate(changes.added_purchases):
            try:
                purchases.append(check_purchase(draft, today))
            except ValidationError as exc:
                for name, problem in exc.field_errors.items():
                    problems[f"purchases.{number}.{name}"] = problem
        choice = changes.referrer
        if isinstance(choice, ReferrerChoice) and choice.referrer_id is not None:
            day = choice.referred_on or today
            try:
                check_referral(
                    customer_id, choice.referrer_id, day, choice.status, choice.notes, today
                )
            except ValidationError as exc:
                problems.update(exc.field_errors)
        if not isinstance(changes.referrer_kind, Unchanged):
            try:
                check_referrer_kind(changes.referrer_kind)
            except ValidationError as exc:
                problems.update(exc.field_errors)
        if problems:
            raise ValidationError.for_fields(problems)
        return clean, purchases


@dataclass(frozen=True)
class _FileBefore:
    draft: CustomerDraft
    referrer: ReferrerChoice | Unchanged
    referrer_kind: str | Unchanged | None


def _file_as_it_is(
    session: Session, customer_id: int | None, changes: FileChanges
) -> _FileBefore | None:
    """The parts of an existing file this save changes, as they are before it (None for a
    new customer)."""
    if customer_id is None:
        return None
    customer = load_customer(session, customer_id)
    referrer: ReferrerChoice | Unchanged = UNCHANGED
    if isinstance(changes.referrer, ReferrerChoice):
        link = referral_in(session, customer_id)
        referrer = (
            ReferrerChoice(None)
            if link is None
            else ReferrerChoice(link.referrer_id, link.referred_on, link.status, link.notes)
        )
    kind: str | Unchanged | None = UNCHANGED
    if not isinstance(changes.referrer_kind, Unchanged):
        kind = customer.referrer_kind
    return _FileBefore(draft_of(customer), referrer, kind)


def _referrer_name(session: Session, link: ReferrerChoice | ReferralRecord | None) -> str | None:
    """Who brought the customer, by name, for the history (None: nobody)."""
    if link is None or link.referrer_id is None:
        return None
    return load_customer(session, link.referrer_id).name


def _purchase_of(session: Session, customer_id: int, purchase_id: int) -> orm.Purchase:
    """The purchase to remove, which must be this customer's (NotFoundError otherwise)."""
    purchase = load_row(session, orm.Purchase, purchase_id, "purchase")
    if purchase.customer_id != customer_id:
        raise NotFoundError(f"purchase {purchase_id} is not customer {customer_id}'s")
    return purchase


def _set_referrer(
    session: Session,
    customer_id: int,
    choice: ReferrerChoice,
    today: dt.date,
    rules: StageRules,
    now: dt.datetime,
) -> None:
    if choice.referrer_id is None:
        unlink_referrer_in(session, customer_id, today, rules)
        return
    link_referrer_in(
        session,
        customer_id,
        choice.referrer_id,
        referred_on=choice.referred_on or today,
        status=choice.status,
        notes=choice.notes,
        today=today,
        rules=rules,
        now=now,
    )
