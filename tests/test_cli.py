"""The custdesk command as a clerk or a script would run it."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

import custdesk
from custdesk import __version__
from custdesk.cli import main
from custdesk.services.customers.calendar import Birthday
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.migrate import upgrade_database
from tests.case_files import IMPORT_CASES
from tests.helpers import lock_holder, run_cli
from tests.storage.test_released_schemas import FIXTURES

TODAY = "2026-11-22"


def table_dump(path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"custdesk {__version__}"


@pytest.mark.parametrize(
    "command",
    ["gui", "demo", "check", "due", "find", "export", "import", "screenshot", "backup", "restore"],
)
def test_every_sub_command_has_help_naming_db(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    assert caught.value.code == 0
    assert "--db PATH" in capsys.readouterr().out


def test_demo_then_check_reports_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    assert (
        main(["demo", "--customers", "150", "--seed", "4", "--today", TODAY, "--db", str(db)]) == 0
    )
    assert "150 customers" in capsys.readouterr().out
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "ok"
    assert "customers: 150" in out[0]


def test_demo_is_the_same_for_the_same_seed_and_differs_for_another(tmp_path: Path) -> None:
    paths = {name: tmp_path / f"{name}.db" for name in ("a", "b", "c")}
    for name, seed in (("a", "9"), ("b", "9"), ("c", "10")):
        args = ["demo", "--customers", "120", "--seed", seed, "--today", TODAY]
        assert main([*args, "--db", str(paths[name])]) == 0
    tables = ("customers", "customer_phones", "customer_tags", "purchases", "visits", "follow_ups")
    for table in (*tables, "referrals", "referral_rewards", "complaints"):
        assert table_dump(paths["a"], table) == table_dump(paths["b"], table), table
    assert table_dump(paths["a"], "customers") != table_dump(paths["c"], "customers")


def test_demo_refuses_a_database_that_has_customers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.db"
    assert main(["demo", "--customers", "10", "--db", str(db)]) == 0
    before = table_dump(db, "customers")
    assert main(["demo", "--customers", "10", "--db", str(db)]) == 2
    assert "already has 10 customers" in capsys.readouterr().err
    assert table_dump(db, "customers") == before


def test_check_finds_broken_links(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shop.db"
    assert main(["demo", "--customers", "20", "--db", str(db)]) == 0
    with sqlite3.connect(db) as connection:  # foreign keys are off in a plain connection
        connection.execute(
            "INSERT INTO purchases (customer_id, purchased_on, item, amount_cents)"
            " VALUES (424242, '2026-01-01', 'ghost', 100)"
        )
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "broken link: purchases" in out
    assert "DAMAGED" in out


def test_check_finds_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shop.db"
    assert main(["demo", "--customers", "300", "--db", str(db)]) == 0
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 40), page * 2):
        data[offset : offset + 64] = b"\xa5" * 64  # scribble over b-tree page headers
    db.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    assert "DAMAGED" in capsys.readouterr().out


def test_check_without_a_database_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no shop file" in capsys.readouterr().err
    assert not (tmp_path / "missing.db").exists()


def test_a_second_instance_is_told_who_holds_the_database_and_writes_nothing(
    tmp_path: Path,
) -> None:
    db = tmp_path / "shop.db"
    with lock_holder(db) as holder:
        result = run_cli("demo", "--customers", "5", "--db", str(db))
    assert result.returncode == 2
    assert f"process {holder.pid} (holder)" in result.stderr
    assert not db.exists() or db.stat().st_size == 0


def test_the_default_database_lives_in_a_private_user_folder(private_user_dirs: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(private_user_dirs / "data")}
    result = run_cli("demo", "--customers", "5", env=env)
    assert result.returncode == 0, result.stderr
    folder = private_user_dirs / "data" / "CustDesk"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "custdesk.db").stat().st_mode) == 0o600
    assert run_cli("check", env=env).stdout.splitlines()[-1] == "ok"


@pytest.fixture
def due_shop(tmp_path: Path) -> Path:
    """A shop with a follow-up two days late and a birthday in three days (on 2026-11-22)."""
    import datetime as dt

    from custdesk.app import open_app
    from custdesk.services.contacts.follow_ups import FollowUpService
    from custdesk.services.customers.records import CustomerDraft

    db = tmp_path / "shop.db"
    with open_app(db, create=True) as app:
        morning = dt.datetime(2026, 11, 20, 9, 0)
        customers = app.services.customers
        late = customers.create(CustomerDraft(name="张三", phones=("13800138000",))).id
        customers.create(CustomerDraft(name="李四", birthday=Birthday(11, 25, 1990)))
        FollowUpService(app.db, stage_rules=stage_rules_in, clock=lambda: morning).schedule(
            late, dt.date(2026, 11, 20), "回访"
        )
    return db


ZH_HEADINGS = ["客户档案台 今日 2026-11-22", "逾期回访（1）", "今日待回访（0）", "未结投诉：0"]
EN_HEADINGS = ["CustDesk Today 2026-11-22", "Overdue follow-ups (1)", "Due today (0)"]


@pytest.mark.parametrize(
    ("language", "headings", "late", "turns", "foreign"),
    [
        ("zh_CN", ZH_HEADINGS, "逾期 2 天", "36岁", re.compile("[A-Za-z]")),
        ("en", EN_HEADINGS, "2 days late", "turns 36", re.compile("[\u4e00-\u9fff]")),
    ],
)
def test_due_prints_the_days_agenda_in_one_language(
    due_shop: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    headings: list[str],
    late: str,
    turns: str,
    foreign: re.Pattern[str],
) -> None:
    assert main(["due", "--db", str(due_shop), "--date", TODAY, "--lang", language]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if line in headings] == headings
    assert f"  2026-11-20  {late}  张三  138 0013 8000  回访" in lines
    assert f"  2026-11-25  李四  {turns}  -" in lines
    other_words = [line for line in lines if line[:1] not in ("", " ") and foreign.search(line)]
    assert other_words == []  # every heading in the one language


@pytest.mark.parametrize(
    ("environment", "first_line"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "客户档案台 今日 2026-11-22"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"}, "CustDesk Today 2026-11-22"),
        ({"LANG": "en_US.UTF-8", "CUSTDESK_LANG": "zh_CN"}, "客户档案台 今日 2026-11-22"),
        ({"LANG": "C.UTF-8"}, "CustDesk Today 2026-11-22"),
    ],
)
def test_due_speaks_the_language_the_window_would(
    due_shop: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
    first_line: str,
) -> None:
    """Without --lang: $CUSTDESK_LANG, else the system's locale, as the window picks."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "CUSTDESK_LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert main(["due", "--db", str(due_shop), "--date", TODAY]) == 0
    assert capsys.readouterr().out.splitlines()[0] == first_line


