"""Revision 0005 gives every customer an opening balance of 0, keeping every row and every
figure; going back to 0004 keeps an imported balance in the notes instead of losing it.

A copy of ``fixtures/custdesk-0004_birthday_parts.db`` (what the previous version wrote) is
upgraded to head."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command

from custdesk.app import open_app
from custdesk.services.customers.customer_rows import load_customer
from custdesk.services.customers.opening_balance import offer_balance_in
from custdesk.storage.db import make_engine
from custdesk.storage.migrate import alembic_config, upgrade_database
from tests.storage.test_released_schemas import FIXTURES, read, table_counts

PREVIOUS = "0004_birthday_parts"
FIGURES = (
    "SELECT id, name, total_spent_cents, purchase_count, last_purchase_on, last_contact_at, "
    "stage, notes FROM customers ORDER BY id"
)


def test_every_customer_and_every_total_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "custdesk.db"
    shutil.copy(FIXTURES / f"custdesk-{PREVIOUS}.db", path)
    before, figures = table_counts(path), read(path, FIGURES)
    assert any(row[2] for row in figures)  # the demo's customers have spent something

    upgrade_database(path)

    assert table_counts(path) == before  # no customer, purchase or visit lost
    assert read(path, FIGURES) == figures
    assert read(path, "SELECT DISTINCT opening_balance_cents FROM customers") == [(0,)]
    assert read(path, "PRAGMA integrity_check") == [("ok",)]


def test_going_back_keeps_a_balance_in_the_notes(tmp_path: Path) -> None:
    path = tmp_path / "custdesk.db"
    shutil.copy(FIXTURES / f"custdesk-{PREVIOUS}.db", path)
    with open_app(path) as app:
        first = read(path, "SELECT id, total_spent_cents, notes FROM customers ORDER BY id")[0]
        with app.db.writing() as session:
            offer_balance_in(session, load_customer(session, int(first[0])), 128050)  # type: ignore[call-overload]
    engine = make_engine(path, foreign_keys=False)
    try:
        config = alembic_config()
        with engine.connect() as connection, connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, PREVIOUS)
    finally:
        engine.dispose()
    customer_id, spent, notes = first
    after = read(path, f"SELECT total_spent_cents, notes FROM customers WHERE id = {customer_id}")
    kept = f"{notes}\n原表消费：¥1,280.50" if notes else "原表消费：¥1,280.50"
    assert after == [(spent, kept)]
