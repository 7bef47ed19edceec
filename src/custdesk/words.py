"""The word catalogue, read without Qt: the command line, exports and import sheets translate
here; the window reads the same words through Qt's .qm, which is built from it.

**The catalogue a translator edits** is ``resources/translations/<language>.json``, one file per
language (today ``zh_CN.json``); English is the source language and has no file. Each entry is
English source text -> its translation. A key ``"@<context>"`` holds the few words that read
differently in one Qt context, e.g. ``"@export columns": {"Visits": "回访次数"}`` (the column
counts visits, while "Visits" elsewhere is the visit log, 回访记录); a word found there wins over
the plain entry. ``make translations`` (tools/translations.py) turns the table into the Qt
Linguist ``custdesk_<language>.ts`` and its ``.qm``: the strings pyside6-lupdate finds in
custdesk.ui, the strings marked ``N_`` outside it, and the words the seeds carry
(``code_words.seed_words``). The .ts and .qm are build products; nobody edits them.

Why the JSON rather than the .ts: translators already keep it; a word used in several contexts
is one line instead of one ``<message>`` per context; and reading it needs no XML parser.

Strings outside the ui are marked where they are written, ``N_("cli", "Due today ({count})")``,
and translated where they are shown, ``translate("cli", text, language)``; a test reads the code
for every ``N_`` and fails on one without a translation.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache

from custdesk.resources import resource_path

SUPPORTED = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"
CONTEXT_PREFIX = "@"  # a catalogue key "@<context>" holds that context's own words
# POSIX's locale variables, strongest first: the terminal's language without asking Qt.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def N_(context: str, source: str) -> str:  # gettext's name for a marker
    """Mark ``source`` (English) for the catalogue under ``context`` and return it unchanged.

    Both arguments must be string literals: tools/translations.py and the tests find the marked
    strings by reading the code, and pyside6-lupdate is told N_ is its QT_TRANSLATE_NOOP.
    """
    return source


def language_for(wanted: str) -> str:
    """The supported language for a wish (a language or locale name such as ``zh_TW.UTF-8``):
    itself when supported, zh_CN for any Chinese, else English."""
    if wanted in SUPPORTED:
        return wanted
    return "zh_CN" if wanted.lower().startswith("zh") else SOURCE_LANGUAGE


def pick_language(requested: str | None = None, chosen: str = "", system_locale: str = "") -> str:
    """The language to speak, by the window's rule: ``requested`` (an option), $CUSTDESK_LANG,
    ``chosen`` (the window's Settings, "" when unknown), then ``system_locale``; the first one
    given decides, through ``language_for``."""
    wanted = requested or os.environ.get("CUSTDESK_LANG") or chosen or system_locale
    return language_for(wanted)


def system_locale() -> str:
    """The locale the environment names ($LC_ALL, $LC_MESSAGES, then $LANG), "" when none."""
    return next((value for name in LOCALE_VARIABLES if (value := os.environ.get(name, ""))), "")


@dataclass(frozen=True)
class Catalogue:
    """One language's words: English source -> translation, and per context its own words."""

    words: dict[str, str]
    by_context: dict[str, dict[str, str]]

    def get(self, context: str, source: str) -> str | None:
        """The translation of ``source`` in ``context``, or None when the catalogue has none."""
        own = self.by_context.get(context, {}).get(source)
        return own if own is not None else self.words.get(source)


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue for a supported language other than English, read once per process.

    Raises FileNotFoundError when the installation lacks it, ValueError when it is not a table
    of texts (a translator's slip that a test catches first).
    """
    path = resource_path("translations", f"{language}.json")
    table = json.loads(path.read_text(encoding="utf-8"))
    words: dict[str, str] = {}
    by_context: dict[str, dict[str, str]] = {}
    for key, value in table.items():
        if key.startswith(CONTEXT_PREFIX) and isinstance(value, dict):
            own = {str(source): str(text) for source, text in value.items()}
            by_context[key.removeprefix(CONTEXT_PREFIX)] = own
        elif isinstance(value, str):
            words[key] = value
        else:
            raise ValueError(f"{path.name}: {key!r} is not followed by a translation")
    return Catalogue(words, by_context)


def translate(context: str, source: str, language: str) -> str:
    """``source`` (English, as marked with ``N_``) in ``language`` ("zh_CN", "zh", "en"...);
    the English itself for English, and where the catalogue has no translation."""
    language = language_for(language)
    if language == SOURCE_LANGUAGE:
        return source
    return catalogue(language).get(context, source) or source
