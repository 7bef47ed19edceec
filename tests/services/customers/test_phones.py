from __future__ import annotations

import pytest

from custdesk.errors import ValidationError
from custdesk.services.customers.phones import display_phone, normalise_phone


@pytest.mark.parametrize(
    "typed",
    ["13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "0086 13800138000"],
)
def test_ways_of_typing_one_mobile_give_one_number(typed: str) -> None:
    assert normalise_phone(typed) == "+8613800138000"


def test_landlines_and_foreign_numbers() -> None:
    assert normalise_phone("010 6552 9988") == "+861065529988"
    assert normalise_phone("+44 20 7946 0958") == "+442079460958"


@pytest.mark.parametrize("typed", ["", "   ", "12345", "abc", "1380013800099999"])
def test_bad_numbers_are_refused_with_the_field_named(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_phone(typed)
    assert "phone" in caught.value.field_errors


def test_display_uses_national_format_for_china() -> None:
    assert display_phone("+8613800138000") == "138 0013 8000"
    assert display_phone("+442079460958").startswith("+44 20")


def test_the_fast_display_of_chinese_mobiles_matches_phonenumbers() -> None:
    import random

    import phonenumbers

    from custdesk.services.customers.phones import display_phone

    rng = random.Random(4)
    prefixes = ("130", "138", "139", "150", "166", "177", "186", "199")
    for _ in range(300):
        number = "+86" + rng.choice(prefixes) + f"{rng.randrange(10**8):08d}"
        expected = phonenumbers.format_number(
            phonenumbers.parse(number, None), phonenumbers.PhoneNumberFormat.NATIONAL
        )
        assert display_phone(number) == expected


def test_the_fast_mobile_path_agrees_with_phonenumbers() -> None:
    """Every 1xx prefix, with and without +86, spaces and dashes: the same answer either way."""
    import random

    import phonenumbers

    from custdesk.errors import ValidationError
    from custdesk.services.customers.phones import normalise_phone

    def reference(text: str) -> str | None:
        try:
            parsed = phonenumbers.parse(text, "CN")
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(parsed):
            return None
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)

    rng = random.Random(7)
    shapes = ("{}", "+86{}", "86 {}", "{} ", "+86 {}")
    for _ in range(6000):
        digits = f"1{rng.randrange(10):d}{rng.randrange(10):d}{rng.randrange(10**8):08d}"
        spaced = rng.choice(
            (
                digits,
                f"{digits[:3]} {digits[3:7]} {digits[7:]}",
                f"{digits[:3]}-{digits[3:7]}-{digits[7:]}",
            )
        )
        text = rng.choice(shapes).format(spaced)
        try:
            ours: str | None = normalise_phone(text)
        except ValidationError:
            ours = None
        assert ours == reference(text), text


def test_the_fast_path_agrees_on_every_five_digit_prefix() -> None:
    """Validity turns on prefixes as long as 1740[0-5]: one number for each of 10,000."""
    import random

    import phonenumbers

    from custdesk.errors import ValidationError
    from custdesk.services.customers.phones import normalise_phone

    rng = random.Random(11)
    for prefix in range(10_000, 20_000):
        digits = f"{prefix}{rng.randrange(10**6):06d}"
        try:
            parsed = phonenumbers.parse(digits, "CN")
        except phonenumbers.NumberParseException:
            expected = None
        else:
            valid = phonenumbers.is_valid_number(parsed)
            expected = phonenumbers.format_number(parsed, 0) if valid else None
        try:
            ours: str | None = normalise_phone(digits)
        except ValidationError:
            ours = None
        assert ours == expected, digits
