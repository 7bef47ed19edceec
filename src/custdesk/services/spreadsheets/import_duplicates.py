"""Rows that meet a customer already there: on file, or an earlier row of the same file.

The rules (issue 17, "Duplicates never corrupt"):

- Under "skip", a row with a phone already on file is skipped. Under "skip" and "update", a row
  with the phone of an earlier row of the same file is folded into that row by the update rules
  below (one customer, never two), and listed, when both name the same person
  (import_row_rules.same_person: 张伟 and 张韦 are). Two different names sharing a phone (a
  family's landline) are two customers: the row is imported as its own and listed (``shared``).
  Under "new" every row makes a customer, as asked.
- Update rules (``fold``): an empty field is filled, new phones (with their labels) and tags are
  added, note lines not already there are appended. A non-empty field that differs is a
  ``Conflict`` the clerk decides: keep what is held, or replace it with the row's. The name kept
  or replaced is never lost: the other spelling goes into the notes (``ALSO_WRITTEN``). A stand-in
  name (未留名 and four digits) counts as empty.
- Notes that run past what the customer form holds (customers.MAX_TEXT) are kept whole: a marked
  line (``CONTINUED``) is put where the limit falls and the rest follows it in the same notes,
  where the clerk reads them; the form asks for them to be shortened at its next save, as it does
  for a merge's notes. Never cut, never a reason to leave a row out.
- A row whose phones belong to two different customers (on file, or made by earlier rows) is a
  conflict of kind TWO_OWNERS, never a merge: nobody is renamed or given another's phone. It
  cannot be applied by "replace" either (which customer would it be?): the row is not imported
  and is listed, and the sheet of skipped rows carries it, for the clerk to merge the customers
  or correct the row and import it again.
- A phone whose only owner is in the Trash: the row is not imported, under "skip" and "update"
  (IN_TRASH), and listed. Updating a file the clerk cannot see, bringing one back from the Trash
  unasked, or making a second customer who clashes with the first when restored are all silent;
  the clerk restores that customer and imports again, or imports as new.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from custdesk.errors import CancelledError
from custdesk.services.customers.customers import MAX_TEXT, CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.customers.tags import tags_of
from custdesk.services.spreadsheets.import_check import OnDuplicate, RowResult
from custdesk.services.spreadsheets.import_phone_book import PhoneBook, phone_book
from custdesk.services.spreadsheets.import_row_rules import UNNAMED, SkipReason, same_person
from custdesk.storage.db import Database
from custdesk.words import N_, translate

IMPORT = "import"  # catalogue context (as import_words)
PROGRESS_EVERY = 500
# Words written into a customer's notes, in the language of the clerk who imports.
ALSO_WRITTEN = N_("import", "Also written: {name}")
CONTINUED = N_(
    "import",
    "—— Continued: the notes below run past the {limit} characters the form holds; the import "
    "kept them whole. Please shorten them. ——",
)
# What update fills or decides, in the order a clerk reads the form.
FOLDED_FIELDS = (
    "name", "phones", "gender", "birthday", "wechat_id", "address", "occupation", "income_band",
    "family_situation", "hobbies", "temperament", "is_important", "decision_maker", "tags", "notes",
)  # fmt: skip
_STAND_IN = re.compile(re.escape(UNNAMED) + r"\d{0,4}")


class Decision(StrEnum):
    KEEP = "keep"  # what is held stays; a name not taken goes to the notes
    REPLACE = "replace"  # the row's value is taken; a name replaced goes to the notes


class ConflictKind(StrEnum):
    FIELD = "field"  # a non-empty field differs: keep or replace
    TWO_OWNERS = "two_owners"  # phones of two customers: not imported, never merged


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a phone already: a customer on file (``customer_id``) or the customer an earlier
    row of this file makes (``row_number``, as the spreadsheet numbers it)."""

    name: str
    customer_id: int | None = None
    row_number: int | None = None


