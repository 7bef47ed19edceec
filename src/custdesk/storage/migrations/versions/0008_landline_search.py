"""landline search: a Chinese landline is also indexed as dialled within China

Revision ID: 0008_landline_search
Revises: 0007_phone_book_order
Create Date: 2026-12-21 10:00:00

A landline is stored in E.164 (+86 755 8888 6666), which drops the trunk 0 of its area code, so
0755 or 0755-88886666, as clerks write and type it, found nobody; 88886666 did. The search row
now also holds the number with its 0 (``custdesk.search_terms``). The rows of every customer with
a Chinese landline are written again from it; nothing else changes.

Downgrade: nothing. The added form is one more way an earlier version finds the same customer.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from custdesk.search_terms import search_row_joined

revision: str = "0008_landline_search"
down_revision: str | None = "0007_phone_book_order"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Customers holding a +86 number that is not a mobile (11 digits from 1): a landline, or a
# service number, whose row _phone_forms decides on.
_SOURCE = """
SELECT c.id, c.name, c.wechat_id,
       (SELECT group_concat(p.number, char(31)) FROM customer_phones p
        WHERE p.customer_id = c.id),
       (SELECT group_concat(t.name, char(31))
        FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id)
FROM customers c
WHERE c.id IN (SELECT customer_id FROM customer_phones
               WHERE number LIKE '+86%' AND NOT (length(number) = 14 AND number LIKE '+861%'))
"""


def upgrade() -> None:
    connection = op.get_bind()
    source = connection.exec_driver_sql(_SOURCE).all()
    if not source:
        return
    ids = [(customer_id,) for customer_id, *_rest in source]
    connection.exec_driver_sql("DELETE FROM customer_search WHERE rowid = ?", ids)
    connection.exec_driver_sql("DELETE FROM customer_search_grams WHERE customer_id = ?", ids)
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
    connection.exec_driver_sql(
        "INSERT INTO customer_search_grams (gram, customer_id) VALUES (?, ?)", grams
    )


def downgrade() -> None:
    pass
