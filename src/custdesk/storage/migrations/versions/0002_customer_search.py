"""customer search: FTS5 trigram index; list indexes that lead with deleted_at

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


_OLD_SINGLE_COLUMN = (
    "name",
    "stage",
    "deleted_at",
    "last_contact_at",
    "next_follow_up_on",
    "total_spent_cents",
)
_LIST_COLUMNS = (
    "name",
    "name_pinyin",
    "name_initials",
    "birthday",
    "stage",
    "last_contact_at",
    "next_follow_up_on",
    "referrals_made",
    "total_spent_cents",
    "created_at",
)


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
        for column in _OLD_SINGLE_COLUMN:
            batch.drop_index(f"ix_customers_{column}")
        for column in _LIST_COLUMNS:
            batch.create_index(f"ix_customers_active_{column}", ["deleted_at", column])
        for column in ("stage", "temperament"):
            batch.create_index(
                f"ix_customers_active_{column}_name", ["deleted_at", column, "name_pinyin"]
            )
    op.execute("ANALYZE")  # the planner needs statistics to prefer the search ranges


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        for column in ("stage", "temperament"):
            batch.drop_index(f"ix_customers_active_{column}_name")
        for column in _LIST_COLUMNS:
            batch.drop_index(f"ix_customers_active_{column}")
        for column in _OLD_SINGLE_COLUMN:
            batch.create_index(f"ix_customers_{column}", [column])
    op.execute("DROP TABLE customer_search")
