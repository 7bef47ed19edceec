"""No visible string reaches a Chinese clerk untranslated."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from defusedxml import ElementTree

from custdesk.resources import resource_path

ROOT = Path(__file__).resolve().parents[3]


def test_every_string_in_the_code_has_a_chinese_translation(tmp_path: Path) -> None:
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "custdesk" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([lupdate, *sources, "-ts", str(extracted)], check=True, capture_output=True)
    found = {m.findtext("source") for m in ElementTree.parse(extracted).iter("message")}
    table = json.loads(resource_path("translations", "zh_CN.json").read_text("utf-8"))
    assert len(found) > 20
    missing = sorted(s for s in found if s not in table)
    assert missing == [], "run `make translations` after adding these to zh_CN.json"


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


def test_the_damaged_file_dialog_and_chart_labels_are_chinese(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from custdesk.ui.common.i18n import install_translators

    locale = QLocale()
    translators = install_translators(QCoreApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    try:
        assert QCoreApplication.translate("recovery", "Damaged customer file") == "客户档案已损坏"
        assert QCoreApplication.translate("dashboard", "New customers") != "New customers"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
