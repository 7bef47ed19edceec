"""What every report sheet is made with: a read transaction streaming its rows in batches, the
count of rows for the progress bar, its title and the period in its subtitle.

Apart from export_reports so that module holds the reports themselves (which rows, which
columns); ReportBuilder builds on SheetMaker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Select, func

from custdesk import clock as shop_clock
from custdesk.services.customers.phones import display_phone, phone_label
from custdesk.services.spreadsheets.excel_export import Kind, Sheet
from custdesk.services.spreadsheets.export_words import Words
from custdesk.storage.db import Database

BATCH = 2000


def labelled_phone(number: str, label: str) -> str:
    """A number as the customers sheet writes it: ``mobile: 138 0013 8000``, or the number alone
    when it has no label; import_cells.read_phones reads the label back (phones.phone_label
    keeps the separators out of it)."""
    shown = display_phone(number)
    label = phone_label(label)
    return f"{label}: {shown}" if label else shown


AnySelect = Select[*tuple[Any, ...]]


class SheetMaker:
    """A report builder's base: the database, the clerk's words and the moment of export."""

    def __init__(self, db: Database, language: str, now: dt.datetime | None = None) -> None:
        self._db = db
        self.words = Words(language)
        self._now = now or shop_clock.now()

    def _subtitle(self, since: dt.date | None, until: dt.date | None) -> str:
        w = self.words
        if since is None and until is None:
            span = w("range.all")
        else:
            span = f"{since.isoformat() if since else '…'} – {until.isoformat() if until else '…'}"
        return f"{span} · {w('range.exported')} {self._now:%Y-%m-%d %H:%M}"

    def _sheet(
        self,
        key: str,
        columns: Sequence[tuple[str, Kind]],
        rows: Iterator[Sequence[Any]],
        since: dt.date | None = None,
        until: dt.date | None = None,
        expected: int | None = None,
    ) -> Sheet:
        w = self.words
        return Sheet(
            title=w(f"sheet.{key}"),
            heading=w(f"sheet.{key}"),
            subtitle=self._subtitle(since, until),
            headers=[w(name) for name, _kind in columns],
            kinds=[kind for _name, kind in columns],
            rows=rows,
            expected_rows=expected,
        )

    def _stream(self, query: AnySelect) -> Iterator[Any]:
        with self._db.reading() as session:
            yield from session.execute(query.execution_options(yield_per=BATCH))

    def _count(self, query: AnySelect) -> int:
        """Rows the query will give, for the progress bar: its FROM and WHERE only, without
        computing the columns (counting 300,000 visits with their phones took 3 s)."""
        counting = query.with_only_columns(func.count(), maintain_column_froms=True)
        with self._db.reading() as session:
            return int(session.scalar(counting.order_by(None)) or 0)
