"""The words an import reports in, in the clerk's language: the fields it fills, why a row was
skipped, and the sheet of skipped rows a clerk fixes and imports again. The English is marked for
the catalogue (custdesk.words), the Chinese is there; the window shows the same words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from custdesk.code_words import MESSAGES, PROBLEMS
from custdesk.errors import FieldProblem
from custdesk.services.spreadsheets.customer_import import ImportReport, RowResult
from custdesk.services.spreadsheets.excel_export import Kind, Sheet
from custdesk.services.spreadsheets.import_files import Table
from custdesk.words import N_, translate

IMPORT = "import"  # catalogue context

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
    "tags": N_("import", "Tags"),
    "notes": N_("import", "Notes"),
}
# The skipped rows' sheet: its name, heading, subtitle, and the headers of its first columns.
SHEET_WORDS = (
    N_("import", "errors"),
    N_("import", "{sheet}: rows not imported"),
    N_("import", "{count} rows"),
    N_("import", "row"),
    N_("import", "reason"),
)
# A reason import_rows gives for a row without problems of its own.
REASON_WORDS = {"duplicate_phone": N_("import", "Phone number already on file")}


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


def skipped_reasons(
    rows: Sequence[RowResult], report: ImportReport, language: str
) -> dict[int, str]:
    """Row number (as in the file) -> why it was not imported, in ``language``, for every row
    ``report`` skipped: its problems, or the reason import_rows gave (a phone on file)."""
    problems = {row.row_number: row.problems for row in rows if row.problems}
    reasons = {}
    for row_number, reason in report.skipped:
        if row_number in problems:
            reasons[row_number] = problems_text(problems[row_number], language)
        else:
            source = REASON_WORDS.get(reason)
            reasons[row_number] = translate(IMPORT, source, language) if source else reason
    return reasons


def skipped_rows_sheet(
    table: Table, rows: Sequence[RowResult], report: ImportReport, language: str
) -> Sheet:
    """The rows that were not imported, each with its reason and the file's own cells, for an
    errors.xlsx the clerk can fix and import again; its words in ``language``."""
    reasons = skipped_reasons(rows, report, language)
    kept = [
        (
            row.row_number,
            reasons[row.row_number],
            *(str(value) if value is not None else None for value in table.rows[index]),
        )
        for index, row in enumerate(rows)
        if row.row_number in reasons
    ]
    words = [translate(IMPORT, source, language) for source in SHEET_WORDS]
    title, heading, subtitle, row_header, reason_header = words
    return Sheet(
        title=title,
        heading=heading.format(sheet=table.sheet),
        subtitle=subtitle.format(count=len(kept)),
        headers=[row_header, reason_header, *table.headers],
        kinds=[Kind.INTEGER, Kind.TEXT, *[Kind.TEXT] * len(table.headers)],
        rows=iter(kept),
        expected_rows=len(kept),
    )
