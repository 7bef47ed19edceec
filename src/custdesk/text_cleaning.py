"""The one place where text entering CustDesk is cleaned: forms, imports, merges and every service.

Two forms, after the Unicode standard (UAX #15) and XML 1.0:
- **display text** (names, notes, addresses…) is stored in NFC, so the same name typed on two
  keyboards is the same string, and is shown exactly as typed otherwise;
- **key text** (phones, amounts, dates, search keys) is NFKC: full-width ``１３８`` from a Chinese
  input method becomes ``138``, so ``13８00138000`` is the same phone as ``13800138000``.

Both remove every character outside XML 1.0's ``Char`` production (C0 controls other than tab,
LF and CR, lone surrogates, U+FFFE, U+FFFF): an .xlsx is XML, and one such character in a cell
makes openpyxl refuse the whole workbook. Nothing else is changed: no trimming, no case folding.

This module imports nothing of CustDesk's, so storage (migrations), services and the UI share it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

# Everything XML 1.0 (5th edition, production [2] Char) does not allow.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class CleanText:
    """Text after cleaning, and the characters that were removed (empty when none)."""

    text: str
    removed: tuple[str, ...] = ()

    @property
    def changed_by_removal(self) -> bool:
        return bool(self.removed)


def _clean(text: str, form: Literal["NFC", "NFKC"]) -> CleanText:
    if _NOT_XML_CHAR.search(text) is None:  # nearly every text: nothing to remove
        return CleanText(_normalised(text, form))
    removed = tuple(_NOT_XML_CHAR.findall(text))
    kept = _NOT_XML_CHAR.sub("", text) if removed else text
    # Normalising can itself produce nothing outside Char (every Char maps to Chars), so one pass.
    if not kept.isascii():
        kept = unicodedata.normalize(form, kept)
    return CleanText(kept, removed)


def clean_display(text: str) -> CleanText:
    """Display text as it is stored: NFC, characters outside XML 1.0's Char set removed."""
    return _clean(text, "NFC")


def clean_key(text: str) -> CleanText:
    """Key text (phones, amounts, dates, search queries): NFKC, so full-width digits and letters
    become ASCII; characters outside XML 1.0's Char set removed."""
    return _clean(text, "NFKC")


def display_text(text: str) -> str:
    """``clean_display(text).text``: for callers that only need the cleaned value."""
    return _cleaned(text, "NFC")


def key_text(text: str) -> str:
    """``clean_key(text).text``: for callers that only need the cleaned value."""
    return _cleaned(text, "NFKC")


def search_key(text: str) -> str:
    """Key text folded the way search compares it: NFKC (``ｚｈａｎｇ`` is ``zhang``), then case
    and accents dropped (``Zoë`` is ``zoe``). The search index stores names, tags and pinyin in
    this form and every typed query goes through it, so both sides always agree."""
    keyed = key_text(text)
    if keyed.isascii():
        return keyed.lower()
    decomposed = unicodedata.normalize("NFKD", keyed.casefold())
    # NFC again: Hangul syllables decomposed into jamo come back whole.
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


def _cleaned(text: str, form: Literal["NFC", "NFKC"]) -> str:
    """``_clean(text, form).text`` without building a CleanText: an import calls this for
    every cell several times, and most cells need no change (checked in C first)."""
    if _NOT_XML_CHAR.search(text) is not None:
        return _clean(text, form).text
    return _normalised(text, form)


def _normalised(text: str, form: Literal["NFC", "NFKC"]) -> str:
    if text.isascii() or unicodedata.is_normalized(form, text):
        return text
    return unicodedata.normalize(form, text)


def xml_safe(text: str) -> str:
    """Only the characters XML 1.0 allows (no normalisation): the last pass before a file is
    written, for values stored before cleaning existed or that came from elsewhere."""
    return _NOT_XML_CHAR.sub("", text)


def describe_removed(removed: tuple[str, ...]) -> str:
    """``U+000B, U+FFFF``: the removed characters named by code point, each once (they are
    invisible, so a message can only name them this way)."""
    return ", ".join(f"U+{ord(ch):04X}" for ch in dict.fromkeys(removed))
