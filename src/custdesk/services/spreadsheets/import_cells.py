"""How clerks write values in their own lists, each read into what it means: empty marks, gender
words, several phones in one cell, amounts with ¥ and 元, names split into family and given.

A reader returns ``None`` (or an empty reading) for a cell it cannot understand; the row rules
(import_row_rules) then keep that cell's text in the customer's notes, so nothing is lost.
The habits come from issue 17 ("Values as clerks write them") and the shared import cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from custdesk.errors import ValidationError
from custdesk.services.customers.phones import normalise_phone
from custdesk.services.customers.records import Gender
from custdesk.services.customers.tags import split_tags
from custdesk.text_cleaning import key_text

# Compared after key_text (NFKC: full-width ／ Ｎ－ become / N -) and casefold.
# 0/0/00 is Outlook's "no date", written in every date column it exports (Birthday, Anniversary).
EMPTY_MARKS = frozenset(
    {"", "-", "--", "—", "——", "/", "无", "不详", "n/a", "na", "未知", "0/0/00", "0/0/0000"}
)
_FEMALE = frozenset({"女", "女性", "女士", "小姐", "f", "female", "woman"})
_MALE = frozenset({"男", "男性", "男士", "先生", "m", "male", "man"})
# Said on purpose: the gender is not known (Outlook writes Unspecified, Chinese Outlook 未指定).
_UNSPECIFIED = frozenset({"不详", "未知", "unknown", "unspecified", "未指定", "保密"})
_TRUE = frozenset({"是", "y", "yes", "true", "1", "√", "✓", "重要", "vip"})
_FALSE = frozenset({"否", "n", "no", "false", "0", "×", "✗", "不是", "普通"})

# Between numbers in one cell; after key_text the full-width ，；／ are , ; / already.
_PHONE_SEPARATORS = re.compile(r"\s*(?::::|[/,;、|])\s*")
_BRACKETED = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]|【([^【】]*)】")
_AMOUNT = re.compile(r"^(?:rmb|cny)?[¥￥]?(-?[\d,]+(?:\.\d+)?)(?:元|rmb|cny)?$")


def folded(text: str) -> str:
    """``text`` as the habits compare it: NFKC (full-width to half-width), trimmed, casefolded."""
    return key_text(text).strip().casefold()


def is_empty_mark(text: str) -> bool:
    """True for a blank cell and for what clerks write to mean "nothing here": - / 无 不详 N/A
    (in any case, full-width too)."""
    return folded(text) in EMPTY_MARKS


def read_gender(text: str) -> str | None:
    """The gender code for 男/男性/先生/M/Male, 女/女士/小姐/F/Female, 不详/Unspecified (or an
    empty mark) as unknown; None when the cell says something else."""
    word = folded(text)
    if word in _FEMALE:
        return Gender.FEMALE
    if word in _MALE:
        return Gender.MALE
    if word in _UNSPECIFIED or word in EMPTY_MARKS:
        return Gender.UNKNOWN
    return None


def read_flag(text: str) -> bool | None:
    """是/yes/√/VIP as True, 否/no/× or an empty mark as False; None for anything else."""
    word = folded(text)
    if word in _TRUE:
        return True
    if word in _FALSE or word in EMPTY_MARKS:
        return False
    return None


def read_amount_cents(value: object) -> int | None:
    """An amount in fen (cents): ``¥1,200.00``, ``1200元``, ``1200`` or a number cell; None for
    an empty mark. Raises ValueError for text that is not an amount or has more than two
    decimals (a rounding the clerk did not ask for). Decimal, never float arithmetic."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not an amount")
    if isinstance(value, int | float):
        number = Decimal(str(value))  # str(): 19.99 stays 19.99, not 19.989999...
    else:
        text = key_text(str(value or "")).strip().casefold().replace(" ", "")
        if text in EMPTY_MARKS:
            return None
        match = _AMOUNT.match(text)
        if match is None:
            raise ValueError(f"{value!r} is not an amount")
        try:
            number = Decimal(match.group(1).replace(",", ""))
        except InvalidOperation as exc:  # pragma: no cover - the pattern admits numbers only
            raise ValueError(f"{value!r} is not an amount") from exc
    cents = number * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"{value!r} has more than two decimals")
    return int(cents)


_DAYS = re.compile(r"^(\d+)(?:天|日|days?|d)?$")


