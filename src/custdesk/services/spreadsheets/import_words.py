"""The words an import reports in, in the clerk's language: the fields it fills, why a row was
skipped or listed, and the sheet of skipped rows a clerk fixes and imports again. The English is
marked for the catalogue (custdesk.words), the Chinese is there; the window, ``custdesk import``
and the sheet say each row's message in the same sentence (``row_messages``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from custdesk.code_words import MESSAGES, PROBLEMS
from custdesk.errors import FieldProblem
from custdesk.services.customers.customers import MAX_TEXT
from custdesk.services.customers.opening_balance import BalanceDifference
from custdesk.services.customers.purchases import yuan
from custdesk.services.spreadsheets.customer_import import ImportReport, RowResult
from custdesk.services.spreadsheets.excel_export import Kind, Sheet
from custdesk.services.spreadsheets.import_duplicates import Holder
from custdesk.services.spreadsheets.import_files import Table
from custdesk.services.spreadsheets.import_headers import SKIPPED_SHEET_COLUMNS
from custdesk.services.spreadsheets.import_row_rules import SkipReason
from custdesk.words import N_, translate

IMPORT = "import"  # catalogue context
WRITTEN_SHOWN = 30  # characters of a cell quoted in a row's message

# Field (as customer_import names it) -> its name for the clerk.
FIELD_WORDS = {
    "name": N_("import", "Name"),
    "phones": N_("import", "Phone"),
    "gender": N_("import", "Gender"),
    "birthday": N_("import", "Birthday"),
    "wechat_id": N_("import", "WeChat"),
    "address": N_("import", "Address"),
    "occupation": N_("import", "Occupation"),
    "income_band": N_("import", "Income"),
    "family_situation": N_("import", "Family"),
    "hobbies": N_("import", "Hobbies"),
    "temperament": N_("import", "Temperament"),
    "is_important": N_("import", "Important customer"),
    "decision_maker": N_("import", "Decision maker"),
    "follow_up_cadence_days": N_("import", "Follow up every"),
    "tags": N_("import", "Tags"),
    "notes": N_("import", "Notes"),
    "family_name": N_("import", "Family name"),
    "given_name": N_("import", "Given name"),
    "middle_name": N_("import", "Middle name"),
    "opening_balance": N_("import", "Opening balance"),
    "employer": N_("import", "Employer"),
}
# The skipped rows' sheet: its name, heading, subtitle, and the headers of its first columns.
SHEET_WORDS = (
    N_("import", "errors"),
    N_("import", "{sheet}: rows not imported"),
    N_("import", "Rows: {count}"),
    *SKIPPED_SHEET_COLUMNS,  # row, name, problem: left out when the sheet is imported back
)
# Why a row was not imported, as the end of a sentence that names the row.
REASON_WORDS = {
    SkipReason.NO_NAME_OR_PHONE: N_("import", "No name and no phone, so it was not imported."),
    SkipReason.HEADER_ROW: N_("import", "The header row again, so it was not imported."),
    SkipReason.TOTAL_ROW: N_("import", "A total row, not a customer, so it was not imported."),
    SkipReason.DUPLICATE_PHONE: N_(
        "import", "The phone number is already on file, so the row was not imported."
    ),
}
# The same, said on the checking page, before anything is imported.
REASON_WORDS_PLANNED = {
    SkipReason.NO_NAME_OR_PHONE: N_("import", "No name and no phone, so it will not be imported."),
    SkipReason.HEADER_ROW: N_("import", "The header row again, so it will not be imported."),
    SkipReason.TOTAL_ROW: N_("import", "A total row, not a customer, so it will not be imported."),
    SkipReason.DUPLICATE_PHONE: N_(
        "import", "The phone number is already on file, so the row will not be imported."
    ),
    SkipReason.TWO_OWNERS: N_(
        "import",
        "Its phones belong to two different customers, so it will not be imported and nothing "
        "will be merged (see the differences below).",
    ),
    SkipReason.IN_TRASH: N_(
        "import",
        "Its phone belongs to a customer in the Trash, so it will not be imported. Restore that "
        "customer first, or import as new.",
    ),
}
# A row that went in but asks the clerk to look.
NAMED_FROM_PHONE = N_(
    "import", "No name was given, so the customer was imported as {name}; please fill in the name."
)
NOTED = N_(
    "import",
    "Imported, with a note: what was written under {fields} could not be read and is kept in "
    "the notes.",
)
# The same, said on the checking page, before anything is imported.
NAMED_FROM_PHONE_PLANNED = N_(
    "import",
    "No name is given, so the customer will be imported as {name}; please fill in the name then.",
)
# A field not understood, with what its cell said: 生日（农历三月初八）.
FIELD_AS_WRITTEN = N_("import", "{field} ({written})")
NOTED_PLANNED = N_(
    "import",
    "Will be imported, with a note: what is written under {fields} cannot be read and will be "
    "kept in the notes.",
)
CENTURY_GUESSED = N_(
    "import",
    "The birthday written {written} was read as {date}: the century is a guess, please check it.",
)
BALANCE_KEPT = N_(
    "import",
    "The file gives an opening balance of {file}, but {held} from an earlier list is on file; "
    "{held} was kept.",
)
# The start of every sentence: the row as the spreadsheet numbers it, and the customer's name.
# A row that met a customer already there (import_duplicates).
FOLDED = N_(
    "import",
    "The same phone as row {row} ({name}), so it was added to that customer, not imported twice.",
)
# The same, on the checking page, before anything is imported.
FOLDED_PLANNED = N_(
    "import",
    "The same phone as row {row} ({name}), so it will be added to that customer, not imported "
    "twice.",
)
# A row whose phone an earlier row of the file holds, under another person's name.
SHARED = N_(
    "import",
    "The same phone as row {row} ({name}), under another name: imported as a customer of their "
    "own. Merge the two if they are one person.",
)
SHARED_PLANNED = N_(
    "import",
    "The same phone as row {row} ({name}), under another name: will be imported as a customer "
    "of their own.",
)
CONTINUED_LISTED = N_(
    "import",
    "The notes ran past the {limit} characters the form holds; nothing was cut: the rest "
    "follows a marked line at the end of the notes. Please shorten them.",
)
TWO_OWNERS = N_(
    "import",
    "Its phones belong to two different customers ({owners}), so it was not imported and "
    "nothing was merged. Merge them or correct the row, then import it again.",
)
IN_TRASH = N_(
    "import",
    "The phone belongs to {name}, who is in the Trash, so the row was not imported. Restore "
    "that customer and import again, or import it as a new customer.",
)
CUSTOMER = N_("import", "{name} (customer {id})")
EARLIER_ROW = N_("import", "{name} (row {row})")
ROW_AND_NAME = N_("import", "Row {row}, {name}: {message}")
ROW_ONLY = N_("import", "Row {row}: {message}")
NOT_IMPORTED = N_("import", "{problems} The row was not imported.")


@dataclass(frozen=True)
class RowMessage:
    """One row's message: its number as the spreadsheet shows it, the customer's name ("" when
    the row gave none), the problem alone, and the whole sentence."""

    row_number: int
    name: str
    problem: str
    sentence: str


def field_word(field: str, language: str) -> str:
    """A field's name in ``language``; an unknown field as it is."""
    source = FIELD_WORDS.get(field)
    return translate(IMPORT, source, language) if source else field