@dataclass(frozen=True)
class Conflict:
    """A difference the clerk decides. ``held`` is the value on file (or in the earlier row),
    ``offered`` the row's; codes and dates as the draft holds them. ``decision`` is what the
    import did (the default KEEP on the checking page); None for TWO_OWNERS, which is never
    applied."""

    row_number: int
    name: str  # the row's, as the messages name it
    field: str  # a CustomerDraft field; "phones" for TWO_OWNERS
    held: object
    offered: object
    holder: Holder
    kind: ConflictKind = ConflictKind.FIELD
    owners: tuple[Holder, ...] = ()  # TWO_OWNERS: each customer the phones belong to
    decision: Decision | None = None

    @property
    def key(self) -> tuple[int, str]:
        """What ``Decisions.each`` is keyed by: (row number, field)."""
        return self.row_number, self.field


@dataclass(frozen=True)
class Decisions:
    """The clerk's choice for each conflict by ``Conflict.key``; ``default`` for every other
    (the command line's --on-conflict, the wizard's "apply to all")."""

    default: Decision = Decision.KEEP
    each: Mapping[tuple[int, str], Decision] = field(default_factory=dict)

    def of(self, key: tuple[int, str]) -> Decision:
        return self.each.get(key, self.default)


def conflicts(
    db: Database,
    customers: CustomerService,
    rows: Sequence[RowResult],
    on_duplicate: OnDuplicate,
    language: str,
) -> list[Conflict]:
    """What the import would ask the clerk to decide, read before anything is written: each
    field that differs (shown with KEEP, the default) and each row whose phones belong to two
    customers."""
    return planned(db, customers, rows, on_duplicate, language).conflicts


def planned(
    db: Database,
    customers: CustomerService,
    rows: Sequence[RowResult],
    on_duplicate: OnDuplicate,
    language: str,
) -> Placement:
    """Where each row would go, read before anything is written (every conflict kept): the
    checking page's counts and its rows skipped for a phone already on file agree with what
    the import then does."""
    with db.reading() as session:
        book = phone_book(session, customers)
        return place_rows(rows, on_duplicate, book, Decisions(), language)


@dataclass(slots=True)  # one per row imported
class Target:
    """A customer the import writes: one on file (``before`` is its file) or a new one."""

    holder: Holder
    draft: CustomerDraft
    before: CustomerDraft | None = None
    rows: list[int] = field(default_factory=list)  # the file's rows that went into it

    @property
    def changes_file(self) -> bool:
        """A customer on file whose file the rows change (a list imported again changes none)."""
        return self.before is not None and self.draft != self.before


def told_progress(
    progress: Callable[[int, int], bool] | None, done: int, total: int, step: int = PROGRESS_EVERY
) -> None:
    """``progress`` told ``done`` of ``total`` when ``done`` is a multiple of ``step``;
    CancelledError (the import's transaction rolls back: nothing imported) when it says stop."""
    if progress is not None and done % step == 0 and not progress(done, total):
        raise CancelledError("Import cancelled; nothing was imported.")


@dataclass
class Placement:
    """Where each row of the file goes."""

    new: list[Target] = field(default_factory=list)
    updates: dict[int, Target] = field(default_factory=dict)  # customer id -> target
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    folded: dict[int, Holder] = field(default_factory=dict)  # row -> the earlier row it joined
    held_by: dict[int, tuple[Holder, ...]] = field(default_factory=dict)  # TWO_OWNERS, IN_TRASH
    conflicts: list[Conflict] = field(default_factory=list)
    went_in: list[int] = field(default_factory=list)  # rows imported, updating or folded
    # row -> the earlier row whose phone it shares, under another person's name: imported apart
    shared: dict[int, Holder] = field(default_factory=dict)
    continued: list[int] = field(default_factory=list)  # rows that took the notes past the limit