def read_days(value: object) -> int | None:
    """A whole number of days: ``30``, ``30天``, ``30 days`` or a number cell; None for an empty
    mark and for 0 (the form's "no regular follow-up"). Raises ValueError for anything else
    (the row rules keep it in the notes); the range is the customer service's to check."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number of days")
    if isinstance(value, int | float):
        if not float(value).is_integer():
            raise ValueError(f"{value!r} is not a whole number of days")
        return int(value) or None
    text = folded(str(value or "")).replace(" ", "")
    if text in EMPTY_MARKS:
        return None
    match = _DAYS.match(text)
    if match is None:
        raise ValueError(f"{value!r} is not a number of days")
    return int(match.group(1)) or None


@dataclass(frozen=True)
class PhoneReading:
    """What one phone cell held: numbers (E.164) each with its label, the remarks written in
    brackets beside them, and the parts that are not a phone number (kept for the notes)."""

    numbers: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    remarks: tuple[str, ...] = ()
    not_understood: tuple[str, ...] = field(default=())


def _valid(text: str) -> str | None:
    try:
        return normalise_phone(text)
    except ValidationError:
        return None


def _split_on_spaces(piece: str) -> list[str] | None:
    """The piece as several numbers when its space-separated parts group into whole valid
    numbers (13800138010 13900139010), else None. Grouping is tried shortest-first from the
    left, so ``138 0013 8009`` (valid whole) never reaches here."""
    tokens = piece.split()
    found: list[str] = []
    start = 0
    while start < len(tokens):
        for end in range(start + 1, len(tokens) + 1):
            number = _valid(" ".join(tokens[start:end]))
            if number is not None:
                found.append(number)
                start = end
                break
        else:
            return None
    return found if len(found) > 1 else None


# "手机: 138 0013 8000": a label before a colon (after key_text, ： is :), as clerks write
# and as our export writes a labelled number; the label holds no digit-only text.
_LABELLED = re.compile(r"^(?P<label>[^:]*?[^\d\s:+-][^:]*?)\s*:\s*(?P<number>[^:]+)$")


def _labelled(piece: str) -> tuple[str, str]:
    """(label, number text) of ``手机: 138 0013 8000``; ("", piece) when no label is written."""
    match = _LABELLED.match(piece)
    if match is None:
        return "", piece
    return match["label"].strip(), match["number"].strip()


_AREA_CODE_IN_BRACKETS = re.compile(r"\((0\d{1,3})\)\s*(?=\d)", re.ASCII)


def read_phones(text: str, label: str = "") -> PhoneReading:
    """Every number in a cell, each labelled with the label written before it (``手机:
    138 0013 8000``, as the export writes labelled numbers), else ``label``.

    Numbers may be separated by / , ; 、 | or ` ::: ` (Google's separator), or by a space when
    each side is a whole valid number (so ``138 0013 8009`` stays one number). Bracketed
    remarks, ``（微信同号）`` or ``(wechat)``, are returned apart for the notes. Full-width
    digits, +86/0086 and landlines with an area code are read by normalise_phone."""
    # An area code in brackets, "(0755) 8888-6666" as Outlook and US-style lists write it, is
    # part of the number, not a remark: only digits, starting with 0, before more digits.
    cleaned = _AREA_CODE_IN_BRACKETS.sub(r"\1-", key_text(text).strip())
    remarks = tuple(
        next(part for part in match.groups() if part is not None).strip()
        for match in _BRACKETED.finditer(cleaned)
    )
    cleaned = _BRACKETED.sub(" ", cleaned)
    numbers: dict[str, str] = {}  # number -> its label
    not_understood: list[str] = []
    for piece in _PHONE_SEPARATORS.split(cleaned):
        piece = piece.strip()
        if is_empty_mark(piece):
            continue
        own_label, number_text = _labelled(piece)
        whole = _valid(number_text)
        several = [whole] if whole is not None else _split_on_spaces(number_text)
        if several is None:
            not_understood.append(piece)
            continue
        for number in several:
            numbers.setdefault(number, own_label or label)
    return PhoneReading(
        numbers=tuple(numbers),
        labels=tuple(numbers.values()),
        remarks=tuple(r for r in remarks if r),
        not_understood=tuple(not_understood),
    )


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def joined_name(family: str, given: str, middle: str = "") -> str:
    """A name from family-name and given-name columns: Chinese order without a space (王 + 芳 ->
    王芳) when any part is written in Chinese characters, else "Given Middle Family"."""
    parts = [part.strip() for part in (family, given, middle)]
    if any(_CJK.search(part) for part in parts):
        return "".join(parts[:2]) + parts[2]
    return " ".join(part for part in (parts[1], parts[2], parts[0]) if part)


def read_tags(text: str) -> tuple[str, ...]:
    """Tags as a list writes them (split_tags: the one tag rule), with Google Contacts' habits:
    ``会员 ::: * myContacts`` holds its labels apart by ``:::``, and its own groups (``*
    myContacts``, ``* starred``) are not the shop's tags."""
    parts = split_tags(text.replace(":::", ","))
    return tuple(tag for tag in parts if not tag.startswith("*") and not is_empty_mark(tag))