def problems_text(problems: Mapping[str, FieldProblem], language: str) -> str:
    """A row's problems as the clerk reads them: "Birthday: This is not a date (e.g. …)." for
    each field, by field name."""
    each = translate(IMPORT, N_("import", "{field}: {problem}"), language)
    between = translate(IMPORT, N_("import", "; "), language)  # the sentences' separator
    return between.join(
        each.format(
            field=field_word(field, language),
            problem=translate(MESSAGES, PROBLEMS[code], language),
        )
        for field, code in sorted(problems.items())
    )


def row_messages(
    rows: Sequence[RowResult],
    language: str,
    report: ImportReport | None = None,
    planned_skips: Sequence[tuple[int, str]] = (),
    planned_folds: Mapping[int, Holder] | None = None,
    planned_shared: Mapping[int, Holder] | None = None,
) -> list[RowMessage]:
    """A sentence for every row the clerk should read about, in row order: each row not
    imported (with its reason) and each imported row named from its phone, with a note, folded
    into an earlier row, with its notes continued, or whose opening balance differs from the one
    on file. Without ``report`` (the checking page, before the import) the rows' own results;
    with it, what the import did (a phone already on file, or twice in the file, is known only
    then). ``planned_skips``: on the checking page, the rows the import's plan will skip for
    their phones (import_duplicates.planned), (row, reason); ``planned_folds``: the rows it
    will add to an earlier row of the file with the same phone (row -> that earlier row);
    ``planned_shared``: the rows it will import apart, sharing an earlier row's phone under
    another name."""
    by_row = {row.row_number: row for row in rows}
    told: dict[int, str] = {}
    if report is None:
        wanted = {row.row_number: row.skip or "" for row in rows if row.draft is None}
        wanted.update(
            {
                row.row_number: ""
                for row in rows
                if row.named_from_phone or row.noted or row.century_guessed
            }
        )
        wanted.update({row_number: str(reason) for row_number, reason in planned_skips})
        for row_number, earlier in (planned_folds or {}).items():
            wanted.setdefault(row_number, "")
            told[row_number] = _said(
                language, FOLDED_PLANNED, row=earlier.row_number, name=earlier.name
            )
        for row_number, earlier in (planned_shared or {}).items():
            wanted.setdefault(row_number, "")
            told[row_number] = _said(
                language, SHARED_PLANNED, row=earlier.row_number, name=earlier.name
            )
    else:
        wanted = dict.fromkeys(report.listed, "")
        wanted.update({row_number: str(reason) for row_number, reason in report.skipped})
        told = duplicate_problems(report, language)
    differences = {} if report is None else report.balance_differences
    return [
        _row_message(
            by_row[row_number],
            reason,
            language,
            told.get(row_number, ""),
            differences.get(row_number),
            planned=report is None,
        )
        for row_number, reason in sorted(wanted.items())
    ]


