"""Fixtures shared by every test: private temp folders, a migrated database, demo data."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import Phase, settings

from custdesk import clock as shop_clock
from custdesk.name_keys import name_search_keys
from custdesk.paths import ensure_private_dir
from custdesk.scratch import sqlite_companions
from custdesk.services.customers.phones import display_phone
from custdesk.services.shop.demo import generate_demo
from custdesk.storage.db import Database
from custdesk.storage.migrate import create_shop_file, upgrade_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed, as in `make test`

# The shops are in China (UTC+8) and CI machines run in UTC, where a day judged in UTC instead of
# local time looks right. Pinned before any test module is imported, so the app, SQLite's
# 'localtime' and every subprocess (they inherit os.environ) see the shop's clock.
SHOP_ZONE = "Asia/Shanghai"
os.environ["TZ"] = SHOP_ZONE
time.tzset()

DEMO_TODAY = dt.date(2026, 11, 22)

# `make mutate` runs the tests once per mutant: a failing example is all it needs, and shrinking
# that example to the smallest one only costs minutes (tools/mutate.py sets CUSTDESK_MUTATE).
# Fewer examples there too (see tests/mutation_run.py for the slow ones): a mutant only a
# rare example catches is reported as a survivor to explain, so the kill rate is never inflated.
settings.register_profile(
    "mutate", phases=[Phase.explicit, Phase.reuse, Phase.generate], max_examples=25
)
if os.environ.get("CUSTDESK_MUTATE"):
    settings.load_profile("mutate")


@pytest.fixture(autouse=bool(os.environ.get("CUSTDESK_MUTATE")))
def uncached_name_and_phone_keys() -> None:
    """Under ``make mutate``, each test starts with empty name-key and phone caches. mutmut links
    a function to the tests that reach it; with a warm cache only the first test to ask for a name
    reaches name_keys' code, so a mutant there was tried against the wrong tests and "survived"
    tests that catch it (``单于春`` read as shan-yu). ``make test`` keeps the caches."""
    name_search_keys.cache_clear()
    display_phone.cache_clear()


@pytest.fixture
def use_zone() -> Iterator[Callable[[str], None]]:
    """Move this test's computer to another time zone (``use_zone("America/New_York")``, as
    often as it likes); the shop's zone comes back when the test ends."""

    def move(zone: str) -> None:
        os.environ["TZ"] = zone
        time.tzset()

    yield move
    move(SHOP_ZONE)


@pytest.fixture(autouse=True)
def private_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the per-user data folder at a temp dir so no test touches the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # Save dialogs start in Documents/CustDesk (ui.common.save_places), made on first use: Qt
    # reads Documents from user-dirs.dirs in XDG_CONFIG_HOME, else it would be the real home's.
    (home / "config").mkdir()
    documents = home / "Documents"
    (home / "config" / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n')
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    monkeypatch.delenv("CUSTDESK_LANG", raising=False)
    # The command line speaks the locale's language (custdesk.words.system_locale): English
    # here, whatever the test machine's, unless a test asks for another.
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_MESSAGES", "C")
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)  # custdesk.scratch points it
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop" / "custdesk.db"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One new shop file built through every migration, once per run.

    Alembic takes about a second a file; tests copy this instead, which keeps the suite and
    `make mutate` (which re-runs tests for every mutant) fast. The migrations themselves are
    tested from scratch and from old fixtures in tests/storage.
    """
    path = tmp_path_factory.mktemp("template") / "custdesk.db"
    create_shop_file(path)
    assert not any(p.exists() for p in sqlite_companions(path)), "a -wal beside it: half a copy"
    return path


@pytest.fixture
def new_shop_file(migrated_template: Path) -> Callable[[Path], Path]:
    """Put a new, empty shop file at a path, as ``custdesk new`` would (folder made private)."""

    def place(path: Path) -> Path:
        ensure_private_dir(path.parent)
        shutil.copyfile(migrated_template, path)
        return path

    return place


@pytest.fixture
def db(db_path: Path, new_shop_file: Callable[[Path], Path]) -> Iterator[Database]:
    upgrade_database(new_shop_file(db_path))  # at head already: only checks and stamps
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, 300, seed=3, today=DEMO_TODAY)
    return db


@pytest.fixture
def at_midday() -> Iterator[dt.datetime]:
    """The shop's clock stopped at noon of today: a test that files a complaint "thirty minutes
    ago" and expects it on today's line, or plans a follow-up "five days late" before the
    window reads Today, cannot cross the shop's midnight while it runs. Run from 00:00 to
    00:30 (Asia/Shanghai), such tests failed."""
    moment = dt.datetime.combine(shop_clock.today(), dt.time(12))
    with shop_clock.frozen_at(moment):
        yield moment
