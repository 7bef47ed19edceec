"""Every word an export writes comes in the chosen language: Chinese sheets say nothing in
English, English sheets nothing in Chinese (the words come from the catalogue, custdesk.words)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customer_list import CustomerFilter, SortKey
from custdesk.services.spreadsheets.export_reports import Report, ReportBuilder
from custdesk.services.spreadsheets.export_words import (
    CODE_WORDS,
    HEADERS,
    LIST_COLUMNS,
    SHEET_NAMES,
    Words,
    birthday_cell,
)
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 15, 30)
HAN = re.compile(r"[\u4e00-\u9fff]")
SAME_IN_BOTH = {"VIP"}  # a word Chinese shops write in Latin letters too


def sheets(db: Database, language: str) -> list[tuple[str, str, list[str]]]:
    """(title, subtitle, headers) of every report, and of the customer list with every column."""
    builder = ReportBuilder(db, language, now=NOW)
    made = builder.sheets(list(Report), None, None)
    listed = builder.customer_list(CustomerFilter(), SortKey.NAME, False, list(LIST_COLUMNS), "")
    return [(s.title, s.subtitle, list(s.headers)) for s in [*made, listed]]


def test_a_chinese_export_has_chinese_sheet_names_and_headers(db: Database) -> None:
    english = [
        word
        for title, subtitle, headers in sheets(db, "zh_CN")
        for word in [title, subtitle.split(" · ")[-1], *headers]
        if not HAN.search(word)
    ]
    assert english == []


def test_an_english_export_has_english_sheet_names_and_headers(db: Database) -> None:
    made = sheets(db, "en")
    chinese = [w for title, s, headers in made for w in [title, s, *headers] if HAN.search(w)]
    assert chinese == []
    assert {title for title, _s, _h in made} == set(SHEET_NAMES.values())
    assert {h for _t, _s, headers in made for h in headers} <= set(HEADERS.values())
    assert made[0][1] == "All dates · exported 2026-11-22 15:30"


@pytest.mark.parametrize("group", sorted(CODE_WORDS))
def test_every_code_is_a_word_in_both_languages(group: str) -> None:
    chinese, english = Words("zh_CN"), Words("en")
    for code, source in CODE_WORDS[group].items():
        if (group, code) == ("gender", "unknown"):
            assert chinese.code(group, code) == english.code(group, code) == ""
            continue
        assert english.code(group, code) == source
        word = chinese.code(group, code)
        assert HAN.search(word) or word in SAME_IN_BOTH, (group, code, word)


def test_a_birthday_without_its_year_is_written_in_the_sheets_language() -> None:
    assert birthday_cell(Birthday(5, 3), "zh_CN") == "05月03日"
    assert birthday_cell(Birthday(5, 3), "en") == "--05-03"  # ISO 8601, as vCard writes it
    assert birthday_cell(Birthday(12, 31, 1990), "zh_CN") == dt.date(1990, 12, 31)  # an Excel date
    assert birthday_cell(None, "zh_CN") is None
