"""The reports a shop owner takes to Excel, each as a Sheet for excel_export.write_workbook.

Rows are read lazily (a generator holding one read transaction), so 100,000 customers or
300,000 visits stream straight into the file. Headers and the words for codes come in the
clerk's language from the word catalogue (export_words, custdesk.words: no Qt needed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from custdesk.periods import days_within, moments_within, month_start
from custdesk.services.complaints.figures import (
    hours_to_resolve,
    report_end,
    was_resolved_same_day,
)
from custdesk.services.contacts.agenda import due_by
from custdesk.services.customers.birthdays import birthday_columns, birthday_from
from custdesk.services.customers.counted import customer_counted
from custdesk.services.customers.customer_list import (
    CustomerFilter,
    CustomerListService,
    SortKey,
    first_phone,
)
from custdesk.services.customers.phones import display_phone
from custdesk.services.customers.records import OPEN_STATUSES
from custdesk.services.customers.tags import joined_tags
from custdesk.services.referrals.reports import MAX_DEPTH, ReferralReports
from custdesk.services.spreadsheets.excel_export import Kind, Sheet
from custdesk.services.spreadsheets.export_sheets import BATCH, SheetMaker, labelled_phone
from custdesk.services.spreadsheets.export_summary import monthly_rows
from custdesk.services.spreadsheets.export_words import (
    LIST_COLUMNS,
    LIST_HEADERS,
    birthday_cell,
)
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.storage.referral_walks import walk_up


class Report(StrEnum):
    CUSTOMERS = "customers"
    VISITS = "visits"
    FOLLOWUPS = "followups"
    COMPLAINTS = "complaints"
    REFERRALS = "referrals"
    SUMMARY = "summary"


class ExportService:
    """Hands out report builders in the clerk's language (what widgets get from Services)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def builder(self, language: str) -> ReportBuilder:
        """A builder that stamps its sheets with the moment they are made."""
        return ReportBuilder(self._db, language)


