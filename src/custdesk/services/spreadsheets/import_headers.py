"""The header dictionary: which column of an old list holds which field.

Headers are compared without case, spaces or punctuation, in Chinese and English: the words of
hand-made lists (会员姓名, 联系方式, 出生年月, 手机号1…), of our own export, and the full header
rows of Google Contacts CSV (both generations: "Given Name … Phone 1 - Type" and "First Name …
Phone 1 - Label") and Outlook CSV (English and Chinese). Every column of those exports is either
placed or listed here as deliberately left out (tests/fixtures/import holds each header row).

A mapping is ``key -> column index``. A key is a field (``name``, ``phones`` …) or a role beside
the draft (``family_name``, ``given_name``, ``middle_name``, ``opening_balance``, ``employer``).
Fields that can come from several columns take numbered slots: ``phones#2``, ``phones#3`` … each
kept with its label (``phone_label#2`` pairs a Google "Phone 2 - Type" column with its value), and
``notes#2`` … whose cells go into the notes as "<header>：<value>". A second column naming a
field already placed (Outlook's Profession after Job Title) becomes such a notes slot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from custdesk.resources import load_seed
from custdesk.words import N_, SUPPORTED, translate

SLOT = "#"  # key of a further column of the same field: phones#2
PHONE_LABEL = "phone_label"
# Field -> header words (compared by header_key); a seed, easy to extend.
HEADER_WORDS: dict[str, list[str]] = load_seed("import_headers")
# What the columns page offers, one choice each: the draft's fields and the roles beside it.
FIELDS = tuple(HEADER_WORDS)
NAME_PARTS = ("family_name", "given_name", "middle_name")
# Roles beside the draft: the name's parts; the opening balance "from the old list", read to
# cents (RowResult.opening_balance_cents), stored by customers.opening_balance, never a reason
# to keep a row out; and the employer (Company, 工作单位), the occupation of a row with no job
# title, else kept in its notes.
NOT_IN_DRAFT = (*NAME_PARTS, "opening_balance", "employer")

# Columns whose cells are kept in the notes with their header: useful to the shop, with no field
# of their own. Numbers that are not the customer's own line (faxes, pagers, an assistant's or the
# company's main number) are here rather than among the phones, so two colleagues are never taken
# for one customer by a shared number.
NOTE_HEADERS = frozenset(
    {
        "会员卡号", "卡号", "会员号", "会员编号", "会员等级", "邮箱", "电子邮箱", "email",
        "qq", "qq号",
        "昵称", "nickname", "部门", "department", "organization department",
        "e-mail address", "e-mail 2 address", "e-mail 3 address",
        "电子邮件地址", "电子邮件 2 地址", "电子邮件 3 地址",
        "web page", "网页", "anniversary", "纪念日", "spouse", "配偶", "children", "子女",
        "assistant's phone", "business fax", "home fax", "other fax", "company main phone",
        "pager", "callback", "isdn", "tty/tdd phone", "telex",
        "助理的电话", "商务传真", "住宅传真", "其他传真", "单位主要电话", "寻呼机", "回电话",
        "tty/tdd 电话", "电报",
        "home street 2", "home street 3", "home city", "home state", "home postal code",
        "home country/region", "home country", "home address po box",
        "business street", "business street 2", "business street 3", "business city",
        "business state", "business postal code", "business country/region", "business country",
        "business address po box", "other street", "other street 2", "other street 3",
        "other city", "other state", "other postal code", "other country/region",
        "other country", "other address po box",
        "住宅地址 街道 2", "住宅地址 街道 3", "住宅地址 市/县", "住宅地址 省/市/自治区",
        "住宅地址 邮政编码", "住宅地址 国家/地区", "住宅地址 - 邮箱",
        "商务地址 街道", "商务地址 街道 2", "商务地址 街道 3", "商务地址 市/县",
        "商务地址 省/市/自治区", "商务地址 邮政编码", "商务地址 国家/地区", "商务地址 - 邮箱",
        "其他地址 街道", "其他地址 街道 2", "其他地址 街道 3", "其他地址 市/县",
        "其他地址 省/市/自治区", "其他地址 邮政编码", "其他地址 国家/地区", "其他地址 - 邮箱",
        "referred by", "引用者", "keywords", "关键词",
        "user 1", "user 2", "user 3", "user 4", "用户 1", "用户 2", "用户 3", "用户 4",
        "office location", "办公地点", "location", "地点", "short name", "maiden name",
        "subject",
    }
)  # fmt: skip

# Columns left out on purpose: row counters, a contact program's own bookkeeping, repeats of a
# value placed elsewhere (Google's "Formatted" address holds the street, city… columns), and
# spellings for other scripts (Yomi/Phonetic names). Google's labels are tags (import_cells).
IGNORED_HEADERS = frozenset(
    {
        "序号", "编号", "no", "no.", "#", "行号",
        "title", "suffix", "initials", "英文称谓", "中文称谓", "缩写",
        "name prefix", "name suffix", "yomi name", "given name yomi", "additional name yomi",
        "family name yomi", "phonetic first name", "phonetic middle name", "phonetic last name",
        "file as", "photo", "billing information", "directory server", "mileage",
        "sensitivity", "priority", "language", "private", "internet free busy", "account",
        "government id number", "organizational id number", "manager's name",
        "assistant's name", "e-mail type", "e-mail display name", "e-mail 2 type",
        "e-mail 2 display name", "e-mail 3 type", "e-mail 3 display name",
        "电子邮件类型", "电子邮件显示名称", "电子邮件 2 类型", "电子邮件 2 显示名",
        "电子邮件 3 类型", "电子邮件 3 显示名", "internet 忙闲", "工作证号码", "记帐信息",
        "经理姓名", "里程", "敏感度", "目录服务器", "身份证编号", "私有", "优先级", "语言", "帐户",
        "助理的姓名",
        # the customers sheet's own figure (export_words "spent_in_all"): purchases re-import
        # on their own, and the old list's amount has its own column
        "total spent (purchases and old list)", "累计消费（购买加原表）",
    }
)  # fmt: skip

# Google Contacts numbers its repeated groups: "Phone 2 - Type", "Address 1 - Formatted".
# Fields that take every column naming them, in slots: phones (each a number), notes (each a
# line), occupations (Google's Occupation and Organization Title: the row's first filled one is
# the occupation, any other goes to the notes with its header).
_MANY_COLUMNS = ("phones", "notes", "occupation")
# The first columns of the sheet of rows not imported (import_words.skipped_rows_sheet): the
# clerk mends those rows there and imports the sheet back, so these columns, in any language,
# are left out, and the file's own columns after them are placed as usual.
SKIPPED_SHEET_COLUMNS = (N_("import", "row"), N_("import", "name"), N_("import", "problem"))
_NUMBERED = re.compile(r"^(?P<kind>.+?)\s*(?P<n>\d+)\s*-\s*(?P<part>.+)$")
# (kind, part) -> field; any other part of these kinds is left out (it repeats or describes one
# that is placed). Other kinds' "Value" go to the notes (E-mail, Website, Event, Relation…).
_NUMBERED_FIELDS = {
    ("phone", "value"): "phones",
    ("phone", "type"): PHONE_LABEL,
    ("phone", "label"): PHONE_LABEL,
    ("address", "formatted"): "address",
    ("organization", "name"): "employer",
    ("organization", "title"): "occupation",
}


# The vCard reader (reading/vcards.py) heads a card's numbers by their TEL type: "Phone (cell)",
# "Phone (home) 2" for a second home number. These types are the customer's own lines, kept with
# the label below; a fax or a pager goes to the notes like Outlook's.
_VCARD_PHONE = re.compile(r"^phone\s*\((?P<type>[a-z]+)\)\s*\d*$")
VCARD_PHONE_LABELS = {"cell": "mobile", "home": "home", "work": "work", "main": "main",
                      "other": "other"}  # fmt: skip


def phone_label_of(header: str) -> str:
    """The label a phone column gives its numbers: a vCard type's word (``Phone (cell) 2`` ->
    ``mobile``), else the header as written (手机, Home Phone)."""
    match = _VCARD_PHONE.match(header.strip().casefold())
    if match is not None and match["type"] in VCARD_PHONE_LABELS:
        return VCARD_PHONE_LABELS[match["type"]]
    return header


def _vcard_phone(header: str) -> str | None:
    """ "phones" or "notes" for a vCard reader's phone header, None for any other header."""
    match = _VCARD_PHONE.match(header.strip().casefold())
    if match is None:
        return None
    return "phones" if match["type"] in VCARD_PHONE_LABELS else "notes"