def _row_message(
    row: RowResult,
    reason: str,
    language: str,
    told: str = "",
    difference: BalanceDifference | None = None,
    *,
    planned: bool = False,
) -> RowMessage:
    """``told``: what meeting a customer already there did to the row (duplicate_problems);
    ``difference``: an opening balance the file gives beside another one on file; ``planned``:
    said on the checking page, before the import (what will happen, not what happened)."""

    def said(source: str, **fields: object) -> str:
        return translate(IMPORT, source, language).format(**fields)

    words = REASON_WORDS_PLANNED if planned else REASON_WORDS
    if told and reason in (SkipReason.TWO_OWNERS, SkipReason.IN_TRASH):
        problem = told
    elif reason in words:
        problem = said(words[SkipReason(reason)])
    elif row.draft is None:  # a value the customer file still refuses (notes too long)
        problem = said(NOT_IMPORTED, problems=problems_text(row.problems, language))
    else:
        parts = []
        if row.named_from_phone:
            parts.append(
                said(NAMED_FROM_PHONE_PLANNED if planned else NAMED_FROM_PHONE, name=row.name)
            )
        if row.problems:
            fields = said(N_("import", ", ")).join(
                _as_written(name, row.written.get(name, ""), language)
                for name in sorted(row.problems)
            )
            parts.append(said(NOTED_PLANNED if planned else NOTED, fields=fields))
        if row.century_guessed and row.draft is not None and row.draft.birthday is not None:
            born = row.draft.birthday
            parts.append(said(CENTURY_GUESSED, written=row.century_guessed, date=str(born)))
        if told:
            parts.append(told)
        if difference is not None:
            held, given = yuan(difference.held_cents), yuan(difference.file_cents)
            parts.append(said(BALANCE_KEPT, file=given, held=held))
        problem = said(N_("import", "; ")).join(parts)
    if row.name:
        sentence = said(ROW_AND_NAME, row=row.row_number, name=row.name, message=problem)
    else:
        sentence = said(ROW_ONLY, row=row.row_number, message=problem)
    return RowMessage(row.row_number, row.name, problem, sentence)