def place_rows(
    rows: Sequence[RowResult],
    on_duplicate: OnDuplicate,
    book: PhoneBook,
    decisions: Decisions,
    language: str,
    progress: Callable[[int, int], bool] | None = None,
) -> Placement:
    """Each row new, into a customer on file, folded into an earlier row, or skipped, by the
    rules above; ``decisions`` applied to each conflict as it is met. CancelledError when
    ``progress`` (rows done, rows) says stop."""
    placed = Placement()
    claimed: dict[str, Target] = {}  # number -> the customer this import gives it to
    for done, result in enumerate(rows, start=1):
        told_progress(progress, done, len(rows))
        if result.draft is None:
            placed.skipped.append((result.row_number, result.skip or ", ".join(result.problems)))
            continue
        if on_duplicate == "new":  # the clerk asked for duplicates
            _new(placed, claimed, result, result.draft, language, register=False)
            continue
        _place(placed, claimed, result, result.draft, on_duplicate, book, decisions, language)
    return placed


def _place(
    placed: Placement,
    claimed: dict[str, Target],
    result: RowResult,
    draft: CustomerDraft,
    on_duplicate: OnDuplicate,
    book: PhoneBook,
    decisions: Decisions,
    language: str,
) -> None:
    row = result.row_number
    # A number an earlier row of this file holds under another person's name (a shared landline)
    # does not make this row that person: it is looked up on file among its holders by name.
    claims = [(number, claimed[number]) for number in draft.phones if number in claimed]
    theirs = [n for n, target in claims if not same_person(target.draft.name, draft.name)]
    held = (
        book.owner(number, draft.name, same_person_only=number in theirs)
        for number in draft.phones
        if number not in claimed or number in theirs
    )
    on_file = [customer_id for customer_id in held if customer_id is not None]
    if on_duplicate == "skip" and on_file:
        placed.skipped.append((row, SkipReason.DUPLICATE_PHONE))
        return
    in_trash = [book.trashed[n] for n in draft.phones if n in book.trashed and n not in claimed]
    if in_trash:
        placed.skipped.append((row, SkipReason.IN_TRASH))
        placed.held_by[row] = (Holder(book.draft_of(in_trash[0]).name, in_trash[0]),)
        return
    targets = {id(target): target for number, target in claims if number not in theirs}
    for customer_id in dict.fromkeys(on_file):
        target = placed.updates.get(customer_id) or _on_file(book, customer_id)
        targets[id(target)] = target
    if len(targets) > 1:
        owners = tuple(target.holder for target in targets.values())
        placed.skipped.append((row, SkipReason.TWO_OWNERS))
        placed.held_by[row] = owners
        shown = ", ".join(owner.name for owner in owners)
        placed.conflicts.append(
            Conflict(row, result.name, "phones", shown, draft.phones, owners[0],
                     ConflictKind.TWO_OWNERS, owners)
        )  # fmt: skip
        return
    if not targets:
        if theirs:  # listed: the clerk merges the two if they are one person after all
            placed.shared[row] = claimed[theirs[0]].holder
        _new(placed, claimed, result, draft, language, register=True)
        return
    [target] = targets.values()
    if target.holder.customer_id is None:
        placed.folded[row] = target.holder
    else:
        placed.updates.setdefault(target.holder.customer_id, target)

    def choose(name: str, held: object, offered: object) -> Decision:
        key = (row, name)
        decision = decisions.of(key)
        placed.conflicts.append(
            Conflict(row, result.name, name, held, offered, target.holder, decision=decision)
        )
        return decision

    incoming = replace(draft, name="") if result.named_from_phone else draft
    target.draft = fold(target.draft, incoming, choose, language)
    _continue_notes(placed, target, row, language)
    target.rows.append(row)
    placed.went_in.append(row)
    for number in target.draft.phones:
        claimed.setdefault(number, target)


def _new(
    placed: Placement,
    claimed: dict[str, Target],
    result: RowResult,
    draft: CustomerDraft,
    language: str,
    *,
    register: bool,
) -> None:
    target = Target(Holder(draft.name, row_number=result.row_number), draft)
    _continue_notes(placed, target, result.row_number, language)
    target.rows.append(result.row_number)
    placed.new.append(target)
    placed.went_in.append(result.row_number)
    if register:
        for number in draft.phones:
            claimed.setdefault(number, target)


