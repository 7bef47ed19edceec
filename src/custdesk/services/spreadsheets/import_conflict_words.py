"""The words for rows that met a customer already there (import_duplicates), in the clerk's
language: a row folded into an earlier one, notes continued, a row whose phones belong to two
customers or to one in the Trash, and each conflict with what was decided. The window, the
command line and the sheet of skipped rows say them alike."""

from __future__ import annotations

import datetime as dt

from custdesk.code_words import GENDERS, LABELS, TEMPERAMENTS
from custdesk.services.customers.phones import display_phone
from custdesk.services.spreadsheets.import_duplicates import (
    Conflict,
    ConflictKind,
    Decision,
)
from custdesk.services.spreadsheets.import_words import (
    TWO_OWNERS,
    field_word,
    holder_text,
)
from custdesk.words import N_, translate

IMPORT = "import"  # catalogue context (as import_words)

# A conflict: what is held against what the row says, then what the import did.
ON_FILE = N_("import", "{field} is {held} on file and {offered} in this row")
IN_EARLIER_ROW = N_("import", "{field} is {held} in row {row} and {offered} in this row")
KEPT = N_("import", "{difference}; kept {held}.")
KEPT_NAME = N_(
    "import", "{difference}; kept {held}, with {offered} in the notes as another spelling."
)
REPLACED = N_("import", "{difference}; replaced with {offered}.")
REPLACED_NAME = N_(
    "import", "{difference}; replaced with {offered}, with {held} in the notes as another spelling."
)
NOT_APPLIED = N_("import", "{problem} (Not applied: this needs you.)")
CHOICES = {
    Decision.KEEP: N_("import", "Keep"),
    Decision.REPLACE: N_("import", "Replace"),
}


def said(language: str, source: str, /, **fields: object) -> str:
    """``source`` (marked N_("import", …)) in ``language``, its {fields} filled in."""
    return translate(IMPORT, source, language).format(**fields)


def value_text(field: str, value: object, language: str) -> str:
    """A field's value as the clerk reads it: words for codes, dates as 1990-05-03, phones as
    138 0013 8000."""
    if field == "gender" and isinstance(value, str) and value in GENDERS:
        return translate(LABELS, GENDERS[value], language)
    if field == "temperament" and isinstance(value, str) and value in TEMPERAMENTS:
        return translate(LABELS, TEMPERAMENTS[value], language)
    if isinstance(value, dt.date):
        return value.isoformat()
    if field == "phones" and isinstance(value, tuple):
        return ", ".join(display_phone(number) for number in value)
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def conflict_difference(conflict: Conflict, language: str) -> str:
    """ "Name is 张伟 on file and 张韦 in this row" (or "in row 2" for an earlier row)."""
    fields = {
        "field": field_word(conflict.field, language),
        "held": value_text(conflict.field, conflict.held, language),
        "offered": value_text(conflict.field, conflict.offered, language),
    }
    if conflict.holder.customer_id is None:
        return said(language, IN_EARLIER_ROW, row=conflict.holder.row_number, **fields)
    return said(language, ON_FILE, **fields)


def conflict_sentence(conflict: Conflict, language: str) -> str:
    """The conflict with what the import did, after the row and the name: "Row 3, 张韦: Name is
    张伟 in row 2 and 张韦 in this row; kept 张伟, with 张韦 in the notes as another spelling."."""
    if conflict.kind is ConflictKind.TWO_OWNERS:
        owners = said(language, N_("import", ", ")).join(
            holder_text(holder, language) for holder in conflict.owners
        )
        problem = said(language, NOT_APPLIED, problem=said(language, TWO_OWNERS, owners=owners))
    else:
        name = conflict.field == "name"
        source = {
            Decision.KEEP: KEPT_NAME if name else KEPT,
            Decision.REPLACE: REPLACED_NAME if name else REPLACED,
        }[conflict.decision or Decision.KEEP]
        problem = said(
            language,
            source,
            difference=conflict_difference(conflict, language),
            held=value_text(conflict.field, conflict.held, language),
            offered=value_text(conflict.field, conflict.offered, language),
        )
    where = {"row": conflict.row_number, "message": problem}
    if conflict.name:
        return said(
            language, N_("import", "Row {row}, {name}: {message}"), name=conflict.name, **where
        )
    return said(language, N_("import", "Row {row}: {message}"), **where)
