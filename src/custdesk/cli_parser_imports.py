"""The ``import`` and ``import-history`` sub-commands' options, for cli_parser.build_parser.

Apart from cli_parser because the two imports read files the same way (sheet, header row, date
order) and their help is long; the rest of the parser stays readable beside them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from custdesk.services.customers.date_reading import DateOrder
from custdesk.services.spreadsheets.customer_import import OnDuplicate
from custdesk.services.spreadsheets.history_import import HistoryKind
from custdesk.services.spreadsheets.import_duplicates import Decision
from custdesk.words import N_


def add_import_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    t: Callable[[str], str],
    worded: list[argparse.ArgumentParser],
) -> None:
    """``import`` and ``import-history``, their help through ``t`` (the command's language)."""

    def row_number(text: str) -> int:
        """A row number as the spreadsheet shows it (1 = the first), or 0 for "no header row"."""
        try:
            number = int(text)
        except ValueError:
            number = -1
        if number < 0:
            wrong = t(
                N_("cli", "{value} is not a row number: write 1 for the first row, 0 for none")
            )
            raise argparse.ArgumentTypeError(wrong.format(value=text))
        return number

    def add_sheet_options(command: argparse.ArgumentParser) -> None:
        """Which sheet of the file, and its header row: both imports read files the same way."""
        command.add_argument(
            "--sheet", metavar="NAME", help=t(N_("cli", "sheet to read (default: the first)"))
        )
        command.add_argument(
            "--header-row",
            type=row_number,
            metavar="N",
            help=t(
                N_(
                    "cli",
                    "the row holding the column names, numbered as the spreadsheet shows it "
                    "(default: found below titles and blank rows; 0: the sheet has no header "
                    "row)",
                )
            ),
        )

    importing = commands.add_parser(
        "import",
        parents=worded,
        help=t(N_("cli", "import customers from a spreadsheet, CSV/TXT or vCard file")),
        description=t(
            N_(
                "cli",
                "Import customers from .xlsx, .xls, .xlsb, .ods, .et, CSV/TXT, an HTML table saved "
                "as .xls, or vCards (.vcf), with the columns matched automatically (姓名/name, "
                "电话/phone, 生日/birthday...). Every row with a name or a phone goes in, in one "
                "transaction; rows with notes or problems are listed. Exit code 1 when nothing "
                "was imported.",
            )
        ),
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    add_sheet_options(importing)
    importing.add_argument(
        "--on-duplicate",
        choices=[o.value for o in OnDuplicate],
        default=OnDuplicate.SKIP.value,
        help=t(
            N_(
                "cli",
                "a phone already on file: skip the row (default), update that customer, or import "
                "as a new customer",
            )
        ),
    )
    importing.add_argument(
        "--on-conflict",
        choices=[d.value for d in Decision],
        default=Decision.KEEP.value,
        help=t(
            N_(
                "cli",
                "a field that differs from the customer on file (or from an earlier row with the "
                "same phone): keep what is there (default) or replace it; every conflict is listed",
            )
        ),
    )
    importing.add_argument(
        "--errors",
        type=Path,
        metavar="FILE.xlsx",
        help=t(N_("cli", "also write the skipped rows here")),
    )
    importing.add_argument(
        "--date-order",
        choices=[o.value for o in DateOrder],
        help=t(
            N_(
                "cli",
                "how the birthdays are written when day and month could be either way "
                "(5/3/1990): day first (dmy), month first (mdy, as Outlook writes), or year "
                "first (ymd). Without it, the column's own dates decide, and the import asks "
                "when they do not",
            )
        ),
    )
    history = commands.add_parser(
        "import-history",
        parents=worded,
        help=t(N_("cli", "add purchase or visit history from a spreadsheet to customers on file")),
        description=t(
            N_(
                "cli",
                "Add an old list of purchases or visits, one row each (phone, date, item or "
                "kind, amount, notes), to the customers on file: a row is matched by its phone, "
                "or by its name when only one customer has it, and never guessed. Dates must be "
                "full dates. The files read are those of 'custdesk import'. Every good row goes "
                "in, in one transaction; each row not imported is listed with why. Exit code 1 "
                "when nothing was imported.",
            )
        ),
    )
    history.add_argument("file", type=Path, metavar="FILE")
    history.add_argument(
        "--kind",
        choices=[k.value for k in HistoryKind],
        help=t(
            N_(
                "cli",
                "what the rows are: purchases or visits (default: purchases when the file has "
                "an amount column, else visits)",
            )
        ),
    )
    add_sheet_options(history)
    history.add_argument(
        "--date-order",
        choices=[o.value for o in DateOrder],
        help=t(
            N_(
                "cli",
                "how the dates are written when day and month could be either way (5/3/2026): "
                "day first (dmy), month first (mdy), or year first (ymd). Without it, the "
                "column's own dates decide, and the command asks when they do not",
            )
        ),
    )
