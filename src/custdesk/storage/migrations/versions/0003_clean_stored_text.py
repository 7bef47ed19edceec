"""clean stored text: NFC display text, NFKC phones, nothing outside XML 1.0's Char set

Revision ID: 0003_clean_stored_text
Revises: 0002_customer_search
Create Date: 2026-12-01 10:00:00

Values saved before ``custdesk.text_cleaning`` existed may hold what forms now refuse: ``\\x0b`` in
a name (every export died with openpyxl's IllegalCharacterError), decomposed accents, U+FFFF, a
phone typed with full-width digits (``+8613８00138000``, which slipped past the duplicate check).
This revision cleans every text column of every table the way the services now clean input:
display text to NFC, ``customer_phones.number`` to NFKC, shop settings' JSON strings as display
text. Names that changed get their pinyin keys and search row again.

Nothing is merged or deleted. Two customers whose phones become equal keep both rows and both
phones; ``custdesk check`` lists them for the clerk to merge. Two tags that become the same name
(tag names are unique) keep both: the later one gets " (2)". A name that was nothing but removed
characters becomes the code points it held (``U+000B``), since a name cannot be blank.

Only rows that need it are touched: a function registered on the connection picks the rows whose
text cleaning changes (values made only of characters it never changes, such as ASCII and CJK
ideographs, pass at one regular-expression match), and only those rows are rewritten.

The search row's SQL is written out (as in 0002) so this revision stays what it was; the pinyin
keys come from ``custdesk.name_keys``, the rule the app itself searches with.

Downgrade does nothing: the removed characters and the original forms are not kept, so cleaning
cannot be undone (the pre-migration backup holds the file as it was).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from alembic import op
from sqlalchemy import Connection

from custdesk.name_keys import name_search_keys
from custdesk.text_cleaning import clean_display, describe_removed, display_text, key_text

revision: str = "0003_clean_stored_text"
down_revision: str | None = "0002_customer_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Characters display cleaning never changes, however they are combined: tab, LF, CR, printable
# ASCII, Latin-1, general and CJK punctuation, CJK ideographs, full-width forms. Each is an XML
# Char, its own NFC, of combining class 0 and never the second of a canonical pair, so NFC's quick
# check passes any string of them (a test checks every one). A value made only of these (nearly
# all of a Chinese shop's text) is passed by one regular-expression match; only the rest are
# cleaned to see whether they change.
UNCHANGED_BY_DISPLAY_CLEANING = (
    (0x09, 0x0A), (0x0D, 0x0D), (0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x3000, 0x3029),
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xFF01, 0xFF5E),
)  # fmt: skip
# Phones are NFKC (full-width digits change): only printable ASCII is passed.
UNCHANGED_BY_KEY_CLEANING = ((0x09, 0x0A), (0x0D, 0x0D), (0x20, 0x7E))


def _only(ranges: tuple[tuple[int, int], ...]) -> re.Pattern[str]:
    """Matches a whole string made only of characters in ``ranges``."""
    parts = (
        re.escape(chr(lo)) + ("" if lo == hi else "-" + re.escape(chr(hi))) for lo, hi in ranges
    )
    return re.compile(f"[{''.join(parts)}]*")


_CLEAN_DISPLAY = _only(UNCHANGED_BY_DISPLAY_CLEANING)
_CLEAN_KEY = _only(UNCHANGED_BY_KEY_CLEANING)
_PHONE_COLUMN = ("customer_phones", "number")
_CHUNK = 10_000  # ids per IN (...): SQLite allows ~32k parameters per statement

_SEARCH_ROWS = """
INSERT INTO customer_search (rowid, name, pinyin, initials, phones, tags)
SELECT c.id, c.name, c.name_pinyin, c.name_initials,
       coalesce((SELECT group_concat(p.number || ' ' ||
                     CASE WHEN p.number LIKE '+86%' THEN substr(p.number, 4) ELSE '' END, ' ')
                 FROM customer_phones p WHERE p.customer_id = c.id), ''),
       coalesce((SELECT group_concat(t.name, ' ')
                 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
                 WHERE ct.customer_id = c.id), '')
