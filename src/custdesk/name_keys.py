"""Pinyin search keys stored with each name at write time, so search never converts at query time.

张三 -> pinyin "zhangsan", initials "zs". A surname read differently from the everyday character
keeps both readings (单 -> "danxiongxin shanxiongxin"): pypinyin picks the everyday one. The
surname readings come from a seed list, not from every dictionary reading, so "wang" (an old
reading of 方) does not find 方成. Latin names are folded to lower-case ASCII: "Zoë Smith" ->
"zoesmith", initials "zs".

The phone-book order files a name under its surname's syllables first (all 陈 chen before any
程 cheng; 单 under shan), then the surname character (张 and 章 each kept together), then the given
name's syllables: ``phone_book_key`` writes that as one string that sorts so.

Top-level (like text_cleaning) because services and the migrations that clean stored names both
compute these keys, and storage cannot import services.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from custdesk.resources import load_seed

# Names whose keys are kept at hand. An import of 100,000 customers computes each name's keys
# and then its search row within one block of 5,000; a larger cache held ~50 MB more at the
# import's peak and saved no time there.
NAMES_CACHED = 16_384

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class NameKeys:
    pinyin: str
    initials: str


def fold_latin(text: str) -> str:
    """Lower-case, accents removed: what a clerk types on an English keyboard."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=NAMES_CACHED)
def _pinyin_pieces(name: str) -> tuple[str, ...]:
    """pypinyin's pieces of a stripped name: one syllable per Han character, other runs whole.
    Cached apart: search keys and the phone-book key both need it (~0.1 ms a name)."""
    # Imported here: pypinyin's phrase dictionary costs ~0.2 s, needed only when a name is saved.
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(name))


def _words(piece: str) -> list[str]:
    if piece and _HAN.fullmatch(piece) is None and not piece.isascii():
        piece = fold_latin(piece)
    return _WORD.findall(piece.lower())


@lru_cache(maxsize=NAMES_CACHED)
def pinyin_readings(name: str) -> tuple[tuple[str, ...], ...]:
    """The name's pinyin syllable by syllable, once per reading: pypinyin's everyday one first,
    then each reading of a special surname from the seed list (单雄信: dan…, then shan…). Latin
    words count as syllables (Zoë Smith: zoe, smith). () for a name with neither. The search
    index marks each syllable's start from these (custdesk.search_terms)."""
    name = name.strip()
    syllables = tuple(word for piece in _pinyin_pieces(name) for word in _words(piece))
    if not syllables:
        return ()
    readings = [syllables]
    surname = _surname(name)
    for reading in load_seed("surname_readings")[surname] if surname else ():
        variant = (*reading.split(), *syllables[len(surname) :])
        if variant not in readings:
            readings.append(variant)
    return tuple(readings)


@lru_cache(maxsize=NAMES_CACHED)
def name_search_keys(name: str) -> NameKeys:
    """The joined pinyin and initials of every reading (pinyin_readings), space-separated."""
    readings = pinyin_readings(name)
    full = dict.fromkeys("".join(reading) for reading in readings)
    initials = dict.fromkeys("".join(s[0] for s in reading) for reading in readings)
    return NameKeys(" ".join(full), " ".join(initials))


# Syllables (and Latin words) are joined by a space and the key's parts by a tab: both sort below
# every digit and letter, so "chen" + gap comes before "cheng" and 陈方 before 陈方华, and both are
# XML characters (text cleaning keeps them).
SYLLABLE_GAP = " "
PART_GAP = "\t"


@lru_cache(maxsize=NAMES_CACHED)
def phone_book_key(name: str) -> str:
    """The key the customer list, the exports and the referral leaderboard's ties sort names by.

    A name starting with a Han character: its surname's syllables (the seed list's first reading,
    else pypinyin's), the surname itself (张 and 章, both zhang, stay apart), the given name's
    syllables, and last the name itself so that equal readings still sort the same way every
    time: 陈芳 -> "chen\t陈\tfang\t陈芳". Any other name sorts by its folded words: "Émile
    Zola" -> "emile zola\tÉmile Zola"."""
    name = name.strip()
    pieces = _pinyin_pieces(name)
    if not name or _HAN.fullmatch(name[0]) is None:
        words = [word for piece in pieces for word in _words(piece)]
        return SYLLABLE_GAP.join(words) + PART_GAP + name
    surname = _surname(name) or name[0]
    readings = load_seed("surname_readings").get(surname)
    surname_syllables = readings[0].split() if readings else _words(pieces[0])
    given = [word for piece in pieces[len(surname) :] for word in _words(piece)]
    return PART_GAP.join(
        (SYLLABLE_GAP.join(surname_syllables), surname, SYLLABLE_GAP.join(given), name)
    )


def _surname(name: str) -> str:
    """The leading one- or two-character surname with a special reading, if any (the whole name
    when a customer is filed under the surname alone)."""
    readings = load_seed("surname_readings")
    for length in (2, 1):
        if len(name) >= length and name[:length] in readings:
            return name[:length]
    return ""