class ReportBuilder(SheetMaker):
    def sheets(
        self, reports: Sequence[Report], since: dt.date | None, until: dt.date | None
    ) -> list[Sheet]:
        makers = {
            Report.CUSTOMERS: lambda: [self.customers()],
            Report.VISITS: lambda: [self.visits(since, until)],
            Report.FOLLOWUPS: lambda: [self.follow_ups(until)],
            Report.COMPLAINTS: lambda: [self.complaints(since, until)],
            Report.REFERRALS: lambda: self.referrals(since, until),
            Report.SUMMARY: lambda: [self.summary(since, until)],
        }
        return [sheet for report in reports for sheet in makers[report]()]

    def _phones_and_tags(self) -> tuple[dict[int, str], dict[int, str]]:
        """Per customer: their numbers as shown, in their order, each after its label when it
        has one ("mobile: 138 0013 8000, 0755 8888 6666"), and their tags in alphabetical order
        (tags.joined_tags), as one text each: the import reads both back as they were."""
        p, t, ct = orm.CustomerPhone, orm.Tag, orm.CustomerTag
        phones: dict[int, list[str]] = {}
        tags: dict[int, list[str]] = {}
        with self._db.reading() as session:
            numbers = select(p.customer_id, p.number, p.label)
            numbers = numbers.order_by(p.customer_id, p.position, p.id)
            for customer_id, number, label in session.execute(numbers):
                shown = labelled_phone(number, self.words.phone_label(label))
                phones.setdefault(customer_id, []).append(shown)
            names = select(ct.customer_id, t.name).join(t, t.id == ct.tag_id)
            for customer_id, name in session.execute(names):
                tags.setdefault(customer_id, []).append(name)
        return (
            {customer_id: ", ".join(shown) for customer_id, shown in phones.items()},
            {customer_id: joined_tags(sorted(named)) for customer_id, named in tags.items()},
        )

    def _first_phones(self) -> dict[int, str]:
        """Each customer's first number (lowest position): SQLite takes a bare column from the
        row that gives min()."""
        p = orm.CustomerPhone
        query = select(p.customer_id, p.number, func.min(p.position)).group_by(p.customer_id)
        with self._db.reading() as session:
            return {customer_id: number for customer_id, number, _ in session.execute(query)}

    # -- what a list view shows -------------------------------------------------------------
    def customer_list(
        self,
        where: CustomerFilter,
        sort: SortKey,
        descending: bool,
        columns: Sequence[str],
        heading: str,
    ) -> Sheet:
        """The customers page as it is: its search and filters, its order, its visible columns
        (keys of LIST_COLUMNS), with dates and amounts as real values."""
        w = self.words
        service = CustomerListService(self._db)
        ids = service.ids(where, sort, descending)
        today = self._now.date()
        getters = {key: LIST_COLUMNS[key] for key in columns if key in LIST_COLUMNS}

        def rows() -> Iterator[Sequence[Any]]:
            for start in range(0, len(ids), BATCH):
                for row in service.rows(ids[start : start + BATCH]):
                    yield tuple(get(row, w, today) for _kind, get in getters.values())

        subtitle = f"{heading} · {w('range.exported')} {self._now:%Y-%m-%d %H:%M}"
        return Sheet(
            title=w("sheet.customers"),
            heading=w("sheet.customers"),
            subtitle=subtitle,
            headers=[w(LIST_HEADERS.get(key, key)) for key in getters],
            kinds=[kind for kind, _get in getters.values()],
            rows=rows(),
            expected_rows=len(ids),
        )

    # -- the reports ------------------------------------------------------------------------
    def customers(self) -> Sheet:
        """Every customer file (active), in phone-book order: what moving to a new computer or
        a spreadsheet needs, and what ``custdesk import`` reads back unchanged; and what each
        spent in all (purchases and the old list's amount, in fen), which the import leaves
        out: purchases are not in this sheet."""
        c, w = orm.Customer, self.words
        # Columns, not ORM objects: 100,000 instances would cost more than writing the file.
        fields = (
            c.name, c.gender, *birthday_columns(), c.wechat_id, c.address, c.occupation,
            c.income_band, c.family_situation, c.hobbies, c.temperament, c.is_important,
            c.decision_maker, c.follow_up_cadence_days, c.notes, c.total_spent_cents,
            c.opening_balance_cents,
        )  # fmt: skip
        query = select(c.id, *fields).where(customer_counted(c)).order_by(c.name_sort_key, c.id)
        columns = [
            ("name", Kind.TEXT), ("phones", Kind.TEXT), ("gender", Kind.TEXT),
            ("birthday", Kind.DATE), ("wechat", Kind.TEXT), ("address", Kind.TEXT),
            ("occupation", Kind.TEXT), ("income", Kind.TEXT), ("family", Kind.TEXT),
            ("hobbies", Kind.TEXT), ("temperament", Kind.TEXT), ("important", Kind.TEXT),
            ("decision_maker", Kind.TEXT), ("follow_up_every", Kind.INTEGER),
            ("tags", Kind.TEXT), ("notes", Kind.TEXT), ("spent_in_all", Kind.MONEY),
            ("opening_balance", Kind.MONEY),
        ]  # fmt: skip

        def rows() -> Iterator[Sequence[Any]]:
            phones, tags = self._phones_and_tags()  # two queries, not two per customer
            yes = w("yes")
            for (
                customer_id,
                name,
                gender,
                year,
                month,
                day,
                calendar,
                leap_month,
                *texts,
                temperament,
                important,
                decision,
                cadence,
                notes,
                spent_in_all,
                opening_balance,
            ) in self._stream(query):
                yield (
                    name,
                    phones.get(customer_id, ""),
                    w.code("gender", gender),
                    birthday_cell(
                        birthday_from(year, month, day, calendar, leap_month), w.language
                    ),
                    *texts,  # wechat, address, occupation, income, family, hobbies
                    w.code("temperament", temperament),
                    yes if important else "",
                    decision,
                    cadence,
                    tags.get(customer_id, ""),
                    notes,
                    spent_in_all,
                    opening_balance or None,  # blank, not ¥0.00: imports back as none
                )

        return self._sheet("customers", columns, rows(), expected=self._count(query))

    def visits(
        self,
        since: dt.date | None,
        until: dt.date | None,
        kind: str | None = None,
        served_by: str | None = None,
    ) -> Sheet:
        """The visit log as the Visits page lists it: newest first (visits logged in the same
        minute, the last entered first), narrowed by kind and clerk as the page is."""
        v, c, w = orm.Visit, orm.Customer, self.words
        query = select(  # columns, not ORM objects (300,000 of them)
            v.occurred_at, c.name, v.customer_id, v.kind, v.purpose, v.outcome, v.satisfaction,
            v.served_by, v.notes,
        ).join(c, c.id == v.customer_id).where(customer_counted(c))  # fmt: skip
        if kind:
            query = query.where(v.kind == kind)
        if served_by:
            query = query.where(v.served_by == served_by)
        query = query.where(*moments_within(v.occurred_at, since, until)).order_by(
            v.occurred_at.desc(), v.id.desc()
        )
        columns = [
            ("when", Kind.DATETIME), ("customer", Kind.TEXT), ("phone", Kind.TEXT),
            ("kind", Kind.TEXT), ("purpose", Kind.TEXT), ("outcome", Kind.TEXT),
            ("satisfaction", Kind.INTEGER), ("served_by", Kind.TEXT), ("notes", Kind.TEXT),
        ]  # fmt: skip

        def rows() -> Iterator[Sequence[Any]]:
            phones = self._first_phones()  # one query, not one per visit
            kinds: dict[str, str] = {}
            for when, name, customer_id, kind, *rest in self._stream(query):
                phone = phones.get(customer_id)
                if kind not in kinds:
                    kinds[kind] = w.code("visit", kind)
                yield (when, name, display_phone(phone) if phone else "", kinds[kind], *rest)

        return self._sheet("visits", columns, rows(), since, until, self._count(query))

    def follow_ups(self, until: dt.date | None) -> Sheet:
        f, c, w = orm.FollowUp, orm.Customer, self.words
        day = until or self._now.date()
        query = due_by(select(f, c.name, first_phone()).select_from(f), day).order_by(
            f.due_on, c.name_sort_key
        )
        columns = [
            ("due_on", Kind.DATE), ("days_late", Kind.INTEGER), ("customer", Kind.TEXT),
            ("phone", Kind.TEXT), ("purpose", Kind.TEXT), ("source", Kind.TEXT),
        ]  # fmt: skip

        def rows() -> Iterator[Sequence[Any]]:
            for follow_up, name, phone in self._stream(query):
                yield (
                    follow_up.due_on,
                    (day - follow_up.due_on).days,
                    name,
                    display_phone(phone) if phone else "",
                    follow_up.purpose,
                    w.code("source", follow_up.source),
                )

        return self._sheet("followups", columns, rows(), None, day, self._count(query))

    def complaints(
        self, since: dt.date | None, until: dt.date | None, open_only: bool = False
    ) -> Sheet:
        """Complaints received in since..until, newest first, with the hours to resolve and
        whether each was resolved the same day as complaints.figures defines both."""
        k, c, w = orm.Complaint, orm.Customer, self.words
        query = select(k, c.name).join(c, c.id == k.customer_id).where(customer_counted(c))
        if open_only:
            query = query.where(k.status.in_(OPEN_STATUSES))
        query = query.where(*moments_within(k.received_at, since, until)).order_by(
            k.received_at.desc()
        )
        columns = [
            ("received", Kind.DATETIME), ("customer", Kind.TEXT), ("channel", Kind.TEXT),
            ("category", Kind.TEXT), ("severity", Kind.TEXT), ("status", Kind.TEXT),
            ("description", Kind.TEXT), ("resolution", Kind.TEXT),
            ("resolved_at", Kind.DATETIME), ("hours_to_resolve", Kind.HOURS),
            ("same_day", Kind.TEXT),
        ]  # fmt: skip
        end = report_end(until, self._now)  # an open one waited until the report's end

        def rows() -> Iterator[Sequence[Any]]:
            for complaint, name in self._stream(query):
                settled = complaint.resolved_at
                same_day = was_resolved_same_day(complaint.status, complaint.received_at, settled)
                yield (
                    complaint.received_at,
                    name,
                    w.code("channel", complaint.channel),
                    complaint.category,
                    w.code("severity", complaint.severity),
                    w.code("complaint", complaint.status),
                    complaint.description,
                    complaint.resolution,
                    settled,
                    hours_to_resolve(complaint.received_at, settled, end),
                    w("yes") if same_day else w("no"),
                )

        return self._sheet("complaints", columns, rows(), since, until, self._count(query))

    def referrals(self, since: dt.date | None, until: dt.date | None) -> list[Sheet]:
        w = self.words
        # Every referrer of the period, not the page's top twenty: nothing left off the sheet.
        board = ReferralReports(self._db).leaderboard(since, until, limit=None)
        leaderboard = self._sheet(
            "referrals",
            [
                ("referrer", Kind.TEXT),
                ("referrer_kind", Kind.TEXT),
                ("referred", Kind.INTEGER),
                ("converted", Kind.INTEGER),
                ("their_spending", Kind.MONEY),
                ("whole_chain", Kind.INTEGER),
            ],
            iter(
                [
                    (
                        row.name,
                        w.code("referrer_kind", row.referrer_kind),
                        row.direct,
                        row.converted,
                        row.spent_since_referral_cents,
                        row.chain_size,
                    )
                    for row in board
                ]
            ),
            since,
            until,
            len(board),
        )
        referrer, referred = aliased(orm.Customer), aliased(orm.Customer)
        r = orm.Referral
        # How many links lie above the referred customer, as the referrals page counts: one
        # for a friend of someone nobody referred (she herself is not a step).
        up = walk_up(r.referred_id, max_depth=MAX_DEPTH)
        generation = select(func.max(up.c.generation)).scalar_subquery()
        query = (
            select(referrer.name, referred.name, r.referred_on, r.status, generation)
            .select_from(r)
            .join(referrer, referrer.id == r.referrer_id)
            .join(referred, referred.id == r.referred_id)
            .where(customer_counted(referrer), customer_counted(referred))  # as the leaderboard
            .order_by(referrer.name_sort_key, r.referred_on)
        )
        query = query.where(*days_within(r.referred_on, since, until))

        def links() -> Iterator[Sequence[Any]]:
            for referrer_name, referred_name, day, status, depth in self._stream(query):
                yield (referrer_name, referred_name, day, w.code("referral", status), depth)

        chains = self._sheet(
            "referral_links",
            [
                ("referrer", Kind.TEXT),
                ("referred_customer", Kind.TEXT),
                ("referred_on", Kind.DATE),
                ("status", Kind.TEXT),
                ("generation", Kind.INTEGER),
            ],
            links(),
            since,
            until,
            self._count(query),
        )
        return [leaderboard, chains]

    def summary(self, since: dt.date | None, until: dt.date | None) -> Sheet:
        """One row per month: new customers and how many came by referral, visits and their
        average satisfaction, complaints and how many were resolved the same day."""
        until = until or self._now.date()
        since = since or month_start(until, 11)  # the last twelve months, until's included
        columns, rows = monthly_rows(self._db, since, until)
        return self._sheet("summary", columns, iter(rows), since, until, len(rows))
