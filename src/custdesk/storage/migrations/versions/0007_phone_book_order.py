"""phone-book order: a stored sort key; surname readings from a published list

Revision ID: 0007_phone_book_order
Revises: 0006_short_name_search
Create Date: 2026-12-20 10:00:00

The list sorted by ``name_pinyin``, the joined pinyin, so surnames interleaved (陈芳 chenfang <
程刚 chenggang < 陈华 chenhua) and 单 sorted under D. ``customers.name_sort_key`` holds
``custdesk.name_keys.phone_book_key``: surname syllables, surname, given syllables. The list, the
exports and the referral leaderboard's ties sort by it; the stage and temperament filters' indexes
end with it instead of the pinyin, so they still answer in phone-book order without a sort.

The seed list of surname readings grew from 63 to a published list of 511, so names already on
file get their pinyin keys (and their search row's) again: 卜学亮 was kept as "boxueliang" only and
``buxueliang`` missed him.

Every customer's keys are computed again, whatever the file held (only changed rows are written),
and the column and indexes are made only where missing: running this twice leaves the same file.

Downgrade drops the key and gives the filters their pinyin indexes back. The pinyin keys keep the
added readings: an older version searches them the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Connection

from custdesk.name_keys import name_search_keys, phone_book_key
from custdesk.search_terms import search_row_joined

revision: str = "0007_phone_book_order"
down_revision: str | None = "0006_short_name_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FILTER_COLUMNS = ("stage", "temperament")
_PAGE = 10_000  # customers read, keyed and written at a time


def upgrade() -> None:
    connection = op.get_bind()
    if "name_sort_key" not in _columns(connection, "customers"):
        op.add_column(
            "customers",
            sa.Column(
                "name_sort_key", sa.String(600), server_default=sa.text("''"), nullable=False
            ),
        )
    for page in _changed_keys(connection):
        connection.exec_driver_sql(
            "UPDATE customers SET name_pinyin = ?, name_initials = ?, name_sort_key = ? "
            "WHERE id = ?",
            [(pinyin, initials, key, cid) for cid, pinyin, initials, key, _ in page],
        )
        _reindex(connection, [cid for cid, _py, _initials, _key, renamed in page if renamed])
    for column in _FILTER_COLUMNS:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS ix_customers_active_{column}_name")
        connection.exec_driver_sql(
            f"CREATE INDEX ix_customers_active_{column}_name "
            f"ON customers (deleted_at, {column}, name_sort_key)"
        )
    connection.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_customers_active_name_sort_key "
        "ON customers (deleted_at, name_sort_key)"
    )
    connection.exec_driver_sql("ANALYZE customers")  # the planner must know the new indexes


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP INDEX IF EXISTS ix_customers_active_name_sort_key")
    for column in _FILTER_COLUMNS:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS ix_customers_active_{column}_name")
        connection.exec_driver_sql(
            f"CREATE INDEX ix_customers_active_{column}_name "
            f"ON customers (deleted_at, {column}, name_pinyin)"
        )
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("name_sort_key")


def _reindex(connection: Connection, customer_ids: list[int]) -> None:
    """The search rows and short pieces of these customers again, from their names' new
    readings, by the rule the app searches with (custdesk.search_terms, as 0006 fills them)."""
    if not customer_ids:
        return
    marks = ", ".join("?" * len(customer_ids))
    connection.exec_driver_sql(
        f"DELETE FROM customer_search WHERE rowid IN ({marks})", tuple(customer_ids)
    )
    connection.exec_driver_sql(
        f"DELETE FROM customer_search_grams WHERE customer_id IN ({marks})", tuple(customer_ids)
    )
    source = connection.exec_driver_sql(
        "SELECT c.id, c.name, c.wechat_id, "
        "(SELECT group_concat(p.number, char(31)) FROM customer_phones p "
        " WHERE p.customer_id = c.id), "
        "(SELECT group_concat(t.name, char(31)) FROM customer_tags ct "
        " JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id) "
        f"FROM customers c WHERE c.id IN ({marks})",
        tuple(customer_ids),
    ).all()
    rows, grams = [], []
    for customer_id, name, wechat, phones, tags in source:
        row = search_row_joined(name, phones, tags, wechat)
        rows.append((customer_id, row.name, row.pinyin, row.initials, row.phones, row.tags,
                     row.wechat))  # fmt: skip
        grams.extend((gram, customer_id) for gram in row.grams)
    connection.exec_driver_sql(
        "INSERT INTO customer_search (rowid, name, pinyin, initials, phones, tags, wechat) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    if grams:
        connection.exec_driver_sql(
            "INSERT INTO customer_search_grams (gram, customer_id) VALUES (?, ?)", grams
        )


def _columns(connection: Connection, table: str) -> set[str]:
    return {str(row[1]) for row in connection.exec_driver_sql(f"PRAGMA table_info('{table}')")}


def _changed_keys(
    connection: Connection,
) -> Iterator[list[tuple[int, str, str, str, bool]]]:
    """Pages of (id, pinyin, initials, sort key, pinyin keys changed) for the customers whose
    stored keys differ from what the name gives today, read by id ranges so that no cursor is
    open while a page is written and a 1,000,000-customer file is never all in memory."""
    last = 0
    while True:
        page = connection.exec_driver_sql(
            "SELECT id, name, name_pinyin, name_initials, name_sort_key FROM customers "
            "WHERE id > ? ORDER BY id LIMIT ?",
            (last, _PAGE),
        ).fetchall()
        if not page:
            return
        last = int(page[-1][0])
        changed = []
        for customer_id, name, pinyin, initials, sort_key in page:
            keys, key = name_search_keys(name), phone_book_key(name)
            renamed = (keys.pinyin, keys.initials) != (pinyin, initials)
            if renamed or key != sort_key:
                changed.append((int(customer_id), keys.pinyin, keys.initials, key, renamed))
        if changed:
            yield changed
