"""The ``custdesk`` command's options and sub-commands (argparse), for cli.main.

The help texts are English only: argparse prints its own words ("usage", "options") in English
whatever the language, and a parser is built before the command knows which one to speak.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from custdesk import __version__
from custdesk.services.spreadsheets.customer_import import OnDuplicate
from custdesk.services.spreadsheets.export_reports import Report
from custdesk.services.spreadsheets.import_duplicates import Decision


def _db_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        help="database file to use (default: custdesk.db in the per-user data folder)",
    )
    return parent


def _lang_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--lang",
        choices=["zh_CN", "en"],
        help="language of what is printed and written (default: $CUSTDESK_LANG, else the system's)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    db_option = _db_option()
    worded = [db_option, _lang_option()]  # sub-commands that print words
    parser = argparse.ArgumentParser(
        prog="custdesk",
        description="CustDesk 客户档案台: customer files, visits, follow-ups and referrals.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"custdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", parents=[db_option], help="open the window (the default)")

    new = commands.add_parser(
        "new",
        parents=worded,
        help="create an empty shop file (other commands never create one)",
        description="Create a new, empty shop file at --db (default: custdesk.db in the per-user "
        "data folder). Refused when any file is already there, except an empty (0-byte) one.",
    )
    new.add_argument("--name", metavar="SHOP", help="the shop's name, shown in the window title")

    demo = commands.add_parser(
        "demo",
        parents=worded,
        help="fill an empty database with realistic demo customers",
        description="Fill an empty database with demo customers, purchases, visits, follow-ups, "
        "referral chains and complaints. The same seed and --today give the same data.",
    )
    demo.add_argument("--customers", type=int, default=1000, metavar="N", help="default 1000")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="default 1")
    demo.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="date the demo is placed around (default: today)",
    )

    commands.add_parser(
        "check",
        parents=worded,
        help="check the database for damage (exit 1 if damaged)",
        description="Run SQLite's integrity_check and foreign_key_check, read-only.",
    )
    due = commands.add_parser(
        "due",
        parents=worded,
        help="print today's agenda: follow-ups, birthdays, holidays, quiet customers",
        description="Print the Today page as text: overdue and due follow-ups, birthdays in the "
        "next 7 days, holidays to greet for, customers who just went quiet.",
    )
    due.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day to print the agenda for (default: today)",
    )
    export = commands.add_parser(
        "export",
        parents=worded,
        help="write reports to an Excel workbook (one sheet each)",
        description="Write one or more reports to an .xlsx file: customers, visits, followups, "
        "complaints, referrals, summary. The file is replaced only when complete.",
    )
    export.add_argument(
        "reports", nargs="+", choices=[r.value for r in Report], metavar="REPORT",
        help="customers, visits, followups, complaints, referrals or summary",
    )  # fmt: skip
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    export.add_argument("--from", dest="since", type=dt.date.fromisoformat, metavar="DATE")
    export.add_argument("--to", dest="until", type=dt.date.fromisoformat, metavar="DATE")
    importing = commands.add_parser(
        "import",
        parents=worded,
        help="import customers from an .xlsx or .csv file (all rows or none)",
        description="Import customers with the columns matched automatically (姓名/name, "
        "电话/phone, 生日/birthday...). Every good row goes in one transaction; rows with "
        "problems are listed. Exit code 1 when nothing was imported.",
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first)")
    importing.add_argument(
        "--on-duplicate",
        choices=[o.value for o in OnDuplicate],
        default=OnDuplicate.SKIP.value,
        help="a phone already on file: skip the row (default), update that customer, or import "
        "as a new customer",
    )
    importing.add_argument(
        "--on-conflict",
        choices=[d.value for d in Decision],
        default=Decision.KEEP.value,
        help="a field that differs from the customer on file (or from an earlier row with the "
        "same phone): keep what is there (default) or replace it; every conflict is listed",
    )
    importing.add_argument(
        "--errors", type=Path, metavar="FILE.xlsx", help="also write the skipped rows here"
    )
    backup = commands.add_parser(
        "backup",
        parents=worded,
        help="back the database up now (into the backup folder, or --to FILE)",
        description="Make a consistent copy with SQLite's online backup API, even while the "
        "window is open. Without --to, the copy goes to the backup folder (Settings) and old "
        "backups are thinned; --list shows the backups instead.",
    )
    backup.add_argument("--to", type=Path, metavar="FILE", help="write the copy here instead")
    backup.add_argument("--list", action="store_true", help="list the backups, newest first")
    restore = commands.add_parser(
        "restore",
        parents=worded,
        help="replace the database with a backup (the current file is kept as a backup first)",
        description="Put a backup's customers back. The current data is first saved as a "
        "'before-restore' backup, so a restore can be undone; a damaged file is moved aside "
        "as *.corrupt-DATE instead.",
    )
    restore.add_argument("file", type=Path, metavar="BACKUP")
    shots = commands.add_parser(
        "screenshot",
        parents=[db_option],
        help="save a picture of every page and the main dialogs (no display needed)",
        description="Render each main page and the Settings and About dialogs to PNG files "
        "named PAGE-LANG.png. Without --db, a fresh demo shop (1,000 customers) is pictured "
        "and your own file is not touched.",
    )
    shots.add_argument("--out", type=Path, required=True, metavar="DIR")
    shots.add_argument("--lang", choices=["zh_CN", "en"], help="default: the system's language")
    return parser
