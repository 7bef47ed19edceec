"""The database dialect stays in storage: services, the UI, app.py, cli.py and the other modules
outside storage/ speak SQLAlchemy Core/ORM and call storage's named functions, so a shop that
outgrows one counter PC could move to a database server by changing storage/ alone.

Walks the syntax tree of every such module and fails on raw SQL text, SQLite-only functions and
the sqlite3 driver itself.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import custdesk

SOURCE = Path(custdesk.__file__).parent
# Everything outside storage/, but errors.py: it reads SQLite's result codes off the driver's
# exceptions for storage (known failures such as a full disk are told from bugs by code).
CHECKED = [
    *sorted((SOURCE / "services").rglob("*.py")),
    *sorted((SOURCE / "ui").rglob("*.py")),
    *sorted(path for path in SOURCE.glob("*.py") if path.name != "errors.py"),
]

# SQLite's own functions (others, such as count or coalesce, every database has).
SQLITE_FUNCTIONS = {"strftime", "group_concat", "julianday", "printf", "json_each", "date"}
# Raw SQL handed to SQLAlchemy as text (``text`` alone is also Qt's, so only sqlalchemy's counts)
SQL_TEXT = {"text", "literal_column"}
# ...or straight to the driver.
DRIVER_CALLS = {"exec_driver_sql", "raw_connection", "driver_connection"}
# A string that starts like a statement (upper case, as SQL is written here; "Update the file"
# in a sentence does not match), or that holds FTS5's MATCH operator.
SQL_LITERAL = re.compile(
    r"^\s*\(?\s*(SELECT|INSERT|UPDATE|DELETE|WITH|PRAGMA|ANALYZE|VACUUM|CREATE|DROP|ALTER)\b"
    r"|\bMATCH\b"
)


def dialect_uses(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, what) for each use of raw SQL or of SQLite itself in ``tree``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, f"import {a.name}") for a in node.names if _sqlite(a.name)]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if _sqlite(module):
                found.append((node.lineno, f"from {module} import"))
            elif module.split(".")[0] == "sqlalchemy":
                found += [
                    (node.lineno, f"from {module} import {alias.name}")
                    for alias in node.names
                    if alias.name in SQL_TEXT | DRIVER_CALLS
                ]
        elif isinstance(node, ast.Attribute):
            if node.attr in DRIVER_CALLS:
                found.append((node.lineno, f".{node.attr}"))
            elif node.attr in SQL_TEXT and _is_sqlalchemy(node.value):
                found.append((node.lineno, f"sqlalchemy.{node.attr}"))
            elif node.attr in SQLITE_FUNCTIONS and _is_func(node.value):
                found.append((node.lineno, f"func.{node.attr}"))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and SQL_LITERAL.search(node.value)
        ):
            found.append((node.lineno, f"SQL text {node.value[:30]!r}"))
    return sorted(found)


def _sqlite(module: str) -> bool:
    return module.split(".")[0] in ("sqlite3", "_sqlite3")


def _is_sqlalchemy(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in ("sqlalchemy", "sa")


def _is_func(node: ast.expr) -> bool:
    """``func`` or ``sqlalchemy.func`` / ``sa.func``."""
    return (isinstance(node, ast.Name) and node.id == "func") or (
        isinstance(node, ast.Attribute) and node.attr == "func"
    )


def test_everything_outside_storage_leaves_sql_to_it() -> None:
    uses = [
        f"{path.relative_to(SOURCE)}:{line}: {what}"
        for path in CHECKED
        for line, what in dialect_uses(ast.parse(path.read_text("utf-8")))
    ]
    listed = "\n".join(uses)
    assert not uses, f"move these behind custdesk.storage, as named, typed functions:\n{listed}"


def test_the_walk_finds_every_kind_of_dialect_use() -> None:
    source = '''
import sqlite3
from sqlalchemy import func, text
import sqlalchemy as sa
month = func.strftime("%Y-%m", moment)
tags = sa.func.group_concat(name, ", ")
rows = sa.text("rowid")
connection.exec_driver_sql("PRAGMA foreign_key_check")
query = """
    WITH RECURSIVE up(id) AS (SELECT 1)
    SELECT id FROM up
"""
where = "customer_search MATCH :q"
'''
    assert [what for _line, what in dialect_uses(ast.parse(source))] == [
        "import sqlite3",
        "from sqlalchemy import text",
        "func.strftime",
        "func.group_concat",
        "sqlalchemy.text",
        ".exec_driver_sql",
        "SQL text 'PRAGMA foreign_key_check'",
        "SQL text '\\n    WITH RECURSIVE up(id) AS '",
        "SQL text 'customer_search MATCH :q'",
    ]


def test_words_a_clerk_reads_are_not_taken_for_sql() -> None:
    source = """
label = "Update the customer file"
heading = "Select a customer"
tip = "Delete moves the customer to the Trash."
number = func.count(x)
found = pattern.match(key)
name = self.name_edit.text()
"""
    assert dialect_uses(ast.parse(source)) == []