FROM customers c
"""


def upgrade() -> None:
    connection = op.get_bind()
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    # One call per row with all its text (a call per value, or SQL's GLOB, took twice as long).
    raw.create_function("custdesk_dirty_display", -1, _dirty(_CLEAN_DISPLAY, display_text))
    raw.create_function("custdesk_dirty_key", -1, _dirty(_CLEAN_KEY, key_text))

    changed: dict[str, set[int]] = {}
    for table, columns in _text_columns(connection).items():
        if table == "shop_settings":
            _clean_settings(connection)
        elif table == "tags":
            changed[table] = _clean_tags(connection, columns)
        else:
            changed[table] = _clean_table(connection, table, columns)

    customers = changed.get("customers", set())  # the name may be what changed: new keys
    _refresh_name_keys(connection, customers)
    reindex = set(customers)
    reindex |= _customers_of(connection, "customer_phones", changed.get("customer_phones", set()))
    reindex |= _customers_of_tags(connection, changed.get("tags", set()))
    _refresh_search_rows(connection, reindex)


def downgrade() -> None:
    """Nothing: cleaning cannot be undone (the pre-migration backup has the old values)."""


# --- finding and cleaning ----------------------------------------------------------------------


def _dirty(unchanged: re.Pattern[str], clean: Callable[[str], str]) -> Callable[..., int]:
    """An SQL function: whether cleaning changes any of its arguments (1) or none (0)."""
    passes = unchanged.fullmatch

    def dirty(*values: Any) -> int:
        try:
            if passes("".join(values)) is not None:  # the usual row: one match for all its text
                return 0
        except TypeError:  # a number or a blob in a text column
            pass
        return int(
            any(
                isinstance(value, str) and passes(value) is None and clean(value) != value
                for value in values
            )
        )

    return dirty


def _text_columns(connection: Connection) -> dict[str, list[str]]:
    """Every column with TEXT affinity (SQLite's rule: the declared type holds CHAR, CLOB or
    TEXT) of every table but Alembic's and the search index, which is rebuilt from the others."""
    tables = [
        name
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'customer_search%' AND name != 'alembic_version' ORDER BY name"
        )
    ]
    found: dict[str, list[str]] = {}
    for table in tables:
        columns = [
            str(row[1])
            for row in connection.exec_driver_sql(f"PRAGMA table_info('{table}')")
            if any(word in str(row[2]).upper() for word in ("CHAR", "CLOB", "TEXT"))
        ]
        if columns:
            found[table] = columns
    return found


def _is_phone(table: str, column: str) -> bool:
    return (table, column) == _PHONE_COLUMN


