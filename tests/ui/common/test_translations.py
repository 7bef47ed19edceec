"""No visible string reaches a Chinese clerk untranslated."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from defusedxml import ElementTree

from custdesk.code_words import seed_words
from custdesk.resources import resource_path
from custdesk.words import catalogue
from tests.marked_strings import marked_strings

ROOT = Path(__file__).resolve().parents[3]


def window_strings(tmp_path: Path) -> set[tuple[str, str]]:
    """(context, source) of every string lupdate finds in custdesk.ui."""
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "custdesk" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([lupdate, *sources, "-ts", str(extracted)], check=True, capture_output=True)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ElementTree.parse(extracted).iter("context")
        for message in context.iter("message")
    }


def messages(ts_file: Path) -> dict[tuple[str, str], str]:
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): (
            message.findtext("translation") or ""
        )
        for context in ElementTree.parse(ts_file).iter("context")
        for message in context.iter("message")
    }


def test_every_string_in_the_code_has_a_chinese_translation(tmp_path: Path) -> None:
    found = window_strings(tmp_path)
    words = catalogue("zh_CN")
    assert len(found) > 20
    missing = sorted(f"{c}: {s}" for c, s in found if not words.get(c, s))
    assert missing == [], "run `make translations` after adding these to zh_CN.json"


def test_the_catalogue_has_no_word_nothing_asks_for(tmp_path: Path) -> None:
    """Every entry of the table translators edit is asked for by the window, a marked string or
    a seed; a context's own word only where that context asks for it."""
    used = window_strings(tmp_path) | marked_strings()[0] | set(seed_words())
    table = json.loads(resource_path("translations", "zh_CN.json").read_text("utf-8"))
    sources = {source for _context, source in used}
    unused = [key for key, value in table.items() if isinstance(value, str) and key not in sources]
    unused += [
        f"{key}: {source}"
        for key, own in table.items()
        if isinstance(own, dict)
        for source in own
        if (key.removeprefix("@"), source) not in used
    ]
    assert unused == []


def test_the_shipped_catalogue_says_what_the_table_says() -> None:
    """custdesk_zh_CN.ts is built from zh_CN.json (`make translations`), with the words used
    only outside the window too: the .qm a clerk's window loads has every word."""
    shipped = messages(resource_path("translations", "custdesk_zh_CN.ts"))
    words = catalogue("zh_CN")
    assert marked_strings()[0] | set(seed_words()) <= shipped.keys()
    stale = sorted(f"{c}: {s}" for (c, s), text in shipped.items() if text != words.get(c, s))
    assert stale == [], "run `make translations`"


def test_the_shipped_catalogue_is_complete_and_built() -> None:
    ts_file = resource_path("translations", "custdesk_zh_CN.ts")
    unfinished = [
        m.findtext("source")
        for m in ElementTree.parse(ts_file).iter("message")
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == []
    assert ts_file.with_suffix(".qm").stat().st_mtime >= ts_file.stat().st_mtime - 1


def test_every_string_is_found_under_the_context_the_code_asks_for(tmp_path: Path) -> None:
    """lupdate files a module-level ``tr("…")`` helper's strings under an empty context, while the
    helper asks Qt for them under its own name: such strings stayed English in Chinese (the
    damaged-file dialogs, the dashboard's chart labels)."""
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "custdesk" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([lupdate, *sources, "-ts", str(extracted)], check=True, capture_output=True)
    contextless = [
        message.findtext("source")
        for context in ElementTree.parse(extracted).iter("context")
        if not (context.findtext("name") or "").strip()
        for message in context.iter("message")
    ]
    assert contextless == []


def literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_written_string_is_asked_for_under_a_written_context() -> None:
    """lupdate drops ``QCoreApplication.translate(NAME, "text")`` without a word when the context
    is a name rather than written out, and cannot read an f-string: such text never reaches the
    catalogue, so no completeness test knows it exists. (A name for both, as in
    ``translate(LABELS, source)``, is fine: those words are marked where they are written.)"""
    unseen = []
    for path in sorted((ROOT / "src" / "custdesk" / "ui").rglob("*.py")):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
                continue
            args = [*call.args, None, None]
            if call.func.attr == "translate":
                context, source = args[0], args[1]
            elif call.func.attr == "tr":
                context, source = ast.Constant("the class"), args[0]
            else:
                continue
            if isinstance(source, ast.JoinedStr) or (literal(source) and not literal(context)):
                unseen.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert unseen == []


def test_the_damaged_file_dialog_and_chart_labels_are_chinese(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from custdesk.ui.common.i18n import install_translators

    locale = QLocale()
    translators = install_translators(QCoreApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    try:
        assert QCoreApplication.translate("recovery", "Damaged customer file") == "客户档案已损坏"
        assert QCoreApplication.translate("dashboard", "New customer files") == "新建档客户"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
