"""Values as clerks write them (issue 17), each read into what it means."""

from __future__ import annotations

import pytest

from custdesk.services.spreadsheets.import_cells import (
    is_empty_mark,
    joined_name,
    read_amount_cents,
    read_gender,
    read_phones,
    read_tags,
)


@pytest.mark.parametrize(
    ("written", "gender"),
    [
        ("男", "male"), ("男性", "male"), ("先生", "male"), ("M", "male"), ("male", "male"),
        ("女", "female"), ("女士", "female"), ("小姐", "female"), ("f", "female"),
        ("Female", "female"), ("不详", "unknown"), ("Unspecified", "unknown"), ("-", "unknown"),
        ("Ｆ", "female"),  # full-width
    ],
)  # fmt: skip
def test_gender_words(written: str, gender: str) -> None:
    assert read_gender(written) == gender


def test_a_gender_no_habit_covers_is_not_guessed() -> None:
    assert read_gender("?") is None


@pytest.mark.parametrize(
    "written",
    # 0/0/00: Outlook's "no date" in its Anniversary column went to every customer's notes
    ["-", "/", "无", "不详", "N/A", "n/a", "Ｎ／Ａ", "－", "／", " ", "0/0/00", "0/0/0000"],
)
def test_empty_marks(written: str) -> None:
    assert is_empty_mark(written)


@pytest.mark.parametrize("written", ["0", "张", "NA1", "/a"])
def test_a_value_is_not_an_empty_mark(written: str) -> None:
    assert not is_empty_mark(written)


@pytest.mark.parametrize(
    ("cell", "numbers"),
    [
        ("138 0013 8009", ["+8613800138009"]),  # spaces inside one number
        ("13800138010 13900139010", ["+8613800138010", "+8613900139010"]),
        ("13800138010/13900139010", ["+8613800138010", "+8613900139010"]),
        ("13800138010，13900139010", ["+8613800138010", "+8613900139010"]),
        ("13800138010；13900139010", ["+8613800138010", "+8613900139010"]),
        ("13800138010、13900139010", ["+8613800138010", "+8613900139010"]),
        ("+86 138 0013 8010 ::: +86 139 0013 9010", ["+8613800138010", "+8613900139010"]),
        ("１３８００１３８０１０", ["+8613800138010"]),  # full-width digits
        ("0086 138 0013 8010", ["+8613800138010"]),
        ("0755-88886666", ["+8675588886666"]),  # a landline with its area code
        ("010 1234 5678", ["+861012345678"]),
        # an area code in brackets, as Outlook writes a home phone (a clerk's trial lost it)
        ("(0755) 8888-6666", ["+8675588886666"]),
        ("（010）12345678 / 13800138010", ["+861012345678", "+8613800138010"]),
    ],
)
def test_phone_cells(cell: str, numbers: list[str]) -> None:
    reading = read_phones(cell, "手机")
    assert (list(reading.numbers), reading.not_understood) == (numbers, ())
    assert reading.labels == ("手机",) * len(numbers)


def test_a_bracketed_remark_is_kept_apart_for_the_notes() -> None:
    for cell, remark in (
        ("138 0013 8009（微信同号）", "微信同号"),
        ("13800138009 (wechat)", "wechat"),
    ):
        reading = read_phones(cell)
        assert (reading.numbers, reading.remarks) == (("+8613800138009",), (remark,))


def test_a_part_that_is_no_number_is_kept_for_the_notes_and_the_others_are_kept() -> None:
    reading = read_phones("13800138010 / 12345")
    assert (reading.numbers, reading.not_understood) == (("+8613800138010",), ("12345",))
    # Two parts that are not both whole numbers stay together, reported as written.
    assert read_phones("138 12345").not_understood == ("138 12345",)


@pytest.mark.parametrize(
    ("written", "cents"),
    [
        ("¥1,200.00", 120000), ("1200元", 120000), ("￥0.29", 29), ("19.99", 1999),
        (19.99, 1999), (0.29, 29), (1280.5, 128050), (100, 10000), ("-", None),
    ],
)  # fmt: skip
def test_amounts_are_read_to_cents(written: object, cents: int | None) -> None:
    assert read_amount_cents(written) == cents


@pytest.mark.parametrize("written", ["很多", "1.234", "¥", "1,2,3.4.5"])
def test_an_amount_no_habit_covers_is_refused(written: str) -> None:
    with pytest.raises(ValueError, match=r"is not an amount|more than two decimals"):
        read_amount_cents(written)


def test_a_name_from_family_and_given_columns() -> None:
    assert joined_name("王", "芳") == "王芳"  # Chinese order, no space
    assert joined_name("Smith", "John") == "John Smith"
    assert joined_name("Smith", "John", "Q") == "John Q Smith"
    assert joined_name("", "Wei") == "Wei"


@pytest.mark.parametrize(
    ("written", "tags"),
    [
        ("会员 ::: * myContacts", ("会员",)),  # Google's labels (a clerk's trial lost 会员)
        ("* myContacts ::: VIP ::: 老客户", ("VIP", "老客户")),  # its older Group Membership
        ("VIP;老客户", ("VIP", "老客户")),  # Outlook's categories
        ("老客户、团购", ("老客户", "团购")),
        ("-", ()),
    ],
)
def test_tag_cells(written: str, tags: tuple[str, ...]) -> None:
    assert read_tags(written) == tags