def holder_text(holder: Holder, language: str) -> str:
    """张伟 (customer 12), or 张伟 (row 2) for a customer an earlier row of the file makes."""
    if holder.customer_id is not None:
        return _said(language, CUSTOMER, name=holder.name, id=holder.customer_id)
    return _said(language, EARLIER_ROW, name=holder.name, row=holder.row_number)


def duplicate_problems(report: ImportReport, language: str) -> dict[int, str]:
    """Row number -> what happened to it because it met a customer already there: folded into
    an earlier row, notes continued, or not imported (two owners, the Trash)."""
    told: dict[int, list[str]] = {}
    for row, earlier in report.folded.items():
        told.setdefault(row, []).append(
            _said(language, FOLDED, row=earlier.row_number, name=earlier.name)
        )
    for row, earlier in report.shared.items():
        told.setdefault(row, []).append(
            _said(language, SHARED, row=earlier.row_number, name=earlier.name)
        )
    for row in report.continued:
        told.setdefault(row, []).append(_said(language, CONTINUED_LISTED, limit=MAX_TEXT))
    for row, reason in report.skipped:
        holders = report.held_by.get(row, ())
        if reason == SkipReason.TWO_OWNERS:
            owners = _said(language, N_("import", ", ")).join(
                holder_text(holder, language) for holder in holders
            )
            told[row] = [_said(language, TWO_OWNERS, owners=owners)]
        elif reason == SkipReason.IN_TRASH and holders:
            told[row] = [_said(language, IN_TRASH, name=holder_text(holders[0], language))]
    between = _said(language, N_("import", "; "))
    return {row: between.join(parts) for row, parts in told.items()}


def _said(language: str, source: str, /, **fields: object) -> str:
    return translate(IMPORT, source, language).format(**fields)


def skipped_reasons(
    rows: Sequence[RowResult], report: ImportReport, language: str
) -> dict[int, str]:
    """Row number (as in the file) -> why it was not imported, in ``language``, for every row
    ``report`` skipped."""
    skipped = {row_number for row_number, _reason in report.skipped}
    return {
        message.row_number: message.problem
        for message in row_messages(rows, language, report)
        if message.row_number in skipped
    }


def skipped_rows_sheet(
    table: Table, rows: Sequence[RowResult], report: ImportReport, language: str
) -> Sheet:
    """The rows that were not imported, each with its number, the customer's name, the problem
    and the file's own cells, for an errors.xlsx the clerk can fix and import again; its words
    in ``language``."""
    reasons = skipped_reasons(rows, report, language)
    kept = [
        (
            row.row_number,
            row.name,
            reasons[row.row_number],
            *(str(value) if value is not None else None for value in table.rows[index]),
        )
        for index, row in enumerate(rows)
        if row.row_number in reasons
    ]
    words = [translate(IMPORT, source, language) for source in SHEET_WORDS]
    title, heading, subtitle, row_header, name_header, problem_header = words
    return Sheet(
        title=title,
        heading=heading.format(sheet=table.sheet),
        subtitle=subtitle.format(count=len(kept)),
        headers=[row_header, name_header, problem_header, *table.headers],
        kinds=[Kind.INTEGER, Kind.TEXT, Kind.TEXT, *[Kind.TEXT] * len(table.headers)],
        rows=iter(kept),
        expected_rows=len(kept),
    )


def _as_written(name: str, written: str, language: str) -> str:
    """The field's word, with its cell as written when there is one (cut to a readable length)."""
    word = field_word(name, language)
    if not written:
        return word
    shown = written if len(written) <= WRITTEN_SHOWN else written[: WRITTEN_SHOWN - 1] + "…"
    return translate(IMPORT, FIELD_AS_WRITTEN, language).format(field=word, written=shown)
