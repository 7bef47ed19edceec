"""Revision 0003 cleans the text a file of the previous version already holds, keeping every row.

A copy of ``fixtures/custdesk-0002_customer_search.db`` gets what forms let through before
text_cleaning existed (a vertical tab in a name, a decomposed accent, a CJK compatibility
ideograph, U+FFFF, a phone typed with a full-width digit that is really another customer's phone),
written with raw sqlite3 as the old code would have stored it, and is then upgraded to head.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sqlite3
import sys
import unicodedata
from contextlib import closing
from pathlib import Path
from types import ModuleType

import pytest

from custdesk.app import open_app
from custdesk.services.customers.customer_list import CustomerFilter
from custdesk.storage.migrate import MIGRATIONS_DIR, head_revision, upgrade_database
from custdesk.text_cleaning import display_text, key_text
from tests.storage.test_released_schemas import FIXTURES, read, table_counts

PREVIOUS = "0002_customer_search"
REVISION = "0003_clean_stored_text"


def full_width(number: str) -> str:
    """The last digit typed on a Chinese input method: ``+8613800138000`` -> ``+861380013800０``."""
    return number[:-1] + chr(ord(number[-1]) + 0xFEE0)


def row_counts(path: Path) -> dict[str, int]:
    """Rows of every table, the search index's own storage (its segments) aside."""
    return {t: n for t, n in table_counts(path).items() if not t.startswith("customer_search_")}


