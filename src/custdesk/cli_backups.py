"""The ``backup`` and ``restore`` sub-commands: copies of the shop file made, listed and put back.

Apart from cli.py because the care a copy takes (never over an existing file, a damaged file
kept aside) is a topic of its own, longer than the other commands' handlers.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from custdesk import clock as shop_clock
from custdesk.app import open_app, resolve_db_path
from custdesk.cli_common import EXIT_OK, command_language, existing_db
from custdesk.cli_text import say
from custdesk.storage.identity import refusal
from custdesk.words import N_


def backup(args: argparse.Namespace) -> int:
    db_path, language = existing_db(args), command_language(args)
    if args.to is not None:
        _refuse_backup_target(db_path, args.to.expanduser().absolute(), language)
    from custdesk.storage.backup import remove_dead_partials

    remove_dead_partials(db_path)  # what a killed backup left (never a live one's: see scratch)
    from custdesk.services.shop.backups import BackupService
    from custdesk.services.shop.settings import SettingsService
    from custdesk.storage.db import Database

    # Read-only and without the lock: a backup is safe while the window has the file open.
    db = Database.open(db_path, read_only=True)
    try:
        backups = BackupService(db, db_path, SettingsService(db))
        if args.list:
            one = N_("cli", "{made_at}  {reason:<16} {size:8.1f} MB  {count:>7} customer  {path}")
            many = N_("cli", "{made_at}  {reason:<16} {size:8.1f} MB  {count:>7} customers  {path}")
            for info in backups.backups():
                customers = "?" if info.customers is None else str(info.customers)
                made_at = f"{info.made_at:%Y-%m-%d %H:%M:%S}"
                size = info.size / 1e6  # reason: the code in the backup's file name
                line = one if info.customers == 1 else many  # "?" (unreadable) reads as many
                print(say(language, line, made_at=made_at, reason=info.reason, size=size,
                          count=customers, path=info.path))  # fmt: skip
            return EXIT_OK
        if args.to is not None:
            from custdesk.storage.backup import backup_to

            target = backup_to(db.engine, args.to.expanduser().absolute())
        else:
            made = backups.back_up("manual")
            assert made is not None
            target = made.path
    finally:
        db.engine.dispose()
    print(say(language, N_("cli", "backup: {path}"), path=target))
    return EXIT_OK


def _refuse_backup_target(db_path: Path, target: Path, language: str) -> None:
    """``backup --to`` writes a new file, never over an existing one: the live file under any
    name, another shop file and an older backup look alike to a copy, and replacing any of them
    by a typing slip loses a shop's data. An empty (0-byte) file may be filled."""
    from custdesk.errors import StorageError
    from custdesk.storage.identity import FileKind, inspect_file, refuse_working_names, same_file

    refuse_working_names(target)
    if same_file(db_path, target):
        itself = N_(
            "cli",
            "{path} is the shop file itself; a backup must go to another file. Nothing was "
            "changed.",
        )
        raise StorageError(say(language, itself, path=target))
    if target.is_dir():
        folder = N_("cli", "{path} is a folder; name the backup file to write inside it.")
        raise StorageError(say(language, folder, path=target))
    if inspect_file(target).kind not in (FileKind.MISSING, FileKind.EMPTY):
        taken = N_(
            "cli",
            "There is already a file at {path}; a backup never replaces one. Nothing was "
            "changed; choose a new file name.",
        )
        raise StorageError(say(language, taken, path=target))


def restore(args: argparse.Namespace) -> int:
    from custdesk.errors import CorruptDatabaseError, ForeignDatabaseError, StorageError
    from custdesk.errors import NotACustDeskDatabaseError as NotOurs
    from custdesk.services.shop.backups import quarantine, restore_file, set_aside_leftovers
    from custdesk.storage.identity import FileKind, inspect_file, require_shop_file, same_file

    db_path, language = resolve_db_path(args.db), command_language(args)
    source = args.file.expanduser().absolute()
    require_shop_file(source)  # only a CustDesk file replaces a CustDesk file
    if same_file(source, db_path):
        itself = N_("cli", "{path} is the shop file itself. Nothing was changed.")
        raise StorageError(say(language, itself, path=source))
    restored = N_("cli", "restored {name} -> {path}")
    target = inspect_file(db_path)
    if target.kind is FileKind.WORKING_FILE:
        raise refusal(target)
    if target.kind in (FileKind.MISSING, FileKind.EMPTY):  # recovering a deleted file
        kept = N_("cli", "a working file of the deleted shop file was kept aside as {path}")
        for aside in set_aside_leftovers(db_path, shop_clock.now()):
            print(say(language, kept, path=aside))
        restore_file(source, db_path)
        print(say(language, restored, name=source.name, path=db_path))
        return EXIT_OK
    if target.kind in (FileKind.FOLDER, FileKind.FOREIGN, FileKind.OTHER_FILE, FileKind.TOO_NEW):
        raise refusal(target)
    try:
        with open_app(db_path, program="custdesk restore") as app:
            aside = app.services.backups.restore(source)
            count = app.services.overview.overview().customers
    except ForeignDatabaseError:
        raise
    except (CorruptDatabaseError, NotOurs):  # a damaged shop file: keep it aside
        damaged = quarantine(db_path, shop_clock.now())
        restore_file(source, db_path)
        print(say(language, N_("cli", "the damaged file was moved aside to {path}"), path=damaged))
        print(say(language, restored, name=source.name, path=db_path))
        return EXIT_OK
    done = N_("cli", "restored {name} (customers: {count}); the data before is kept in {path}")
    print(say(language, done, name=source.name, count=count, path=aside.path))
    return EXIT_OK