def _cleaned(table: str, column: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    return key_text(value) if _is_phone(table, column) else display_text(value)


def _dirty_rows(connection: Connection, table: str, columns: list[str]) -> list[Any]:
    """(rowid, *columns) of the rows where cleaning changes at least one of ``columns``."""

    def arguments(keys: bool) -> str:  # NULL as '': one join of a row's text, no test per value
        return ", ".join(
            f"coalesce(\"{column}\", '')" for column in columns if _is_phone(table, column) == keys
        )

    display, key = arguments(keys=False), arguments(keys=True)
    tests = [f"custdesk_dirty_display({display})"] if display else []
    tests += [f"custdesk_dirty_key({key})"] if key else []
    names = ", ".join(f'"{column}"' for column in columns)
    return list(
        connection.exec_driver_sql(
            f'SELECT rowid, {names} FROM "{table}" WHERE {" OR ".join(tests)}'
        )
    )


def _clean_table(connection: Connection, table: str, columns: list[str]) -> set[int]:
    """Rewrite the rows cleaning changes; returns their rowids."""
    rows = _dirty_rows(connection, table, columns)
    updates = []
    for rowid, *values in rows:
        cleaned = [_cleaned(table, column, v) for column, v in zip(columns, values, strict=True)]
        if table == "customers":
            cleaned[columns.index("name")] = _name(values[columns.index("name")])
        updates.append((*cleaned, rowid))
    if updates:
        assignments = ", ".join(f'"{column}" = ?' for column in columns)
        connection.exec_driver_sql(f'UPDATE "{table}" SET {assignments} WHERE rowid = ?', updates)
    return {int(row[0]) for row in rows}


def _name(value: str) -> str:
    """A customer's name, cleaned; never blank (the table forbids it), so a name that was only
    removed characters keeps their code points."""
    cleaned = clean_display(value)
    return cleaned.text if cleaned.text.strip(" ") else describe_removed(cleaned.removed)


def _clean_tags(connection: Connection, columns: list[str]) -> set[int]:
    """Tags one by one: a cleaned name that another tag already has (names are unique, case
    aside) gets " (2)", " (3)"… instead of merging the two tags."""
    rows = _dirty_rows(connection, "tags", columns)
    for rowid, *values in rows:
        cleaned = dict(zip(columns, (display_text(v) for v in values), strict=True))
        base, number = cleaned["name"], 2
        while connection.exec_driver_sql(
            "SELECT 1 FROM tags WHERE name = ? AND rowid != ?", (cleaned["name"], rowid)
        ).first():
            cleaned["name"], number = f"{base} ({number})", number + 1
        assignments = ", ".join(f'"{column}" = ?' for column in columns)
        connection.exec_driver_sql(
            f"UPDATE tags SET {assignments} WHERE rowid = ?", (*cleaned.values(), rowid)
        )
    return {int(row[0]) for row in rows}


def _clean_settings(connection: Connection) -> None:
    """Settings are JSON: their strings are cleaned as display text, after decoding (json.dumps
    writes ``\\x0b`` as the ASCII escape ``\\u000b``, so the text itself looks clean)."""
    updates = []
    for key, value in connection.exec_driver_sql("SELECT key, value FROM shop_settings"):
        try:
            cleaned = json.dumps(_clean_json(json.loads(value)), ensure_ascii=False)
            unchanged = json.loads(cleaned) == json.loads(value)
        except (TypeError, ValueError):  # not JSON: clean it as text
            cleaned = display_text(value) if isinstance(value, str) else value
            unchanged = cleaned == value
        if not unchanged:
            updates.append((cleaned, key))
    if updates:
        connection.exec_driver_sql("UPDATE shop_settings SET value = ? WHERE key = ?", updates)


def _clean_json(value: Any) -> Any:
    if isinstance(value, str):
        return display_text(value)
    if isinstance(value, list):
        return [_clean_json(item) for item in value]
    if isinstance(value, dict):
        return {display_text(k): _clean_json(v) for k, v in value.items()}
    return value


# --- search keys and rows of the customers whose searchable text changed ----------------------


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _in(ids: list[int]) -> str:
    return ", ".join("?" * len(ids))


def _customers_of(connection: Connection, table: str, rowids: set[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(rowids):
        found.update(
            int(customer_id)
            for (customer_id,) in connection.exec_driver_sql(
                f"SELECT customer_id FROM {table} WHERE rowid IN ({_in(chunk)})", tuple(chunk)
            )
        )
    return found


def _customers_of_tags(connection: Connection, tag_ids: set[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(tag_ids):
        found.update(
            int(customer_id)
            for (customer_id,) in connection.exec_driver_sql(
                f"SELECT customer_id FROM customer_tags WHERE tag_id IN ({_in(chunk)})",
                tuple(chunk),
            )
        )
    return found


def _refresh_name_keys(connection: Connection, customer_ids: set[int]) -> None:
    updates = []
    for chunk in _chunks(customer_ids):
        for customer_id, name in connection.exec_driver_sql(
            f"SELECT id, name FROM customers WHERE id IN ({_in(chunk)})", tuple(chunk)
        ):
            keys = name_search_keys(name)
            updates.append((keys.pinyin, keys.initials, customer_id))
    if updates:
        connection.exec_driver_sql(
            "UPDATE customers SET name_pinyin = ?, name_initials = ? WHERE id = ?", updates
        )


def _refresh_search_rows(connection: Connection, customer_ids: set[int]) -> None:
    for chunk in _chunks(customer_ids):
        connection.exec_driver_sql(
            f"DELETE FROM customer_search WHERE rowid IN ({_in(chunk)})", tuple(chunk)
        )
        connection.exec_driver_sql(_SEARCH_ROWS + f"WHERE c.id IN ({_in(chunk)})", tuple(chunk))
