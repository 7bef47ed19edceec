"""One- and two-character searches find every name holding the text, from the grams index.

Characters past the Basic Multilingual Plane (CJK Extension B surnames and given names, emoji),
at its very top or around the surrogates are where counting characters goes wrong (UTF-16 in Qt,
UTF-8 in SQLite, code points in Python): a gram cut in half finds nothing or the wrong names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.customers.customer_list import CustomerFilter, CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database

NAMES = [
    "王明",
    "王𠀀明",  # U+20000, the first CJK Extension B character
    "王\U0010fffd",  # private use, plane 16: the top of Unicode
    "王\U0010ffff",  # the very last code point (cleaning keeps it)
    "玌",  # U+738C, the character right after 王 (U+738B): never a 王 name
    "李😀",  # an emoji right after the surname
    "张\uffee",  # halfwidth ○, just below U+FFFF
    "张\ue000",  # private use, above the surrogates (they sort differently in UTF-16)
    "𠀀明",  # a name starting with an Extension B character
    "𠀀𠀁",
    "𠀁",  # U+20001: right after 𠀀
    "𪚥",  # U+2A6A5, a one-character Extension B name
    "\ud7ff甲",  # U+D7FF, the last code point before the surrogates
    "\ue000乙",  # U+E000, the first one after them
    "\U0010ffff丙",
    "\U0010ffff",  # the whole name is the last code point: typed, it must find itself
]


@pytest.fixture
def search(db: Database) -> CustomerListService:
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 22, 10, 0)
    )
    for name in NAMES:
        customers.create(CustomerDraft(name=name))
    return CustomerListService(db)


def found(search: CustomerListService, typed: str) -> list[str]:
    rows = search.rows(search.ids(CustomerFilter(text=typed)))
    return sorted(row.name for row in rows)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        pytest.param("王", ["王\U0010fffd", "王\U0010ffff", "王明", "王𠀀明"], id="wang"),
        pytest.param("李", ["李😀"], id="li-then-emoji"),
        pytest.param("张", ["张\ue000", "张\uffee"], id="zhang-then-top-of-bmp"),
        pytest.param("王𠀀", ["王𠀀明"], id="second-char-past-bmp"),
        pytest.param("𠀀", ["𠀀明", "𠀀𠀁", "王𠀀明"], id="past-bmp-anywhere"),
        pytest.param("𠀀𠀁", ["𠀀𠀁"], id="two-chars-past-bmp"),
        pytest.param("𪚥", ["𪚥"], id="whole-name-past-bmp"),
        # The very last code point is a character like any other.
        pytest.param("王\U0010ffff", ["王\U0010ffff"], id="ends-in-last-code-point"),
        pytest.param(
            "\U0010ffff",
            ["\U0010ffff", "\U0010ffff丙", "王\U0010ffff"],
            id="only-the-last-code-point",
        ),
        # The next code point up is a surrogate, which is never stored.
        pytest.param("\ud7ff", ["\ud7ff甲"], id="just-below-surrogates"),
    ],
)
def test_a_short_search_finds_every_name_holding_it_and_no_other(
    search: CustomerListService, typed: str, expected: list[str]
) -> None:
    assert found(search, typed) == sorted(expected)
