"""The one normalisation of incoming text (custdesk.text_cleaning)."""

from __future__ import annotations

import pytest

from custdesk.text_cleaning import (
    clean_display,
    clean_key,
    describe_removed,
    display_text,
    key_text,
    xml_safe,
)

DECOMPOSED_E = "e\u0301"  # é as e + combining acute


@pytest.mark.parametrize(
    "bad",
    [*"\x00\x01\x08\x0b\x0c\x0e\x1f", chr(0xD800), chr(0xDFFF), "\ufffe", "\uffff"],
)
def test_characters_outside_xml_char_are_removed_and_named(bad: str) -> None:
    for clean in (clean_display, clean_key):
        result = clean(f"王{bad}小明")
        assert result.text == "王小明"
        assert result.removed == (bad,)
        assert result.changed_by_removal
    assert xml_safe(f"a{bad}b") == "ab"


@pytest.mark.parametrize("kept", ["\t", "\n", "\r", " ", "\x7f", "\u200f", "\ud7ff", "\ue000"])
def test_tab_lf_cr_and_other_xml_chars_are_kept(kept: str) -> None:
    assert clean_display(f"a{kept}b").text == f"a{kept}b"
    assert clean_display(f"a{kept}b").removed == ()


def test_display_is_nfc_and_keeps_full_width() -> None:
    assert display_text(f"Ren{DECOMPOSED_E}e") == "Renée"
    assert display_text("１３８") == "１３８"  # shown as typed
    assert display_text("ﬁ") == "ﬁ"  # a compatibility ligature stays in display text


def test_key_is_nfkc() -> None:
    assert key_text("13８00138000") == "13800138000"
    assert key_text("￥１，２３４．５") == "¥1,234.5"
    assert key_text(f"Ren{DECOMPOSED_E}e") == "Renée"
    assert key_text("ﬁ") == "fi"


@pytest.mark.parametrize("text", ["王小明😀", "👨‍👩‍👧 family", "שלום עולם", "مرحبا", "\U0010fffd"])
def test_emoji_rtl_and_astral_text_are_kept(text: str) -> None:
    assert display_text(text) == text
    assert clean_display(text).removed == ()


def test_nothing_else_changes() -> None:
    assert display_text("  Mixed Case  ") == "  Mixed Case  "  # no trimming, no folding
    assert clean_display("").text == ""


def test_removed_characters_are_described_once_each() -> None:
    removed = clean_display("\x0ba\x0bb\uffff").removed
    assert describe_removed(removed) == "U+000B, U+FFFF"
    assert describe_removed(()) == ""
