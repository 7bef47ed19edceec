"""Pinyin search keys stored with each name at write time, so search never converts at query time.

张三 -> pinyin "zhangsan", initials "zs". A surname read differently from the everyday character
keeps both readings (单 -> "danxiongxin shanxiongxin"): pypinyin picks the everyday one. The
surname readings come from a seed list, not from every dictionary reading, so "wang" (an old
reading of 方) does not find 方成. Latin names are folded to lower-case ASCII: "Zoë Smith" ->
"zoesmith", initials "zs".

Top-level (like text_cleaning) because services and the migrations that clean stored names both
compute these keys, and storage cannot import services.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from custdesk.resources import load_seed

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class NameKeys:
    pinyin: str
    initials: str


def fold_latin(text: str) -> str:
    """Lower-case, accents removed: what a clerk types on an English keyboard."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=262_144)
def name_search_keys(name: str) -> NameKeys:
    # Imported here: pypinyin's phrase dictionary costs ~0.2 s, needed only when a name is saved.
    from pypinyin import lazy_pinyin

    syllables: list[str] = []
    for piece in lazy_pinyin(name.strip()):
        if piece and _HAN.fullmatch(piece) is None and not piece.isascii():
            piece = fold_latin(piece)
        syllables.extend(_WORD.findall(piece.lower()))
    if not syllables:
        return NameKeys("", "")
    variants = [syllables]
    surname = _surname(name.strip())
    if surname:
        rest = syllables[len(surname) :]
        for reading in load_seed("surname_readings")[surname]:
            variant = [*reading.split(), *rest]
            if variant != syllables:
                variants.append(variant)
    full = dict.fromkeys("".join(variant) for variant in variants)
    initials = dict.fromkeys("".join(s[0] for s in variant) for variant in variants)
    return NameKeys(" ".join(full), " ".join(initials))


def _surname(name: str) -> str:
    """The leading one- or two-character surname with a special reading, if any (the whole name
    when a customer is filed under the surname alone)."""
    readings = load_seed("surname_readings")
    for length in (2, 1):
        if len(name) >= length and name[:length] in readings:
            return name[:length]
    return ""