def test_due_without_a_database_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "--db", str(tmp_path / "none.db")]) == 2
    assert "no shop file" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_export_then_import_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    shop, empty = tmp_path / "shop.db", tmp_path / "new.db"
    assert (
        main(["demo", "--customers", "60", "--seed", "2", "--today", TODAY, "--db", str(shop)]) == 0
    )
    out = tmp_path / "customers.xlsx"
    assert (
        main(
            ["export", "customers", "summary", "--out", str(out), "--lang", "en", "--db", str(shop)]
        )
        == 0
    )
    assert "export: " in capsys.readouterr().out
    assert openpyxl.load_workbook(out).sheetnames == ["Customers", "Monthly summary"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    assert main(["new", "--db", str(empty)]) == 0
    assert main(["import", str(out), "--on-duplicate", "new", "--db", str(empty)]) == 0
    assert (
        "imported: 60; updated: 0; already up to date: 0; merged into an earlier row with the same "
        "phone: 0; skipped: 0" in (capsys.readouterr().out)
    )
    errors = tmp_path / "errors.xlsx"
    again = ["import", str(out), "--errors", str(errors), "--db", str(empty)]
    assert main(again) == 1  # every phone is on file now: nothing imported
    printed = capsys.readouterr().out
    assert "imported: 0;" in printed
    assert "The phone number is already on file, so the row was not imported." in printed
    assert openpyxl.load_workbook(errors).active.max_row == 3 + 60


def test_import_refuses_a_hostile_file_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert main(["new", "--db", str(tmp_path / "x.db")]) == 0
    assert main(["import", str(bad), "--db", str(tmp_path / "x.db")]) == 2
    assert "password-protected" in capsys.readouterr().err


def test_screenshot_pictures_every_page_of_a_demo_shop(
    tmp_path: Path, private_user_dirs: Path
) -> None:
    out = tmp_path / "shots"
    result = run_cli("screenshot", "--out", str(out), "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage  # Qt only for reading the pictures back

    names = sorted(path.name for path in out.iterdir())
    assert {stat.S_IMODE(path.stat().st_mode) for path in out.iterdir()} == {0o600}
    pages = ["today", "customers", "visits", "referrals", "complaints", "reports", "backups"]
    assert names == sorted(f"{name}-zh_CN.png" for name in [*pages, "settings", "about"])
    for name in pages:
        image = QImage(str(out / f"{name}-zh_CN.png"))
        assert (image.width(), image.height()) == (1280, 820)
        colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 820, 16)}
        assert len(colours) > 20, f"{name} looks blank"
    clerks_file = private_user_dirs / "data" / "CustDesk" / "custdesk.db"
    assert not clerks_file.exists()  # the clerk's own file was not touched


