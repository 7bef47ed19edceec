"""The search index's pinyin is the same reading as the stored name keys, syllable by syllable,
and keys and queries are folded by the one function."""

from __future__ import annotations

import pytest

from custdesk.name_keys import name_search_keys
from custdesk.resources import load_seed
from custdesk.search_terms import pinyin_syllables, query_words, search_row
from custdesk.text_cleaning import search_key

SURNAMES = [name for name in load_seed("surname_readings") if not name.startswith("_")]


NAMES = ["张三丰", "Zoë Smith", "欧阳娜娜", *(surname + "小明" for surname in SURNAMES)]


@pytest.mark.parametrize("name", NAMES)
def test_the_syllables_spell_every_reading_the_name_keys_hold(name: str) -> None:
    spelled = ["".join(syllables) for syllables in pinyin_syllables(name)]
    assert spelled == name_search_keys(name).pinyin.split()


def test_pinyin_is_marked_at_each_syllable_start_and_the_name_start() -> None:
    row = search_row("张三丰", phones=["+8613800138000"], tags=["VIP"], wechat="")
    assert row.pinyin == "^^zhangsanfeng$ ^sanfeng ^feng"
    # Whole keys marked at both ends: "exact" and "starts with" are lookups in the index.
    assert (row.name, row.initials) == ("^^张三丰$", "^^zsf$")
    assert row.phones == "^^+8613800138000$ ^^13800138000$"
    assert {"张", "三丰", "#z", "#zs", "^zh", "^sa", "@vi"} <= row.grams
    assert "^an" not in row.grams  # an is inside zh-an-g, not at a syllable's start


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("ｚｈａｎｇ　ｓａｎ", ["zhang", "san"]),  # full-width letters and the ideographic space
        ("Zoë  SMITH", ["zoe", "smith"]),
        ("１３８", ["138"]),
        ("^^张三$", ["张三"]),  # the index's own markers are not searched for
    ],
)
def test_a_query_is_folded_as_the_keys_are(typed: str, words: list[str]) -> None:
    assert query_words(typed) == words
    assert search_key("Ｚｏë") == "zoe"
