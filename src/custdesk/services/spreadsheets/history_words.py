"""The words a history import reports in (history_import): the columns it reads and why a row
was not imported, each said as a sentence naming the row as the spreadsheet numbers it and the
customer, in the clerk's language (the same sentence shape as the customer import's)."""

from __future__ import annotations

from collections.abc import Sequence

from custdesk.code_words import MESSAGES, PROBLEMS
from custdesk.services.spreadsheets.history_rows import HistoryRow, MatchProblem
from custdesk.services.spreadsheets.import_row_rules import SkipReason
from custdesk.services.spreadsheets.import_words import (
    IMPORT,
    NOT_IMPORTED,
    REASON_WORDS,
    ROW_AND_NAME,
    ROW_ONLY,
    RowMessage,
)
from custdesk.words import N_, translate

# Column key (history_import.HISTORY_FIELDS) -> its name for the clerk.
COLUMN_WORDS = {
    "phone": N_("import", "Phone"),
    "name": N_("import", "Name"),
    "date": N_("import", "Date"),
    "item": N_("import", "Item"),
    "amount": N_("import", "Amount"),
    "quantity": N_("import", "Quantity"),
    "kind": N_("import", "Kind"),
    "notes": N_("import", "Notes"),
}
# Why a row names no one customer; {phone}, {name} and {count} as the row gives them.
MATCH_WORDS = {
    MatchProblem.NO_PHONE_OR_NAME: N_(
        "import", "No phone and no name, so it cannot be matched to a customer."
    ),
    MatchProblem.PHONE_NOT_ON_FILE: N_("import", "No customer on file has the phone {phone}."),
    MatchProblem.PHONES_OF_SEVERAL: N_(
        "import", "The numbers {phone} belong to different customers."
    ),
    MatchProblem.NAME_NOT_ON_FILE: N_("import", "No customer on file is called {name}."),
    MatchProblem.NAME_NOT_UNIQUE: N_(
        "import", "{count} customers are called {name}; give a phone number to say which."
    ),
}


def column_word(key: str, language: str) -> str:
    """A history column's name in ``language``; an unknown key as it is."""
    source = COLUMN_WORDS.get(key)
    return translate(IMPORT, source, language) if source else key


def history_messages(rows: Sequence[HistoryRow], language: str) -> list[RowMessage]:
    """A sentence for every row that will not be (or was not) imported, in row order: a header
    or total row, a row that names no one customer, and a row whose cells the purchase or visit
    rules refuse (each column with its problem)."""
    return [_message(row, language) for row in rows if not row.ready]


def _message(row: HistoryRow, language: str) -> RowMessage:
    def said(source: str, **fields: object) -> str:
        return translate(IMPORT, source, language).format(**fields)

    between = said(N_("import", "; "))
    if row.skip is not None:
        problem = said(REASON_WORDS[SkipReason(row.skip)])
    else:
        parts = []
        if row.match is not None:
            words = MATCH_WORDS[row.match]
            parts.append(said(words, phone=row.phone, name=row.name, count=row.namesakes))
        each = N_("import", "{field}: {problem}")
        parts += [
            said(
                each,
                field=column_word(key, language),
                problem=translate(MESSAGES, PROBLEMS[code], language),
            )
            for key, code in sorted(row.problems.items())
        ]
        problem = said(NOT_IMPORTED, problems=between.join(parts))
    if row.name:
        sentence = said(ROW_AND_NAME, row=row.row_number, name=row.name, message=problem)
    else:
        sentence = said(ROW_ONLY, row=row.row_number, message=problem)
    return RowMessage(row.row_number, row.name, problem, sentence)
