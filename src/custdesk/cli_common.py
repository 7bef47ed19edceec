"""What every ``custdesk`` sub-command shares: exit codes, the language it speaks, how it
refuses, and the shop file it names.

Apart from cli.py so the handlers kept in their own modules (cli_backups) use them without
importing the command's entry point back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from custdesk import clock as shop_clock
from custdesk.app import resolve_db_path
from custdesk.cli_text import say
from custdesk.services.customers.calendar import (
    EARLIEST_RECORD_DATE,
    check_record_date,
    latest_record_date,
)
from custdesk.storage.identity import require_shop_file
from custdesk.words import N_, pick_language, system_locale

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


def command_language(args: argparse.Namespace) -> str:
    """What the command speaks: --lang, else as the window picks (without its Settings)."""
    return pick_language(getattr(args, "lang", None), system_locale=system_locale())


def allowed_dates(language: str) -> str:
    latest = latest_record_date(shop_clock.today())
    between = N_("cli", "between {first} and {last}")
    return say(language, between, first=EARLIEST_RECORD_DATE, last=latest)


def complain(language: str, message: str, **fields: object) -> None:
    """``custdesk: <message>`` on stderr, in ``language``: a refusal the command explains (the
    caller returns its exit code)."""
    print(f"custdesk: {say(language, message, **fields)}", file=sys.stderr)


def refuse_dates_out_of_range(options: dict[str, dt.date | None], language: str) -> bool:
    """Say so (and return True) when a date option lies outside the days a record may carry
    (services.calendar: 1900-01-01 to ten years from today)."""
    today = shop_clock.today()
    for option, day in options.items():
        if day is not None and check_record_date(day, today) is not None:
            out = N_("cli", "{option} {day} is out of range: give dates {allowed}")
            allowed = allowed_dates(language)
            complain(language, out, option=option, day=day, allowed=allowed)
            return True
    return False


def existing_db(args: argparse.Namespace) -> Path:
    """The shop file the command names. Commands other than ``new``, ``demo`` and the window
    never create one: NoShopFileError (missing, a folder, 0 bytes), ForeignDatabaseError and
    the like from ``require_shop_file``."""
    db_path = resolve_db_path(args.db)
    require_shop_file(db_path)
    return db_path