def _continue_notes(placed: Placement, target: Target, row: int, language: str) -> None:
    notes = continued_notes(target.draft.notes, language)
    if notes != target.draft.notes:
        target.draft = replace(target.draft, notes=notes)
        placed.continued.append(row)


def _on_file(book: PhoneBook, customer_id: int) -> Target:
    before = book.draft_of(customer_id)
    return Target(Holder(before.name, customer_id), before, before)


def is_empty(name: str, value: object) -> bool:
    """A field update may fill: no value, gender unknown, not marked important, a stand-in
    name (未留名 and the phone's last four digits)."""
    if name == "gender":
        return value in (None, "", "unknown")
    if name == "is_important":
        return not value
    if isinstance(value, str):
        return not value.strip() or (name == "name" and _STAND_IN.fullmatch(value) is not None)
    return value is None or value == ()


def fold(
    held: CustomerDraft,
    incoming: CustomerDraft,
    choose: Callable[[str, object, object], Decision],
    language: str,
) -> CustomerDraft:
    """``incoming`` folded into ``held`` by the update rules: empty fields filled, phones (with
    their labels) and tags added, new note lines appended; ``choose(field, held, offered)`` is
    asked about each non-empty field that differs. Whichever name is not kept goes into the
    notes (``ALSO_WRITTEN``, in ``language``)."""
    changes: dict[str, object] = {}
    spellings: list[str] = []
    for name in FOLDED_FIELDS:
        mine, theirs = getattr(held, name), getattr(incoming, name)
        if name in ("phones", "tags", "notes") or is_empty(name, theirs) or mine == theirs:
            continue
        if is_empty(name, mine):
            changes[name] = theirs
        elif choose(name, mine, theirs) is Decision.REPLACE:
            changes[name] = theirs
            if name == "name":
                spellings.append(str(mine))
        elif name == "name":
            spellings.append(str(theirs))
    labels = dict(zip(incoming.phones, incoming.phone_labels, strict=False))
    labels.update(zip(held.phones, held.phone_labels, strict=False))
    numbers = tuple(dict.fromkeys((*held.phones, *incoming.phones)))
    also = translate(IMPORT, ALSO_WRITTEN, language)
    added = [also.format(name=spelling) for spelling in spellings]
    return replace(
        held,
        **changes,  # type: ignore[arg-type]
        phones=numbers,
        phone_labels=tuple(labels.get(number, "") for number in numbers),
        tags=tags_of((*held.tags, *incoming.tags)),  # VIP and vip are one tag: the first kept
        notes=appended_notes(held.notes, [*incoming.notes.split("\n"), *added]),
    )


def appended_notes(notes: str, lines: Sequence[str]) -> str:
    """``notes`` with each line not already in them appended (a file imported twice adds
    nothing)."""
    kept = [notes] if notes.strip() else []
    for line in (line.strip() for line in lines):
        if line and line not in "\n".join(kept):
            kept.append(line)
    return "\n".join(kept)


def continued_notes(notes: str, language: str, limit: int = MAX_TEXT) -> str:
    """Notes longer than ``limit`` (characters) whole, with the ``CONTINUED`` line where the limit
    falls (before the first line that crosses it): nothing is cut. Notes within the limit, or
    already continued, as they are."""
    if len(notes) <= limit:  # nearly every row: no words to look up
        return notes
    marker = translate(IMPORT, CONTINUED, language).format(limit=limit)
    if marker in notes:
        return notes
    lines = notes.split("\n")
    size, head = 0, 0
    for line in lines:
        grown = size + len(line) + (1 if head else 0)
        if grown > limit:
            break
        size, head = grown, head + 1
    return "\n".join([*lines[:head], marker, *lines[head:]])
