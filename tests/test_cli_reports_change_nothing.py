"""Reading a report changes nothing in the shop's file: ``custdesk export`` and ``custdesk due``
(for a date or for today) leave its bytes as they were, and an older file is only upgraded,
its stages not moved to the computer's date (issue 20: 89 stages changed by an export of a shop
dated two weeks earlier)."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from custdesk import clock as shop_clock
from custdesk.app import open_app
from custdesk.cli import main
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.daily import DailyUpkeep
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.migrate import shipped_head

D = dt.date
SHOP_DAY = D(2026, 11, 8)  # the day the shop's stages were last computed
COMPUTER_NOW = dt.datetime(2026, 11, 22, 10, 0)  # two weeks later
FIXTURES = Path(__file__).parent / "storage" / "fixtures"
REPORTS = ["customers", "visits", "followups", "complaints", "referrals", "summary"]


def read(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute(sql).fetchall()


def stages_and_their_day(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    return (
        read(path, "SELECT id, stage FROM customers ORDER BY id"),
        read(path, "SELECT value FROM shop_settings WHERE key = 'stages_computed_on'"),
    )


@pytest.fixture
def shop_two_weeks_behind(tmp_path: Path) -> Path:
    """Bought on 15 August: New on 8 November (85 days), Dormant by the 22nd (99 days)."""
    path = tmp_path / "shop.db"
    with open_app(path, create=True) as app:
        morning = dt.datetime.combine(SHOP_DAY, dt.time(9))
        buyer = app.services.customers.create(CustomerDraft(name="张三")).id
        app.services.customers.create(CustomerDraft(name="李四"))
        purchases = PurchaseService(app.db, stage_rules=stage_rules_in, clock=lambda: morning)
        purchases.record(buyer, PurchaseDraft(D(2026, 8, 15), "茶", "19.99"))
        DailyUpkeep(app.db).run(SHOP_DAY)
    assert stages_and_their_day(path) == ([(1, "new"), (2, "prospect")], [('"2026-11-08"',)])
    return path


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "command",
    [
        ["export", *REPORTS, "--to", SHOP_DAY.isoformat()],
        ["export", *REPORTS],
        ["due", "--date", SHOP_DAY.isoformat()],
        ["due"],
    ],
)
def test_a_report_leaves_the_shop_file_as_it_was(
    shop_two_weeks_behind: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    before = fingerprint(shop_two_weeks_behind)
    extra = ["--out", str(tmp_path / "report.xlsx")] if command[0] == "export" else []
    with shop_clock.frozen_at(COMPUTER_NOW):
        assert main([*command, "--db", str(shop_two_weeks_behind), *extra]) == 0
    capsys.readouterr()
    assert fingerprint(shop_two_weeks_behind) == before
    assert stages_and_their_day(shop_two_weeks_behind) == (
        [(1, "new"), (2, "prospect")],
        [('"2026-11-08"',)],
    )


def test_an_older_file_is_upgraded_and_its_stages_left_as_they_were(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """By 2030 every buyer of this file (last seen in 2026) would be Lost: a report run then
    upgrades the file and leaves the stages to the window's daily upkeep."""
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "custdesk-0006_short_name_search.db", path)
    before = stages_and_their_day(path)
    assert (1, "regular") in before[0]  # 毛晶, last seen 28 May 2026
    with shop_clock.frozen_at(dt.datetime(2030, 1, 1, 10, 0)):
        assert main(["due", "--db", str(path), "--date", "2026-06-01"]) == 0
    capsys.readouterr()
    assert read(path, "SELECT version_num FROM alembic_version") == [(shipped_head(),)]
    assert stages_and_their_day(path) == before
