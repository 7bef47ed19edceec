"""short name search: one- and two-character grams, folded keys, pinyin at syllable starts

Revision ID: 0006_short_name_search
Revises: 0005_opening_balance
Create Date: 2026-12-20 10:00:00

Before this revision a search under three characters only looked at the start of names (明 did
not find 王小明), full-width and accented text in names was indexed as typed, and pinyin matched
anywhere inside a syllable (an found every 张). The search row now holds folded keys (NFKC, case,
accents), pinyin with its syllable starts marked and the customer's WeChat id; the new table
``customer_search_grams`` holds every one- and two-character piece (issue 19). Both are filled for
every customer already on file.

The tables' SQL is written out here so this revision stays what it was; the rows come from
``custdesk.search_terms``, the rule the app itself searches with (as 0003 takes name_keys').

Downgrade: the 0002 search row is rebuilt and the grams table dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from custdesk.search_terms import search_row_joined

revision: str = "0006_short_name_search"
down_revision: str | None = "0005_opening_balance"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SOURCE = """
SELECT c.id, c.name, c.wechat_id,
       (SELECT group_concat(p.number, char(31)) FROM customer_phones p
        WHERE p.customer_id = c.id),
       (SELECT group_concat(t.name, char(31))
        FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id)
FROM customers c
"""
_BATCH = 20_000


def upgrade() -> None:
    op.execute("DROP TABLE customer_search")
    op.execute(
        "CREATE VIRTUAL TABLE customer_search "
        "USING fts5(name, pinyin, initials, phones, tags, wechat, tokenize='trigram')"
    )
    op.execute(
        "CREATE TABLE customer_search_grams (gram TEXT NOT NULL, customer_id INTEGER NOT NULL, "
        "PRIMARY KEY (gram, customer_id)) WITHOUT ROWID"
    )
    op.execute(
        "CREATE INDEX ix_customer_search_grams_customer_id ON customer_search_grams (customer_id)"
    )
    connection = op.get_bind()
    source = connection.exec_driver_sql(_SOURCE).all()
    for start in range(0, len(source), _BATCH):
        rows, grams = [], []
        for customer_id, name, wechat, phones, tags in source[start : start + _BATCH]:
            row = search_row_joined(name, phones, tags, wechat)
            rows.append((customer_id, row.name, row.pinyin, row.initials, row.phones, row.tags,
                         row.wechat))  # fmt: skip
            grams.extend((gram, customer_id) for gram in row.grams)
        connection.exec_driver_sql(
            "INSERT INTO customer_search (rowid, name, pinyin, initials, phones, tags, wechat) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        connection.exec_driver_sql(
            "INSERT INTO customer_search_grams (gram, customer_id) VALUES (?, ?)", grams
        )
    op.execute("ANALYZE")  # the planner needs statistics to prefer the grams over a list walk


def downgrade() -> None:
    op.execute("DROP TABLE customer_search_grams")
    op.execute("DROP TABLE customer_search")
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
