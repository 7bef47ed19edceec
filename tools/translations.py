"""Build the Qt Linguist catalogues from the one table translators edit (see custdesk.words).

pyside6-lupdate collects the window's strings (``self.tr``, ``QT_TRANSLATE_NOOP``...) and, told
that ``N_`` is a QT_TRANSLATE_NOOP, the strings marked outside custdesk.ui; the words the seeds
carry are added after it (lupdate cannot read JSON, and would otherwise drop them). Every message
is then filled from ``resources/translations/<language>.json`` and lrelease builds the ``.qm``.

Run by ``make translations``. Fails (exit 1) when a string has no translation, so that no
untranslated text reaches a clerk.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement, indent

from defusedxml import ElementTree as SafeET

from custdesk.code_words import SEED_WORDS, seed_words
from custdesk.words import catalogue

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
LUPDATE_MARKER = "QT_TRANSLATE_NOOP+=N_"  # custdesk.words.N_(context, source)


def sources() -> list[str]:
    """Every module of the package: the ui's tr() calls and the N_ marks elsewhere."""
    return sorted(str(p) for p in (ROOT / "src" / "custdesk").rglob("*.py"))


def _context(root: Element, name: str) -> Element:
    for context in root.iter("context"):
        if context.findtext("name") == name:
            return context
    context = SubElement(root, "context")
    context.tail = "\n"
    SubElement(context, "name").text = name
    return context


def add_seed_words(root: Element) -> None:
    """A message for each seed word lupdate did not find (all of them, after -no-obsolete)."""
    present = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    for seed in SEED_WORDS:
        for context_name, source in seed_words(seed):
            if (context_name, source) in present:
                continue
            present.add((context_name, source))
            message = SubElement(_context(root, context_name), "message")
            SubElement(message, "location", {"filename": f"../seeds/{seed}.json"})
            SubElement(message, "source").text = source
            SubElement(message, "translation", {"type": "unfinished"})
    for context in root.iter("context"):
        indent(context, space="    ")  # as lupdate lays a context out


def refresh(language: str) -> int:
    ts_file = TRANSLATIONS / f"custdesk_{language}.ts"
    marker = ["-tr-function-alias", LUPDATE_MARKER]
    subprocess.run(
        [BIN / "pyside6-lupdate", *marker, *sources(), "-no-obsolete", "-ts", str(ts_file)],
        check=True,
        capture_output=True,
    )
    words = catalogue(language)
    tree = SafeET.parse(ts_file)
    add_seed_words(tree.getroot())
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            found = words.get(name, source)
            if found:
                translation.text = found
                translation.attrib.pop("type", None)
            else:
                missing.append(f"{name}: {source!r}")
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [BIN / "pyside6-lrelease", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )
    for where in missing:
        print(f"{language}: no translation for {where}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(max(refresh(language) for language in ("zh_CN",)))
