"""A shop with a few customers on file, and a history file imported into it the way
``custdesk import-history`` does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.history_import import (
    HistoryImportService,
    HistoryKind,
    HistoryReport,
    HistoryRow,
    guess_kind,
)
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 10, 0)


def shop_with(db: Database, *people: tuple[str, str]) -> dict[str, int]:
    """Customers (name, phone; "" for none) on file; their ids by name."""
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    ids = {}
    for name, phone in people:
        phones = (phone,) if phone else ()
        ids[name] = customers.create(CustomerDraft(name=name, phones=phones)).id
    return ids


def csv_file(tmp_path: Path, text: str, name: str = "history.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def import_history_file(
    db: Database,
    path: Path,
    kind: HistoryKind | None = None,
    now: dt.datetime = NOW,
) -> tuple[list[HistoryRow], HistoryReport]:
    service = HistoryImportService(db, stage_rules=stage_rules_in, clock=lambda: now)
    table = service.read(path)
    mapping = service.guess(table.headers)
    chosen = kind or guess_kind(mapping)
    rows = service.check(table, mapping, chosen)
    return rows, service.run(rows, chosen)
