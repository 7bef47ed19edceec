"""customer search: FTS5 trigram index and pinyin prefix indexes

Revision ID: 0002_customer_search
Revises: 0001_baseline
Create Date: 2026-11-22 21:40:00

The SQL is written out here (not imported) so that this revision stays what it was when later code
changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_customer_search"
down_revision: str | None = "0001_baseline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE customer_search "
        "USING fts5(name, pinyin, initials, phones, tags, tokenize='trigram')"
    )
    op.execute(
        """
        INSERT INTO customer_search (rowid, name, pinyin, initials, phones, tags)
        SELECT c.id, c.name, c.name_pinyin, c.name_initials,
               coalesce((SELECT group_concat(p.number || ' ' ||
                             CASE WHEN p.number LIKE '+86%' THEN substr(p.number, 4) ELSE '' END,
                             ' ')
                         FROM customer_phones p WHERE p.customer_id = c.id), ''),
               coalesce((SELECT group_concat(t.name, ' ')
                         FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
                         WHERE ct.customer_id = c.id), '')
        FROM customers c
        """
    )
    with op.batch_alter_table("customers") as batch:
        batch.create_index("ix_customers_name_pinyin", ["name_pinyin"])
        batch.create_index("ix_customers_name_initials", ["name_initials"])


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.drop_index("ix_customers_name_initials")
        batch.drop_index("ix_customers_name_pinyin")
    op.execute("DROP TABLE customer_search")
