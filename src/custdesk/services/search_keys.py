"""Pinyin search keys stored with each name at write time, so search never converts at query time.

张三 -> pinyin "zhangsan", initials "zs". A surname with several readings keeps all of them
(单 -> "danxiongxin shanxiongxin"): pypinyin picks the everyday reading, not the surname one.
Latin names are folded to lower-case ASCII: "Zoë Smith" -> "zoesmith", initials "zs".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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
    from pypinyin import Style, lazy_pinyin, pinyin

    syllables: list[str] = []
    for piece in lazy_pinyin(name.strip()):
        if piece and _HAN.fullmatch(piece) is None and not piece.isascii():
            piece = fold_latin(piece)
        syllables.extend(_WORD.findall(piece.lower()))
    if not syllables:
        return NameKeys("", "")
    variants = [syllables]
    first = name.strip()[:1]
    if _HAN.fullmatch(first):
        for reading in pinyin(first, style=Style.NORMAL, heteronym=True)[0]:
            if reading != syllables[0]:
                variants.append([reading, *syllables[1:]])
    full = dict.fromkeys("".join(variant) for variant in variants)
    initials = dict.fromkeys("".join(s[0] for s in variant) for variant in variants)
    return NameKeys(" ".join(full), " ".join(initials))
