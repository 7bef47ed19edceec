"""The search index's pinyin comes syllable by syllable from the readings the name keys are
joined from, and keys and queries are folded by the one function."""

from __future__ import annotations

import pytest

from custdesk.name_keys import name_search_keys, pinyin_readings
from custdesk.resources import load_seed
from custdesk.search_terms import query_words, search_row
from custdesk.text_cleaning import search_key

SURNAMES = {
    name: readings
    for name, readings in load_seed("surname_readings").items()
    if not name.startswith("_")
}


@pytest.mark.parametrize(
    ("name", "readings"),
    [
        ("欧阳娜娜", (("ou", "yang", "na", "na"),)),
        ("单雄信", (("dan", "xiong", "xin"), ("shan", "xiong", "xin"))),
        ("Zoë Smith", (("zoe", "smith"),)),
        ("  ", ()),
    ],
)
def test_a_name_is_read_syllable_by_syllable_once_per_reading(
    name: str, readings: tuple[tuple[str, ...], ...]
) -> None:
    assert pinyin_readings(name) == readings


@pytest.mark.parametrize("surname", sorted(SURNAMES))
def test_every_surname_reading_is_split_into_its_syllables(surname: str) -> None:
    """欧阳 is read ou + yang, two syllable starts, never one "ouyang" (then "yang" would miss)."""
    found = pinyin_readings(surname + "小明")
    for reading in SURNAMES[surname]:
        assert (*reading.split(), "xiao", "ming") in found
    joined = ["".join(syllables) for syllables in found]
    assert joined == name_search_keys(surname + "小明").pinyin.split()


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


@pytest.mark.parametrize(
    ("number", "phones"),
    [
        ("+8613800138010", "^^+8613800138010$ ^^13800138010$"),  # a mobile: dialled as it is
        ("+8675588886666", "^^+8675588886666$ ^^75588886666$ ^^075588886666$"),
        ("+861062345678", "^^+861062345678$ ^^1062345678$ ^^01062345678$"),  # Beijing: 010
        ("+864008123456", "^^+864008123456$ ^^4008123456$"),  # a 400 number: no trunk 0
        ("+14155550123", "^^+14155550123$"),
    ],
)
def test_a_phone_is_indexed_in_every_form_a_clerk_types(number: str, phones: str) -> None:
    assert search_row("杨磊", [number], [], "").phones == phones
