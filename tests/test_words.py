"""The word catalogue read without Qt: the command line's, the exports' and the seeds' words."""

from __future__ import annotations

import json
import string

import pytest

from custdesk.code_words import seed_words
from custdesk.resources import resource_path
from custdesk.words import N_, Catalogue, catalogue, pick_language, system_locale, translate
from tests.marked_strings import marked_strings


def test_a_marked_string_is_its_english_and_translates_by_language() -> None:
    assert N_("labels", "Picky") == "Picky"
    assert translate("labels", "Picky", "zh_CN") == "挑剔型"
    assert translate("labels", "Picky", "zh") == "挑剔型"  # as exports are asked
    assert translate("labels", "Picky", "en") == "Picky"
    assert translate("labels", "Not in the catalogue", "zh_CN") == "Not in the catalogue"


def test_a_context_of_its_own_wins_over_the_plain_word() -> None:
    words = Catalogue({"Visits": "回访记录"}, {"export columns": {"Visits": "回访次数"}})
    assert words.get("export columns", "Visits") == "回访次数"
    assert words.get("export sheets", "Visits") == "回访记录"
    assert words.get("export columns", "Complaints") is None


@pytest.mark.parametrize(
    ("requested", "env", "chosen", "locale", "expected"),
    [
        ("en", "zh_CN", "zh_CN", "zh_CN.UTF-8", "en"),  # the option first
        (None, "zh_CN", "en", "C.UTF-8", "zh_CN"),  # then $CUSTDESK_LANG
        (None, None, "zh_CN", "en_US.UTF-8", "zh_CN"),  # then the window's Settings
        (None, None, "", "zh_TW.UTF-8", "zh_CN"),  # then the system: any Chinese is zh_CN
        (None, None, "", "fr_FR.UTF-8", "en"),  # anything else English
        (None, None, "", "", "en"),
    ],
)
def test_the_language_is_picked_by_the_windows_rule(
    monkeypatch: pytest.MonkeyPatch,
    requested: str | None,
    env: str | None,
    chosen: str,
    locale: str,
    expected: str,
) -> None:
    if env is None:
        monkeypatch.delenv("CUSTDESK_LANG", raising=False)
    else:
        monkeypatch.setenv("CUSTDESK_LANG", env)
    assert pick_language(requested, chosen, locale) == expected


def test_the_system_locale_comes_from_the_strongest_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert system_locale() == ""
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_MESSAGES", "zh_CN.UTF-8")
    assert system_locale() == "zh_CN.UTF-8"
    monkeypatch.setenv("LC_ALL", "C")
    assert system_locale() == "C"


def test_every_marked_string_and_seed_word_has_a_chinese_translation() -> None:
    marked, unreadable = marked_strings()
    assert unreadable == [], "N_ takes two string literals: (context, English)"
    assert ("labels", "Prospect") in marked
    words = catalogue("zh_CN")
    missing = sorted(
        f"{context}: {source}"
        for context, source in marked | set(seed_words())
        if not words.get(context, source)
    )
    assert missing == [], "add these to resources/translations/zh_CN.json"


def test_the_catalogue_is_a_table_of_texts_and_contexts() -> None:
    table = json.loads(resource_path("translations", "zh_CN.json").read_text("utf-8"))
    for key, value in table.items():
        if key.startswith("@"):
            assert isinstance(value, dict) and value, key
            assert all(isinstance(v, str) and v for v in value.values()), key
        else:
            assert isinstance(value, str) and value, key


def _fields(text: str) -> list[tuple[str, str, str]]:
    """(name, format spec, conversion) of each {field}: a translation keeps them all."""
    return sorted(
        (name, spec or "", conversion or "")
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def test_every_translation_keeps_the_placeholders_of_its_english() -> None:
    words = catalogue("zh_CN")
    pairs = [*words.words.items(), *(p for own in words.by_context.values() for p in own.items())]
    wrong = [(source, text) for source, text in pairs if _fields(source) != _fields(text)]
    assert wrong == []
