"""The ``custdesk`` command: the GUI by default, plus maintenance sub-commands.

Sub-commands other than the GUI never import Qt, so they run on a machine without a display.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from custdesk import clock as shop_clock
from custdesk.app import open_app, open_for_reading, resolve_db_path
from custdesk.cli_backups import backup, restore
from custdesk.cli_common import (
    EXIT_ERROR,
    EXIT_FAILED,
    EXIT_OK,
    allowed_dates,
    command_language,
    complain,
    existing_db,
    refuse_dates_out_of_range,
)
from custdesk.cli_errors import error_sentence
from custdesk.cli_parser import (
    argparse_speaking,
    build_parser,
    requested_language,
    requested_language_given,
)
from custdesk.cli_text import (
    agenda_lines,
    check_lines,
    found_lines,
    history_lines,
    import_lines,
    say,
)
from custdesk.errors import CustDeskError
from custdesk.services.customers.calendar import latest_record_date
from custdesk.services.customers.date_reading import DateOrder
from custdesk.services.shop.demo import generate_demo
from custdesk.services.shop.health import check_database
from custdesk.services.spreadsheets.customer_import import ImportReport, OnDuplicate, RowResult
from custdesk.services.spreadsheets.export_reports import Report
from custdesk.services.spreadsheets.history_import import HistoryKind, can_match, guess_kind
from custdesk.services.spreadsheets.import_duplicates import Decision, Decisions
from custdesk.services.spreadsheets.import_files import Table
from custdesk.services.spreadsheets.import_headers import names_customers
from custdesk.storage.identity import refusal
from custdesk.words import N_

SHOP_NAME_MAX = 100  # as SettingsService allows


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    language = requested_language(argv)
    with argparse_speaking(language):
        args = build_parser(language).parse_args(argv)
    if getattr(args, "lang", None) is None:
        # Given before the command, --lang is the top parser's; the command's own (unset)
        # would hide it. The words already chosen are those it asked for.
        args.lang = language if requested_language_given(argv) else None
    handlers = {
        "new": _new,
        "demo": _demo,
        "check": _check,
        "due": _due,
        "find": _find,
        "export": _export,
        "import": _import,
        "import-history": _import_history,
        "screenshot": _screenshot,
        "backup": backup,
        "restore": restore,
    }
    handler = handlers.get(args.command or "gui", _gui)
    try:
        return handler(args)
    except BrokenPipeError:  # `custdesk due | head`: the reader has what it wanted
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except CustDeskError as exc:
        print(f"custdesk: {error_sentence(exc, command_language(args))}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:  # a path that cannot be used (a file where a folder should be...)
        where = f": {exc.filename}" if exc.filename else ""
        error = f"{exc.strerror or exc}{where}"
        complain(command_language(args), N_("cli", "{error}. Nothing was changed."), error=error)
        return EXIT_ERROR


def _gui(args: argparse.Namespace) -> int:
    from custdesk.ui.shell.launch import run_gui  # the only sub-command that needs Qt

    return run_gui(resolve_db_path(args.db), getattr(args, "lang", None))


def _new(args: argparse.Namespace) -> int:
    from custdesk.storage.migrate import create_shop_file

    db_path, language = resolve_db_path(args.db), command_language(args)
    if args.name and len(args.name.strip()) > SHOP_NAME_MAX:
        too_long = N_("cli", "the shop name is longer than {count} characters")
        complain(language, too_long, count=SHOP_NAME_MAX)
        return EXIT_ERROR
    create_shop_file(db_path)
    if args.name:
        with open_app(db_path, program="custdesk new") as app:
            settings = app.services.settings
            settings.save(replace(settings.get(), shop_name=args.name))
    print(say(language, N_("cli", "new shop file: {path}"), path=db_path))
    return EXIT_OK


def _screenshot(args: argparse.Namespace) -> int:
    from custdesk.ui.shell.launch import run_screenshots  # Qt, but offscreen

    db_path = existing_db(args) if args.db is not None else None
    for path in run_screenshots(args.out, db_path, args.lang):
        print(path)
    return EXIT_OK


DEMO_EARLIEST_TODAY = dt.date(1980, 1, 1)  # demo customers are born up to 80 years before
DEMO_MAX_CUSTOMERS = 1_000_000


def _demo(args: argparse.Namespace) -> int:
    today, language = shop_clock.today(), command_language(args)
    latest = latest_record_date(today)
    if not 1 <= args.customers <= DEMO_MAX_CUSTOMERS:
        most = N_("cli", "--customers must be 1 to {most:,}")
        complain(language, most, most=DEMO_MAX_CUSTOMERS)
        return EXIT_ERROR
    if args.today is not None and not DEMO_EARLIEST_TODAY <= args.today <= latest:
        between = N_("cli", "--today must lie between {first} and {last}; nothing was created")
        complain(language, between, first=DEMO_EARLIEST_TODAY, last=latest)
        return EXIT_ERROR
    db_path = resolve_db_path(args.db)
    started = time.perf_counter()
    with open_app(db_path, program="custdesk demo", create=True) as app:
        summary = generate_demo(app.db, args.customers, seed=args.seed, today=args.today)
    elapsed = time.perf_counter() - started
    made = N_(
        "cli",
        "demo: {customers} customers, {purchases} purchases, {visits} visits, {follow_ups} "
        "follow-ups, {referrals} referrals (deepest chain {depth}), {rewards} rewards, "
        "{complaints} complaints in {seconds:.1f} s -> {path}",
    )
    print(
        say(language, made, customers=summary.customers, purchases=summary.purchases,
            visits=summary.visits, follow_ups=summary.follow_ups, referrals=summary.referrals,
            depth=summary.max_chain_depth, rewards=summary.rewards,
            complaints=summary.complaints, seconds=elapsed, path=db_path)
    )  # fmt: skip
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from custdesk.storage.identity import FileKind, inspect_file

    db_path, language = resolve_db_path(args.db), command_language(args)
    found = inspect_file(db_path)
    if found.kind in (FileKind.WORKING_FILE, FileKind.MISSING, FileKind.FOLDER, FileKind.EMPTY):
        raise refusal(found)
    if found.kind in (FileKind.FOREIGN, FileKind.OTHER_FILE):  # the check's verdict, not a slip
        print(say(language, N_("cli", "not a CustDesk file: {why}"), why=refusal(found)))
        return EXIT_FAILED
    report = check_database(db_path)
    for line in check_lines(report, language):
        print(line)
    if not report.ok:
        print(say(language, N_("cli", "DAMAGED: {path}"), path=db_path))
        return EXIT_FAILED
    return EXIT_OK


def _due(args: argparse.Namespace) -> int:
    from custdesk.services.contacts.agenda import AgendaService
    from custdesk.services.referrals.rewards import RewardService
    from custdesk.services.shop.settings import settings_in

    db_path, language = existing_db(args), command_language(args)
    day = args.date or shop_clock.today()
    if refuse_dates_out_of_range({"--date": day}, language):
        return EXIT_ERROR
    # Read-only and without the lock: the agenda prints while the window has the file open.
    with open_for_reading(db_path, program="custdesk due") as db:
        agenda = AgendaService(db, settings=settings_in, today=lambda: day).today()
        rewards_owed = RewardService(db).owed_on(day)
        for line in agenda_lines(agenda, rewards_owed, language):
            print(line)
    return EXIT_OK


def _find(args: argparse.Namespace) -> int:
    from custdesk.services.customers.customer_list import (
        CustomerFilter,
        CustomerListService,
        SortKey,
    )

    db_path, language = existing_db(args), command_language(args)
    # Read-only and without the lock, like due: a search prints while the window is open.
    with open_for_reading(db_path, program="custdesk find") as db:
        service = CustomerListService(db)
        where = CustomerFilter(text=args.text)
        ids = service.page(where, SortKey.RELEVANCE, limit=args.limit)
        total = service.count(where) if len(ids) == args.limit else len(ids)
        for line in found_lines(service.rows(ids), total, language):
            print(line)
    return EXIT_OK if ids else EXIT_FAILED


def _export(args: argparse.Namespace) -> int:
    from custdesk.services.spreadsheets.excel_export import write_workbook
    from custdesk.services.spreadsheets.export_reports import ReportBuilder

    db_path, language = existing_db(args), command_language(args)
    if refuse_dates_out_of_range({"--from": args.since, "--to": args.until}, language):
        return EXIT_ERROR
    if args.since is not None and args.until is not None and args.since > args.until:
        after = N_(
            "cli", "--from {since} is after --to {until}: give --from first, both dates {allowed}"
        )
        allowed = allowed_dates(language)
        complain(language, after, since=args.since, until=args.until, allowed=allowed)
        return EXIT_ERROR
    started = time.perf_counter()
    with open_for_reading(db_path, program="custdesk export") as db:  # works beside the window
        builder = ReportBuilder(db, language)
        sheets = builder.sheets([Report(r) for r in args.reports], args.since, args.until)
        rows = write_workbook(args.out, sheets)
    elapsed = time.perf_counter() - started
    done = N_("cli", "export: rows: {rows}; sheets: {sheets}; {seconds:.1f} s -> {path}")
    print(say(language, done, rows=rows, sheets=len(sheets), seconds=elapsed, path=args.out))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    db_path, language = existing_db(args), command_language(args)
    with open_app(db_path, program="custdesk import") as app:
        imports = app.services.imports
        table = imports.read(args.file, args.sheet, args.header_row)
        mapping = imports.guess(table.headers)
        if not names_customers(mapping):
            headers = ", ".join(table.headers) or say(language, N_("cli", "none"))
            nameless = N_("cli", "no name or phone column found in {file} (headers: {headers})")
            complain(language, nameless, file=args.file.name, headers=headers)
            return EXIT_FAILED
        order = DateOrder(args.date_order) if args.date_order else None
        example = imports.ambiguous_date(table, mapping, order)
        if example is not None:
            unclear = N_(
                "cli",
                "the birthdays in {file} can be read day first or month first (e.g. {example}): "
                "say which with --date-order dmy, mdy or ymd; nothing was imported",
            )
            complain(language, unclear, file=args.file.name, example=example)
            return EXIT_FAILED
        rows = imports.check(table, mapping, order)
        decisions = Decisions(default=Decision(args.on_conflict))
        report = imports.run(
            rows, OnDuplicate(args.on_duplicate), decisions=decisions, language=language
        )
    for line in import_lines(table, rows, report, language):
        print(line)
    if args.errors and report.skipped:
        _write_skipped(args.errors, table, rows, report, language)
    # A list imported again, every customer already up to date, is done, not failed.
    return EXIT_OK if report.imported or report.updated or report.unchanged else EXIT_FAILED


def _import_history(args: argparse.Namespace) -> int:
    db_path, language = existing_db(args), command_language(args)
    with open_app(db_path, program="custdesk import-history") as app:
        history = app.services.history_imports
        table = history.read(args.file, args.sheet, args.header_row)
        mapping = history.guess(table.headers)
        if not can_match(mapping):
            headers = ", ".join(table.headers) or say(language, N_("cli", "none"))
            unusable = N_(
                "cli",
                "no date column, or no phone or name column, found in {file} (headers: "
                "{headers}); nothing was imported",
            )
            complain(language, unusable, file=args.file.name, headers=headers)
            return EXIT_FAILED
        kind = HistoryKind(args.kind) if args.kind else guess_kind(mapping)
        order = DateOrder(args.date_order) if args.date_order else None
        example = history.ambiguous_date(table, mapping, order)
        if example is not None:
            unclear = N_(
                "cli",
                "the dates in {file} can be read day first or month first (e.g. {example}): "
                "say which with --date-order dmy, mdy or ymd; nothing was imported",
            )
            complain(language, unclear, file=args.file.name, example=example)
            return EXIT_FAILED
        rows = history.check(table, mapping, kind, order)
        report = history.run(rows, kind)
    for line in history_lines(table, rows, report, language):
        print(line)
    return EXIT_OK if report.imported else EXIT_FAILED


def _write_skipped(
    out: Path, table: Table, rows: list[RowResult], report: ImportReport, language: str
) -> None:
    from custdesk.services.spreadsheets.excel_export import write_workbook
    from custdesk.services.spreadsheets.import_words import skipped_rows_sheet

    write_workbook(out, [skipped_rows_sheet(table, rows, report, language)])
    print(say(language, N_("cli", "skipped rows written to {path}"), path=out))


if __name__ == "__main__":
    sys.exit(main())
