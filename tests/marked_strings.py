"""The strings marked ``N_(context, source)`` outside the window, found by reading the code (the
way pyside6-lupdate finds the window's), for the catalogue tests."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "custdesk"


def _is_marker(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id == "N_") or (
        isinstance(node, ast.Attribute) and node.attr == "N_"
    )


def marked_strings(root: Path = SRC) -> tuple[set[tuple[str, str]], list[str]]:
    """((context, source) of every N_ call, places of calls whose arguments are not two string
    literals: neither lupdate nor this can read those)."""
    found: set[tuple[str, str]] = set()
    unreadable: list[str] = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _is_marker(node.func)):
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            texts = [text for text in texts if isinstance(text, str)]
            if len(texts) == len(node.args) == 2 and not node.keywords:
                found.add((texts[0], texts[1]))
            else:
                unreadable.append(f"{path.relative_to(root)}:{node.lineno}")
    return found, unreadable
