"""birthday parts: year (may be unknown), month, day, calendar and leap month

Revision ID: 0004_birthday_parts
Revises: 0003_clean_stored_text
Create Date: 2026-12-08 10:00:00

``customers.birthday`` (a full date or NULL) becomes ``birth_year`` (NULL when the year is not
known), ``birth_month``, ``birth_day``, ``birth_calendar`` ('solar'; 'lunar' is for a later
version) and ``birth_leap_month``. Every stored date is converted as it is: 1900-01-01 is a date
like any other, not "no birthday". Today's "birthdays this week" now looks month and day up in
one index, (deleted_at, birth_month, birth_day), instead of one range per possible birth year.

A birthday SQLAlchemy could read ('YYYY-MM-DD', a time after it aside) is converted. Anything else
could only have been written by hand outside CustDesk; rather than fail the upgrade or drop it,
its text is added to the customer's notes as ``生日（升级前）：<text>``. Every row is kept.

Downgrade puts full dates back; a birthday without its year cannot be a date, so it goes to the
notes as ``生日：--05-03``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_birthday_parts"
down_revision: str | None = "0003_clean_stored_text"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# What SQLAlchemy's Date reads from SQLite (its own pattern, a time after the date ignored).
_STORED_DATE = re.compile(r"(\d+)-(\d+)-(\d+)", re.ASCII)
UNREADABLE_NOTE = "生日（升级前）："
YEARLESS_NOTE = "生日："


def upgrade() -> None:
    op.add_column("customers", sa.Column("birth_year", sa.Integer(), nullable=True))
    op.add_column("customers", sa.Column("birth_month", sa.Integer(), nullable=True))
    op.add_column("customers", sa.Column("birth_day", sa.Integer(), nullable=True))
    op.add_column(
        "customers",
        sa.Column(
            "birth_calendar", sa.String(8), server_default=sa.text("'solar'"), nullable=False
        ),
    )
    op.add_column(
        "customers",
        sa.Column("birth_leap_month", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    connection = op.get_bind()
    parts, unreadable = [], []
    for customer_id, stored in connection.exec_driver_sql(
        "SELECT id, birthday FROM customers WHERE birthday IS NOT NULL"
    ):
        day = _date(stored)
        if day is None:
            unreadable.append((f"{UNREADABLE_NOTE}{stored}", customer_id))
        else:
            parts.append((day.year, day.month, day.day, customer_id))
    if parts:
        connection.exec_driver_sql(
            "UPDATE customers SET birth_year = ?, birth_month = ?, birth_day = ? WHERE id = ?",
            parts,
        )
    _add_notes(connection, unreadable)
    with op.batch_alter_table("customers", recreate="always") as batch:
        batch.drop_index("ix_customers_active_birthday")
        batch.drop_column("birthday")
        batch.create_check_constraint(
            op.f("ck_customers_birthday_whole"),
            "(birth_month IS NULL) = (birth_day IS NULL) "
            "AND (birth_year IS NULL OR birth_month IS NOT NULL)",
        )
        batch.create_check_constraint(
            op.f("ck_customers_birthday_range"), "birth_month BETWEEN 1 AND 12 AND birth_day BETWEEN 1 AND 31"
        )
        batch.create_check_constraint(
            op.f("ck_customers_birth_calendar_known"),
            "birth_calendar IN ('solar', 'lunar') "
            "AND (birth_leap_month = 0 OR birth_calendar = 'lunar')",
        )
        batch.create_index(
            "ix_customers_active_birth_date",
            ["deleted_at", "birth_year", "birth_month", "birth_day"],
        )
        batch.create_index(
            "ix_customers_active_birth_month_day", ["deleted_at", "birth_month", "birth_day"]
        )
    op.execute("ANALYZE")


def downgrade() -> None:
    op.add_column("customers", sa.Column("birthday", sa.Date(), nullable=True))
    connection = op.get_bind()
    connection.exec_driver_sql(
        "UPDATE customers SET birthday = printf('%04d-%02d-%02d', birth_year, birth_month, "
        "birth_day) WHERE birth_year IS NOT NULL"
    )
    yearless = [
        (f"{YEARLESS_NOTE}--{month:02d}-{day:02d}", customer_id)
        for customer_id, month, day in connection.exec_driver_sql(
            "SELECT id, birth_month, birth_day FROM customers "
            "WHERE birth_year IS NULL AND birth_month IS NOT NULL"
        )
    ]
    _add_notes(connection, yearless)
    with op.batch_alter_table("customers", recreate="always") as batch:
        batch.drop_index("ix_customers_active_birth_month_day")
        batch.drop_index("ix_customers_active_birth_date")
        batch.drop_constraint(op.f("ck_customers_birth_calendar_known"), type_="check")
        batch.drop_constraint(op.f("ck_customers_birthday_range"), type_="check")
        batch.drop_constraint(op.f("ck_customers_birthday_whole"), type_="check")
        for column in ("birth_leap_month", "birth_calendar", "birth_day", "birth_month"):
            batch.drop_column(column)
        batch.drop_column("birth_year")
        batch.create_index("ix_customers_active_birthday", ["deleted_at", "birthday"])


def _date(stored: object) -> dt.date | None:
    match = _STORED_DATE.match(str(stored))
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _add_notes(connection: sa.Connection, notes: list[tuple[str, int]]) -> None:
    """Each (line, customer id): the line appended to the customer's notes on a line of its own."""
    if notes:
        connection.exec_driver_sql(
            "UPDATE customers SET notes = CASE WHEN notes = '' THEN ?1 "
            "ELSE notes || char(10) || ?1 END WHERE id = ?2",
            notes,
        )
