"""The ``custdesk`` command's options and sub-commands (argparse), for cli.main.

The help speaks the command's language: cli.main finds ``--lang`` (else $CUSTDESK_LANG, else the
system's) before the parser is built, the help texts come from the catalogue under "cli", and
argparse's own words ("usage", "options", its error sentences) under "argparse", through the
gettext hook argparse itself calls (``argparse._``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from custdesk import __version__
from custdesk.cli_parser_imports import add_import_commands
from custdesk.services.spreadsheets.export_reports import Report
from custdesk.words import N_, SOURCE_LANGUAGE, pick_language, system_locale, translate


def _db_option(t: Callable[[str], str], *, after_command: bool) -> argparse.ArgumentParser:
    """``--db``, before the command or after it. After it, an option not given leaves what was
    given before the command: argparse would otherwise set it back to None (a trial:
    ``custdesk --db shop.db check`` checked the default file)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        default=argparse.SUPPRESS if after_command else None,
        metavar="PATH",
        type=Path,
        help=t(
            N_("cli", "database file to use (default: custdesk.db in the per-user data folder)")
        ),
    )
    return parent


def _lang_option(t: Callable[[str], str], *, after_command: bool) -> argparse.ArgumentParser:
    """``--lang``, before the command or after it (see ``_db_option``)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--lang",
        default=argparse.SUPPRESS if after_command else None,
        choices=["zh_CN", "en"],
        help=t(
            N_(
                "cli",
                "language of what is printed and written (default: "
                "$CUSTDESK_LANG, else the system's)",
            )
        ),
    )
    return parent


def build_parser(language: str = SOURCE_LANGUAGE) -> argparse.ArgumentParser:
    """The parser, its help in ``language`` (argparse's own words too, see argparse_speaking)."""

    def t(source: str) -> str:
        return translate("cli", source, language)

    def day(text: str) -> dt.date:
        """A date option's value; its error sentence is the command's language, not argparse's
        "invalid fromisoformat value"."""
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            wrong = t(N_("cli", "{value} is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30"))
            raise argparse.ArgumentTypeError(wrong.format(value=text)) from None

    def at_least_one(text: str) -> int:
        """A count of rows to print: 1 or more."""
        try:
            number = int(text)
        except ValueError:
            number = 0
        if number < 1:
            wrong = t(N_("cli", "{value} is not a number of customers: write 1 or more"))
            raise argparse.ArgumentTypeError(wrong.format(value=text))
        return number

    db_option = _db_option(t, after_command=True)
    worded = [db_option, _lang_option(t, after_command=True)]  # sub-commands that print words
    parser = argparse.ArgumentParser(
        prog="custdesk",
        description=t(
            N_("cli", "CustDesk 客户档案台: customer files, visits, follow-ups and referrals.")
        ),
        # --db and --lang before the command too: `custdesk --lang zh_CN --help` as a clerk
        # writes it
        parents=[_db_option(t, after_command=False), _lang_option(t, after_command=False)],
    )
    parser.add_argument("--version", action="version", version=f"custdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser(  # --lang: the window's words, as the other commands' printed ones
        "gui", parents=worded, help=t(N_("cli", "open the window (the default)"))
    )

    new = commands.add_parser(
        "new",
        parents=worded,
        help=t(N_("cli", "create an empty shop file (other commands never create one)")),
        description=t(
            N_(
                "cli",
                "Create a new, empty shop file at --db (default: custdesk.db in the per-user "
                "data folder). Refused when any file is already "
                "there, except an empty (0-byte) one.",
            )
        ),
    )
    new.add_argument(
        "--name", metavar="SHOP", help=t(N_("cli", "the shop's name, shown in the window title"))
    )

    demo = commands.add_parser(
        "demo",
        parents=worded,
        help=t(N_("cli", "fill an empty database with realistic demo customers")),
        description=t(
            N_(
                "cli",
                "Fill an empty database with demo customers, purchases, visits, follow-ups, "
                "referral chains and complaints. The same seed and --today give the same data.",
            )
        ),
    )
    demo.add_argument(
        "--customers", type=int, default=1000, metavar="N", help=t(N_("cli", "default 1000"))
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=t(N_("cli", "default 1")))
    demo.add_argument(
        "--today",
        type=day,
        metavar="YYYY-MM-DD",
        help=t(N_("cli", "date the demo is placed around (default: today)")),
    )

    commands.add_parser(
        "check",
        parents=worded,
        help=t(N_("cli", "check the database for damage (exit 1 if damaged)")),
        description=t(N_("cli", "Run SQLite's integrity_check and foreign_key_check, read-only.")),
    )
    due = commands.add_parser(
        "due",
        parents=worded,
        help=t(N_("cli", "print today's agenda: follow-ups, birthdays, holidays, quiet customers")),
        description=t(
            N_(
                "cli",
                "Print the Today page as text, every section of it: overdue and due "
                "follow-ups, birthdays and holidays of today and the next 6 days, customers "
                "who just went quiet, referral rewards owed and open complaints.",
            )
        ),
    )
    due.add_argument(
        "--date",
        type=day,
        metavar="YYYY-MM-DD",
        help=t(N_("cli", "the day to print the agenda for (default: today)")),
    )
    find = commands.add_parser(
        "find",
        parents=worded,
        help=t(N_("cli", "print the customers a search finds, as the customer list shows them")),
        description=t(
            N_(
                "cli",
                "Print the customers TEXT finds, in the order the customer list ranks them: "
                "name, phone, stage and last contact, then how many were found. Exit 1 when "
                "none is found.",
            )
        ),
    )
    find.add_argument(
        "text", metavar="TEXT", help=t(N_("cli", "what a clerk would type into the search box"))
    )
    find.add_argument(
        "--limit",
        type=at_least_one,
        default=50,
        metavar="N",
        help=t(N_("cli", "print at most N customers (default 50)")),
    )
    export = commands.add_parser(
        "export",
        parents=worded,
        help=t(N_("cli", "write reports to an Excel workbook (one sheet each)")),
        description=t(
            N_(
                "cli",
                "Write one or more reports to an .xlsx file: customers, visits, followups, "
                "complaints, referrals, summary. The file is replaced only when complete.",
            )
        ),
    )
    export.add_argument(
        "reports", nargs="+", choices=[r.value for r in Report], metavar="REPORT",
        help=t(N_("cli", "customers, visits, followups, complaints, referrals or summary")),
    )  # fmt: skip
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    export.add_argument("--from", dest="since", type=day, metavar="DATE")
    export.add_argument("--to", dest="until", type=day, metavar="DATE")
    add_import_commands(commands, t, worded)
    backup = commands.add_parser(
        "backup",
        parents=worded,
        help=t(N_("cli", "back the database up now (into the backup folder, or --to FILE)")),
        description=t(
            N_(
                "cli",
                "Make a consistent copy with SQLite's online backup API, even while the "
                "window is open. Without --to, the copy goes to the "
                "backup folder (Settings) and old "
                "backups are thinned; --list shows the backups instead.",
            )
        ),
    )
    backup.add_argument(
        "--to", type=Path, metavar="FILE", help=t(N_("cli", "write the copy here instead"))
    )
    backup.add_argument(
        "--list", action="store_true", help=t(N_("cli", "list the backups, newest first"))
    )
    restore = commands.add_parser(
        "restore",
        parents=worded,
        help=t(
            N_(
                "cli",
                "replace the database with a backup (the current file is kept as a backup first)",
            )
        ),
        description=t(
            N_(
                "cli",
                "Put a backup's customers back. The current data is first saved as a "
                "'before-restore' backup, so a restore can be "
                "undone; a damaged file is moved aside "
                "as *.corrupt-DATE instead.",
            )
        ),
    )
    restore.add_argument("file", type=Path, metavar="BACKUP")
    shots = commands.add_parser(
        "screenshot",
        parents=[db_option],
        help=t(N_("cli", "save a picture of every page and the main dialogs (no display needed)")),
        description=t(
            N_(
                "cli",
                "Render each main page and the Settings and About dialogs to PNG files "
                "named PAGE-LANG.png. Without --db, a fresh demo "
                "shop (1,000 customers) is pictured "
                "and your own file is not touched.",
            )
        ),
    )
    shots.add_argument("--out", type=Path, required=True, metavar="DIR")
    shots.add_argument(
        "--lang", choices=["zh_CN", "en"], help=t(N_("cli", "default: the system's language"))
    )
    return parser


# The sentences argparse says itself (Python 3.11's argparse.py, through its gettext ``_``).
ARGPARSE_WORDS = (
    N_("argparse", "usage: "),
    N_("argparse", "positional arguments"),
    N_("argparse", "options"),
    N_("argparse", "show this help message and exit"),
    N_("argparse", "%(prog)s: error: %(message)s\n"),
    N_("argparse", "argument %(argument_name)s: %(message)s"),
    N_("argparse", "unrecognized arguments: %s"),
    N_("argparse", "the following arguments are required: %s"),
    N_("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argparse", "invalid %(type)s value: %(value)r"),
    N_("argparse", "expected one argument"),
    N_("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def requested_language(argv: Sequence[str]) -> str:
    """The language a command line asks for, read before parsing it: ``--lang X`` or
    ``--lang=X``, else as custdesk.words.pick_language decides."""
    requested = None
    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv):
            requested = argv[index + 1]
        elif argument.startswith("--lang="):
            requested = argument.removeprefix("--lang=")
    return pick_language(requested, system_locale=system_locale())


def requested_language_given(argv: Sequence[str]) -> bool:
    """Whether the command line names a language itself (``--lang``)."""
    return any(argument == "--lang" or argument.startswith("--lang=") for argument in argv)


@contextmanager
def argparse_speaking(language: str) -> Iterator[None]:
    """argparse's own words in ``language`` while the command line is parsed."""
    saved = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: translate("argparse", text, language)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]