@pytest.fixture
def dirty(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """The previous version's file with dirty values; returns it and the ids that were dirtied."""
    path = tmp_path / "custdesk.db"
    shutil.copy(FIXTURES / f"custdesk-{PREVIOUS}.db", path)
    with closing(sqlite3.connect(path)) as connection, connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM customers ORDER BY id")]
        named, accented, blank, twin, other = ids[:5]
        twin_phone = connection.execute(
            "SELECT number FROM customer_phones WHERE customer_id = ? ORDER BY number", (twin,)
        ).fetchone()[0]
        # U+F90A is a compatibility twin of 金: NFC makes it 金, which has a reading.
        connection.execute(
            "UPDATE customers SET name = '王\x0b小\uf90a', name_pinyin = 'wangxiao', "
            "name_initials = 'wx', notes = '老客户，Ｖ卡' WHERE id = ?",
            (named,),
        )
        # Each alone in its row: nothing else in the row gives it away.
        connection.execute(
            "UPDATE customers SET name = 'Zoe\u0301 Smith' WHERE id = ?", (accented,)
        )
        connection.execute("UPDATE customers SET notes = 'a\uffffb' WHERE id = ?", (twin,))
        connection.execute("UPDATE customers SET name = '\x0b' WHERE id = ?", (blank,))
        connection.execute(
            "UPDATE customer_phones SET number = ? "
            "WHERE id = (SELECT min(id) FROM customer_phones WHERE customer_id = ?)",
            (full_width(twin_phone), other),
        )
        visit = connection.execute("SELECT min(id) FROM visits").fetchone()[0]
        connection.execute("UPDATE visits SET notes = 'late\x0b again' WHERE id = ?", (visit,))
        clash = connection.execute("SELECT id, name FROM tags ORDER BY id").fetchone()
        connection.execute("INSERT INTO tags (name) VALUES (?)", (clash[1] + "\x0c",))
        connection.execute(
            "INSERT OR REPLACE INTO shop_settings (key, value) VALUES ('shop_name', ?)",
            (json.dumps("小店\x0b", ensure_ascii=False),),
        )
    dirtied = {"named": named, "accented": accented, "blank": blank, "twin": twin}
    return path, {**dirtied, "other": other, "visit": visit, "tag": clash[0]}


def test_stored_text_is_cleaned_and_every_row_kept(dirty: tuple[Path, dict[str, int]]) -> None:
    path, ids = dirty
    before = row_counts(path)
    (twin_phone,) = read(
        path, f"SELECT min(number) FROM customer_phones WHERE customer_id = {ids['twin']}"
    )[0]

    upgrade_database(path)

    assert read(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert row_counts(path) == before  # no row merged or deleted

    def customer(column: str, key: str) -> object:
        return read(path, f"SELECT {column} FROM customers WHERE id = {ids[key]}")[0][0]

    assert customer("name", "named") == "王小金"
    assert (customer("name_pinyin", "named"), customer("name_initials", "named")) == (
        "wangxiaojin",
        "wxj",
    )
    assert customer("notes", "named") == "老客户，Ｖ卡"  # display text is NFC, not NFKC
    assert customer("name", "accented") == "Zo\u00e9 Smith"  # NFC
    assert customer("notes", "twin") == "ab"
    assert customer("name", "blank") == "U+000B"  # a name cannot be blank: what it held, named
    assert customer("name_pinyin", "blank") == "u000b"
    assert read(path, f"SELECT notes FROM visits WHERE id = {ids['visit']}") == [("late again",)]
    # The full-width phone is now the same number, and stays on both customers.
    owners = read(path, f"SELECT customer_id FROM customer_phones WHERE number = '{twin_phone}'")
    assert sorted(int(str(owner)) for (owner,) in owners) == sorted((ids["twin"], ids["other"]))
    # Two tags of one name after cleaning: both kept, the cleaned one told apart.
    (original,) = read(path, f"SELECT name FROM tags WHERE id = {ids['tag']}")[0]
    assert read(path, "SELECT name FROM tags ORDER BY id DESC LIMIT 1") == [(f"{original} (2)",)]
    assert (
        json.loads(str(read(path, "SELECT value FROM shop_settings WHERE key = 'shop_name'")[0][0]))
        == "小店"
    )
    assert read(path, "PRAGMA integrity_check") == [("ok",)]
    assert read(path, "PRAGMA foreign_key_check") == []

    with open_app(path) as app:  # search finds the cleaned name and the cleaned phone
        search = app.services.customer_list
        assert ids["named"] in search.ids(CustomerFilter(text="王小金"))
        assert ids["named"] in search.ids(CustomerFilter(text="wangxiaojin"))
        assert ids["accented"] in search.ids(CustomerFilter(text="Zo\u00e9"))
        assert ids["other"] in search.ids(CustomerFilter(text=str(twin_phone)[3:]))


def test_rows_that_were_clean_are_not_rewritten(dirty: tuple[Path, dict[str, int]]) -> None:
    path, ids = dirty
    touched = (ids["named"], ids["accented"], ids["blank"], ids["twin"])
    untouched = f"SELECT * FROM customers WHERE id NOT IN {touched} ORDER BY id"
    customers = read(path, untouched)
    visits = read(path, f"SELECT * FROM visits WHERE id != {ids['visit']} ORDER BY id")
    search = read(path, f"SELECT rowid, * FROM customer_search WHERE rowid NOT IN {touched} "
                  f"AND rowid != {ids['other']} ORDER BY rowid")  # fmt: skip

    upgrade_database(path, target=REVISION)  # later revisions change the table's columns

    assert read(path, untouched) == customers
    assert read(path, f"SELECT * FROM visits WHERE id != {ids['visit']} ORDER BY id") == visits
    assert read(path, f"SELECT rowid, * FROM customer_search WHERE rowid NOT IN {touched} "
                f"AND rowid != {ids['other']} ORDER BY rowid") == search  # fmt: skip


def migration() -> ModuleType:
    path = MIGRATIONS_DIR / "versions" / "0003_clean_stored_text.py"
    spec = importlib.util.spec_from_file_location("custdesk_0003_clean_stored_text", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def chars(ranges: tuple[tuple[int, int], ...]) -> list[str]:
    return [chr(code) for lo, hi in ranges for code in range(lo, hi + 1)]


def test_what_sql_skips_is_text_cleaning_never_changes() -> None:
    """The migration's GLOB lets values made only of these characters pass without Python: any
    string of them must already be clean. NFC could still change such a string only if one of
    them were not its own NFC, had a combining class, or could be the second of a canonical pair
    (UAX #15: what makes the NFC quick check say No or Maybe)."""
    module = migration()
    second_of_pair = {
        chr(int(parts[1], 16))
        for code in range(sys.maxunicode + 1)
        if len(parts := unicodedata.decomposition(chr(code)).split()) == 2
        and not parts[0].startswith("<")
    } | set(chars(((0x1161, 0x1175), (0x11A8, 0x11C2))))  # Hangul vowels and final consonants
    safe = chars(module.UNCHANGED_BY_DISPLAY_CLEANING)
    for ch in safe:
        first = unicodedata.normalize("NFD", ch)[0]
        assert display_text(ch) == ch, f"U+{ord(ch):04X}"
        assert unicodedata.combining(ch) == unicodedata.combining(first) == 0, f"U+{ord(ch):04X}"
        assert ch not in second_of_pair and first not in second_of_pair, f"U+{ord(ch):04X}"
    for ch in chars(module.UNCHANGED_BY_KEY_CLEANING):
        assert key_text(ch) == ch, f"U+{ord(ch):04X}"
    pick = random.Random(14)
    for _ in range(2000):
        text = "".join(pick.choices(safe, k=pick.randint(1, 12)))
        assert display_text(text) == text