# What header_key drops: every whitespace character (all lie below U+3001), _ : ： - ( ) （ ） *.
_NOT_IN_KEY = dict.fromkeys(
    [*(ord(c) for c in map(chr, range(0x3001)) if c.isspace()), *map(ord, "_:：-()（）*")]
)


def header_key(text: str) -> str:
    """A header as compared: casefolded, without spaces, underscores, colons, dashes, brackets.
    (str.translate: the row rules compare every cell of every row with its header.)"""
    return text.casefold().translate(_NOT_IN_KEY)


_FIELD_OF = {header_key(word): name for name, words in HEADER_WORDS.items() for word in words}
_NOTE_KEYS = frozenset(header_key(word) for word in NOTE_HEADERS)
_IGNORED_KEYS = frozenset(header_key(word) for word in IGNORED_HEADERS)
_NOTES = frozenset(header_key(word) for word in HEADER_WORDS["notes"])


def field_of(key: str) -> str:
    """The field a mapping key fills: ``phones#2`` -> ``phones``."""
    return key.split(SLOT)[0]


def _numbered(header: str) -> tuple[str, int] | None:
    """(field or "ignored", Google's group number) for a numbered Google header."""
    match = _NUMBERED.match(header.strip().casefold())
    if match is None:
        return None
    kind = header_key(match["kind"])
    part = header_key(match["part"])
    placed = _NUMBERED_FIELDS.get((kind, part))
    if placed is None:
        placed = "notes" if part == "value" else "ignored"
    return placed, int(match["n"])


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Key -> column index for every header the dictionary knows (see the module's docstring
    for keys and slots). Headers it does not know are left out; ``unplaced`` lists them."""
    mapping: dict[str, int] = {}
    slots: dict[str, int] = {}  # field -> slots taken
    phone_slot_of_group: dict[int, str] = {}  # Google's group number -> its phones slot key
    labels: list[tuple[int, int]] = []  # (Google group number, column)

    def place(name: str, index: int, *, labelled: bool = False) -> str:
        if name not in _MANY_COLUMNS and name in mapping:
            name, labelled = "notes", True  # a second column for a one-column field
        labelled = labelled or (name == "notes" and header_key(headers[index]) not in _NOTES)
        # A labelled notes column takes slot 2 or later, so that the file's own 备注 column,
        # wherever it stands, is the plain ``notes``.
        taken = max(slots.get(name, 0), 1 if labelled else 0) + 1
        slots[name] = taken
        key = name if taken == 1 or not (labelled or name in mapping) else f"{name}{SLOT}{taken}"
        mapping[key] = index
        return key

    ours = skipped_sheet_columns(headers)
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key or key in _IGNORED_KEYS or index < ours:
            continue
        numbered = _numbered(header)
        vcard = _vcard_phone(header)
        if vcard is not None:
            place(vcard, index, labelled=vcard == "notes")
        elif numbered is not None:
            name, group = numbered
            if name == PHONE_LABEL:
                labels.append((group, index))
            elif name != "ignored":
                placed = place(name, index)
                if name == "phones":
                    phone_slot_of_group[group] = placed
        elif key in _FIELD_OF:
            place(_FIELD_OF[key], index)
        elif key in _NOTE_KEYS:
            place("notes", index, labelled=True)
    for group, index in labels:
        phone_key = phone_slot_of_group.get(group)
        if phone_key is not None:
            mapping[PHONE_LABEL + phone_key.removeprefix("phones")] = index
    return mapping


def with_the_rest_in_notes(headers: Sequence[str], mapping: dict[str, int]) -> dict[str, int]:
    """``mapping`` with every column it leaves out, other than those left out on purpose, kept
    in the notes as ``<header>：<value>`` (a 余额 or 会员等级 column the dictionary does not know):
    an import never drops a column a clerk filled without a word."""
    placed = set(mapping.values())
    kept = dict(mapping)
    taken = max(
        (int(key.split(SLOT)[1]) for key in kept if key.startswith(f"notes{SLOT}")), default=1
    )
    ours = skipped_sheet_columns(headers)
    for index, header in enumerate(headers):
        if index in placed or not header_key(header) or _left_out(header) or index < ours:
            continue
        taken += 1
        kept[f"notes{SLOT}{taken}"] = index
    return kept


# Columns only Outlook's CSV export has side by side (English and Chinese Outlook).
_OUTLOOK_PAIRS = (("businessphone", "homephone"), ("商务电话", "住宅电话"))


def is_outlook_export(headers: Sequence[str]) -> bool:
    """Whether the header row is Outlook's contacts export, which writes dates month first
    (5/3/1990 is 3 May) whatever the language: issue 17's "US 5/3/1990 in Outlook files"."""
    keys = {header_key(header) for header in headers}
    return any(business in keys and home in keys for business, home in _OUTLOOK_PAIRS)


