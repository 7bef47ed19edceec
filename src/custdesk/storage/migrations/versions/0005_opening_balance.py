"""opening balance: what a customer spent before CustDesk, from the shop's old list

Revision ID: 0005_opening_balance
Revises: 0004_birthday_parts
Create Date: 2026-12-15 10:00:00

``customers.opening_balance_cents`` (fen, never negative, 0 for every customer already on file)
holds the amount an imported list gave (消费金额, 累计消费). It is part of ``total_spent_cents``
but no purchase: it has no date, so it is no contact, and stages do not move because of it
(issue 17). Files written before this revision have none, so every total stays as it was.

Downgrade: the older schema has nowhere to keep it. A balance is taken out of the total spent
(which the older version rebuilds from purchases alone) and kept in the customer's notes as
``原表消费：¥1,280.50`` so that nothing the clerk imported is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_opening_balance"
down_revision: str | None = "0004_birthday_parts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DOWNGRADE_NOTE = "原表消费："


def upgrade() -> None:
    with op.batch_alter_table("customers", recreate="always") as batch:
        batch.add_column(
            sa.Column(
                "opening_balance_cents",
                sa.Integer(),
                server_default=sa.text("0"),
                nullable=False,
            )
        )
        batch.create_check_constraint(
            op.f("ck_customers_opening_balance_not_negative"), "opening_balance_cents >= 0"
        )


def downgrade() -> None:
    connection = op.get_bind()
    kept = [
        (f"{DOWNGRADE_NOTE}¥{cents // 100:,}.{cents % 100:02d}", customer_id)
        for customer_id, cents in connection.exec_driver_sql(
            "SELECT id, opening_balance_cents FROM customers WHERE opening_balance_cents > 0"
        )
    ]
    if kept:
        connection.exec_driver_sql(
            "UPDATE customers SET total_spent_cents = total_spent_cents - opening_balance_cents, "
            "notes = CASE WHEN notes = '' THEN ?1 ELSE notes || char(10) || ?1 END "
            "WHERE id = ?2",
            kept,
        )
    with op.batch_alter_table("customers", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_customers_opening_balance_not_negative"), type_="check")
        batch.drop_column("opening_balance_cents")
