"""Refresh the Qt Linguist catalogues: lupdate the .ts, fill it from the reviewed table, lrelease.

Run by ``make translations``. Fails (exit 1) when a source string has no translation, so that no
untranslated text reaches a clerk.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from defusedxml import ElementTree as SafeET

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def ui_sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "src" / "custdesk" / "ui").rglob("*.py"))


def refresh(language: str) -> int:
    ts_file = TRANSLATIONS / f"custdesk_{language}.ts"
    subprocess.run(
        [BIN / "pyside6-lupdate", *ui_sources(), "-no-obsolete", "-ts", str(ts_file)],
        check=True,
        capture_output=True,
    )
    table: dict[str, str] = json.loads((TRANSLATIONS / f"{language}.json").read_text("utf-8"))
    tree = SafeET.parse(ts_file)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [BIN / "pyside6-lrelease", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )
    for source in missing:
        print(f"{language}: no translation for {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(max(refresh(language) for language in ("zh_CN",)))