def unplaced(headers: Sequence[str]) -> list[str]:
    """The headers neither placed by guess_mapping nor deliberately left out: what a clerk would
    have to map by hand. Empty for every export format the dictionary covers."""
    placed = set(guess_mapping(headers).values())
    ours = skipped_sheet_columns(headers)
    return [
        header
        for index, header in enumerate(headers)
        if index not in placed and index >= ours and header_key(header) and not _left_out(header)
    ]


def _left_out(header: str) -> bool:
    if header_key(header) in _IGNORED_KEYS:
        return True
    numbered = _numbered(header)
    return numbered is not None and numbered[0] in ("ignored", PHONE_LABEL)


def skipped_sheet_columns(headers: Sequence[str]) -> int:
    """How many leading columns are the skipped-rows sheet's own (row, name, problem, in any
    language the sheet is written in): 3, or 0 for any other file."""
    heads = [header_key(header) for header in headers[: len(SKIPPED_SHEET_COLUMNS)]]
    for language in SUPPORTED:
        words = [header_key(translate("import", word, language)) for word in SKIPPED_SHEET_COLUMNS]
        if heads == words:
            return len(words)
    return 0


def names_customers(mapping: dict[str, int]) -> bool:
    """True when the mapping has a column that can name a customer: a name (or its family and
    given parts) or a phone, since a row with either is imported (issue 17)."""
    return any(key in mapping for key in ("name", *NAME_PARTS, "phones"))
