"""No visible string reaches a Chinese clerk untranslated."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from defusedxml import ElementTree

from custdesk.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


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
