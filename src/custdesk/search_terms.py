"""What the customer search index holds for one customer, and how a typed search is cut into words.

Both sides go through ``text_cleaning.search_key`` (NFKC, case and accents folded), so a name typed
full-width or with accents is found by a query typed either way, and the reverse.

The index has two parts (storage.search_index):
- an FTS5 trigram row per customer, for words of three characters or more;
- grams: every one- and two-character piece of the name, the initials and the tags, and the first
  two letters of every pinyin syllable, for shorter words. Trigrams find nothing shorter.

Pinyin is matched at syllable starts only: ``an`` finds 安 but not 张 (zh-an-g). The pinyin column
holds, for each reading of the name, the spelling from every syllable on, each behind a ``^``
(张三丰: ``^^zhangsanfeng$ ^sanfeng ^feng``), and a word is looked up as ``^word``.
``zhangsan``, ``sanf`` and ``feng`` are found; ``angs`` is not.

The whole name, pinyin, initials and each phone are also marked ``^^…$``: a search's ranking
(exact, then starting with it) is then two more lookups in the same index (``^^张三$``,
``^^张三``), never a computation on every row found. Typed markers are dropped from queries.

Top-level (like name_keys) because storage and the migration that fills the index both need it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from custdesk.name_keys import pinyin_readings
from custdesk.text_cleaning import search_key

SYLLABLE_START = "^"  # before every syllable in the pinyin column and in a pinyin word's lookup
NAME_START = SYLLABLE_START * 2  # before a whole name, pinyin, initials or phone: for ranking
NAME_END = "$"  # after them
INITIALS_GRAM = "#"
TAG_GRAM = "@"
SHORTEST_MATCH = 3  # characters: the trigram tokenizer finds nothing in a shorter text

_PHONE_WORD = re.compile(r"^\+?[\d\-()]*\d[\d\-()]*$")


@dataclass(frozen=True)
class SearchRow:
    """One customer's search keys: the FTS5 columns, and the short grams."""

    name: str
    pinyin: str
    initials: str
    phones: str
    tags: str
    wechat: str
    grams: frozenset[str]


def search_row(name: str, phones: Iterable[str], tags: Iterable[str], wechat: str) -> SearchRow:
    readings = pinyin_readings(name)
    name_key = search_key(name)
    tag_keys = [search_key(tag) for tag in tags]
    initials = list(dict.fromkeys("".join(s[0] for s in syllables) for syllables in readings))
    pinyin: dict[str, None] = {}
    grams: set[str] = set(_short_pieces("".join(name_key.split())))
    for syllables in readings:
        pinyin[NAME_START + "".join(syllables) + NAME_END] = None
        for start in range(1, len(syllables)):
            pinyin[SYLLABLE_START + "".join(syllables[start:])] = None
        for start in range(len(syllables)):
            two_letters = "".join(syllables[start:])[:2]
            if len(two_letters) == 2:
                grams.add(SYLLABLE_START + two_letters)
    for letters in initials:
        grams.update(INITIALS_GRAM + piece for piece in _short_pieces(letters))
    for tag in tag_keys:
        grams.update(TAG_GRAM + piece for piece in _short_pieces("".join(tag.split())))
    return SearchRow(
        name=_whole(name_key),
        pinyin=" ".join(pinyin),
        initials=" ".join(_whole(letters) for letters in initials),
        phones=" ".join(_whole(number) for number in _phone_forms(phones)),
        tags=" ".join(tag_keys),
        wechat=search_key(wechat),
        grams=frozenset(grams),
    )


LIST_SEPARATOR = "\x1f"  # between a customer's phones or tags, as SQL's group_concat joins them


def search_row_joined(
    name: str, phones: str | None, tags: str | None, wechat: str | None
) -> SearchRow:
    """``search_row`` with the phones and the tags each joined by LIST_SEPARATOR (or NULL for
    none), as one SQL statement reads them for many customers."""
    return search_row(
        name,
        phones.split(LIST_SEPARATOR) if phones else (),
        tags.split(LIST_SEPARATOR) if tags else (),
        wechat or "",
    )


def _whole(key: str) -> str:
    return NAME_START + key + NAME_END


def _short_pieces(text: str) -> Iterable[str]:
    """Every one- and two-character piece of ``text``."""
    yield from text
    yield from (text[i : i + 2] for i in range(len(text) - 1))


def _phone_forms(numbers: Iterable[str]) -> Iterable[str]:
    """As stored (+8613800138000) and without the country code (13800138000), so that a clerk
    finds a customer by any run of the digits they know; a Chinese landline also as dialled
    within China, its area code behind the trunk 0 (+86 755 8888 6666: 075588886666), as a
    clerk writes and types it (0755-88886666)."""
    for number in numbers:
        yield number
        if number.startswith("+86"):
            national = number[3:]
            yield national
            if _is_landline(national):
                yield "0" + national


def _is_landline(national: str) -> bool:
    """A Chinese number reached with its area code (10 for Beijing, 755 for Shenzhen…): not a
    mobile (11 digits from 1) nor a nationwide service number (400, 800), dialled as they are."""
    mobile = len(national) == 11 and national.startswith("1")
    return not mobile and not national.startswith(("400", "800"))


# --- queries -----------------------------------------------------------------------------------


def query_words(typed: str) -> list[str]:
    """The words of a typed search, folded as the index is: each is one condition."""
    return search_key(typed).replace(SYLLABLE_START, " ").replace(NAME_END, " ").split()


def phone_digits(word: str) -> str | None:
    """The digits of a word that is a phone number or part of one (``138``, ``138-0013``,
    ``+86 138…`` one word at a time), else None."""
    if _PHONE_WORD.match(word) is None:
        return None
    return re.sub(r"\D", "", word)


def short_word_grams(word: str) -> list[str]:
    """The grams a word of one or two characters is looked up by: in the name, the initials,
    the tags, and (two letters) at a pinyin syllable's start."""
    grams = [word, INITIALS_GRAM + word, TAG_GRAM + word]
    if len(word) == 2:
        grams.append(SYLLABLE_START + word)
    return grams