def test_backup_while_the_window_has_the_file_then_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = tmp_path / "shop.db"
    assert (
        main(["demo", "--customers", "40", "--seed", "2", "--today", TODAY, "--db", str(shop)]) == 0
    )
    with lock_holder(shop):  # the window has it open: a backup still works, read-only
        assert main(["backup", "--db", str(shop)]) == 0
    made = capsys.readouterr().out.strip().splitlines()[-1].removeprefix("backup: ")
    assert Path(made).parent == tmp_path / "shop.db.backups"
    before = table_dump(shop, "customers")
    with closing(sqlite3.connect(shop)) as connection, connection:
        connection.execute("DELETE FROM customers WHERE id > 10")
    assert main(["restore", made, "--db", str(shop)]) == 0
    assert table_dump(shop, "customers") == before
    assert "before-restore" in capsys.readouterr().out
    assert main(["backup", "--list", "--db", str(shop)]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert [line.split()[2] for line in listing] == ["before-restore", "manual"]
    assert "40 customers" in listing[1] and "10 customers" in listing[0]


def test_backup_list_says_one_customer_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = tmp_path / "shop.db"
    assert (
        main(["demo", "--customers", "1", "--seed", "2", "--today", TODAY, "--db", str(shop)]) == 0
    )
    assert main(["backup", "--db", str(shop)]) == 0
    capsys.readouterr()
    assert main(["backup", "--list", "--db", str(shop)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert re.search(r" 1 customer  ", line), line
    assert main(["--lang", "zh_CN", "backup", "--list", "--db", str(shop)]) == 0
    assert " 1 位客户  " in capsys.readouterr().out


def test_restore_replaces_a_damaged_file_and_keeps_it_aside(tmp_path: Path) -> None:
    shop = tmp_path / "shop.db"
    main(["demo", "--customers", "20", "--seed", "2", "--today", TODAY, "--db", str(shop)])
    copy = tmp_path / "copy.db"
    assert main(["backup", "--to", str(copy), "--db", str(shop)]) == 0
    with shop.open("r+b") as handle:
        handle.seek(0)
        handle.write(b"\0" * 100)  # the header is gone
    assert main(["restore", str(copy), "--db", str(shop)]) == 0
    assert main(["check", "--db", str(shop)]) == 0
    (aside,) = [
        p for p in tmp_path.glob("shop.db.corrupt-*") if not p.name.endswith(("-wal", "-shm"))
    ]
    assert aside.read_bytes()[:100] == b"\0" * 100  # the damaged file is kept as it was


def test_check_lists_a_phone_that_cleaning_revealed_on_two_customers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = tmp_path / "shop.db"
    shutil.copy(FIXTURES / "custdesk-0002_customer_search.db", shop)
    with closing(sqlite3.connect(shop)) as connection, connection:
        (first, first_name), (second, second_name) = connection.execute(
            "SELECT id, name FROM customers ORDER BY id LIMIT 2"
        ).fetchall()
        number = connection.execute(
            "SELECT min(number) FROM customer_phones WHERE customer_id = ?", (first,)
        ).fetchone()[0]
        full_width = number[:-1] + chr(ord(number[-1]) + 0xFEE0)  # stored before cleaning
        connection.execute(
            "INSERT INTO customer_phones (customer_id, number) VALUES (?, ?)", (second, full_width)
        )
    upgrade_database(shop)  # as opening it in the window or any command does

    assert main(["check", "--db", str(shop)]) == 0  # a warning to merge, not damage
    out = capsys.readouterr().out.splitlines()
    assert (
        f"duplicate phone: {number} is on customers {first} ({first_name}) and "
        f"{second} ({second_name})"
    ) in out
    assert "a warning, not damage" in out[-2]
    assert out[-1] == "ok"


CASES = IMPORT_CASES  # copies of ../shared/cases/import, committed for CI


def test_import_lists_the_rows_that_lost_invisible_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop, csv_file = tmp_path / "shop.db", tmp_path / "客户.csv"
    csv_file.write_text(
        "姓名,电话,备注\n"
        "A\x0bB,13800138000,ok\n"
        "李四,13900139000,备\x0c注\uffff\n"
        "\x0b,,neither name nor phone: skipped, never listed as imported\n",
        encoding="utf-8",
    )
    assert main(["new", "--db", str(shop)]) == 0
    capsys.readouterr()
    assert main(["import", str(csv_file), "--db", str(shop)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(
        "import: imported: 2; updated: 0; already up to date: 0; merged into an earlier row with "
        "the same phone: 0; skipped: 1; with invisible characters removed: 2"
    )
    assert out[1:] == [
        "  Row 4: No name and no phone, so it was not imported.",
        "  row 2: imported; removed invisible characters U+000B from name",
        "  row 3: imported; removed invisible characters U+000C, U+FFFF from notes",
    ]


def test_import_of_csv_with_cr_only_line_ends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = tmp_path / "shop.db"
    assert main(["new", "--db", str(shop)]) == 0
    assert main(["import", str(CASES / "gbk-cr-line-ends.csv"), "--db", str(shop)]) == 0
    assert "imported: 1;" in capsys.readouterr().out
    assert [row[1] for row in table_dump(shop, "customers")] == ["张伟"]


def test_import_of_a_csv_the_csv_module_cannot_read_says_so_without_a_traceback(
    tmp_path: Path,
) -> None:
    shop, broken = tmp_path / "shop.db", tmp_path / "broken.csv"
    broken.write_text('姓名,电话\n张三,"13800138000\n' + "x" * 200_000, encoding="utf-8")
    assert main(["new", "--db", str(shop)]) == 0
    result = run_cli("import", str(broken), "--db", str(shop))
    assert result.returncode == 2
    assert result.stderr.startswith("custdesk: broken.csv could not be read as a CSV file")
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("dates", "said"),
    [
        (["--from", "9999-12-31"], "--from 9999-12-31 is out of range"),
        (["--to", "1899-12-31"], "--to 1899-12-31 is out of range"),
        (["--from", "2026-03-01", "--to", "2026-02-01"], "--from 2026-03-01 is after --to"),
    ],
)
def test_export_refuses_dates_out_of_range_or_in_the_wrong_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dates: list[str], said: str
) -> None:
    shop, out = tmp_path / "shop.db", tmp_path / "visits.xlsx"
    assert main(["new", "--db", str(shop)]) == 0
    capsys.readouterr()
    assert main(["export", "visits", "--out", str(out), *dates, "--db", str(shop)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"custdesk: {said}")
    assert "1900-01-01 and " in err[0]  # names the allowed range
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("shop.db")] == []


def test_a_command_on_a_file_elsewhere_makes_the_data_folder_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop = tmp_path / "shop.db"
    assert main(["new", "--db", str(shop)]) == 0
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh-data"))  # as on a new account
    out = tmp_path / "customers.xlsx"
    umask = os.umask(0o022)  # the usual one, which gives new folders 0755
    try:
        assert main(["export", "customers", "--out", str(out), "--db", str(shop)]) == 0
    finally:
        os.umask(umask)
    folder = tmp_path / "fresh-data" / "CustDesk"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "scratch").stat().st_mode) == 0o700


def test_python_dash_m_custdesk_is_the_custdesk_command(tmp_path: Path) -> None:
    """``python -m custdesk`` runs the same command (a clerk's trial found no __main__)."""
    done = subprocess.run(
        [sys.executable, "-m", "custdesk", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(custdesk.__file__).parent.parent)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "usage: custdesk" in done.stdout


@pytest.mark.parametrize("argv", [["--lang", "zh_CN"], ["gui", "--lang", "zh_CN"]])
def test_lang_opens_the_window_in_that_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    # A trial: `custdesk --lang zh_CN --db shop.db` opened an English window.
    from custdesk.ui.shell import launch

    opened: list[tuple[Path, str | None]] = []
    monkeypatch.setattr(
        launch, "run_gui", lambda path, language=None: opened.append((path, language)) or 0
    )
    monkeypatch.delenv("CUSTDESK_LANG", raising=False)
    shop = tmp_path / "shop.db"
    assert main([*argv, "--db", str(shop)]) == 0
    assert opened == [(shop, "zh_CN")]
