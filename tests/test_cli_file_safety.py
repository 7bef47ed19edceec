"""Nothing a command is given can overwrite, fork or invent a shop file: a wrong file, a second
name for the open file, a mistyped --db."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from custdesk import clock as shop_clock
from custdesk.cli import main
from custdesk.storage.identity import APPLICATION_ID, FileKind, inspect_file
from tests.helpers import lock_holder, other_names
from tests.storage.test_identity import application_id, foreign_database

Capture = pytest.CaptureFixture[str]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop" / "shop.db"
    path.parent.mkdir()
    assert main(["demo", "--customers", "12", "--seed", "4", "--db", str(path)]) == 0
    return path


def customers(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM customers").fetchone()[0])


# -- custdesk new --------------------------------------------------------------------------------


def test_new_creates_an_empty_marked_shop_file_with_its_name(
    tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "花店.db"
    assert main(["new", "--db", str(path), "--name", "小林花店"]) == 0
    assert f"new shop file: {path}" in capsys.readouterr().out
    assert application_id(path) == APPLICATION_ID
    assert customers(path) == 0
    with closing(sqlite3.connect(path)) as connection:
        (name,) = connection.execute(
            "SELECT value FROM shop_settings WHERE key = 'shop_name'"
        ).fetchone()
    assert "小林花店" in name


def test_new_never_replaces_a_file(shop: Path, tmp_path: Path, capsys: Capture) -> None:
    before = digest(shop)
    assert main(["new", "--db", str(shop)]) == 2
    assert "already a shop file" in capsys.readouterr().err
    assert digest(shop) == before
    other = foreign_database(tmp_path / "till.db")
    assert main(["new", "--db", str(other)]) == 2
    assert "not a shop file" in capsys.readouterr().err
    assert inspect_file(other).kind is FileKind.FOREIGN


def test_new_fills_an_empty_file(tmp_path: Path) -> None:
    zero = tmp_path / "zero.db"
    zero.touch()
    assert main(["new", "--db", str(zero)]) == 0
    assert inspect_file(zero).kind is FileKind.SHOP


# -- commands don't invent files -----------------------------------------------------------------

COMMANDS = {
    "import": ["import", "IMPORT_FILE"],
    "export": ["export", "customers", "--out", "OUT"],
    "due": ["due"],
    "backup": ["backup"],
    "check": ["check"],
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("what", ["missing", "empty", "folder"])
def test_a_wrong_db_is_named_and_nothing_is_created(
    tmp_path: Path, capsys: Capture, command: str, what: str
) -> None:
    target = tmp_path / "shp.db"  # a typing slip for shop.db
    if what == "empty":
        target.touch()
    elif what == "folder":
        target = tmp_path / "a-folder"
        target.mkdir()
    import_file = tmp_path / "list.csv"
    import_file.write_text("姓名,电话\n王小明,13800138000\n", "utf-8")
    out = tmp_path / "out.xlsx"
    argv = [
        {"IMPORT_FILE": str(import_file), "OUT": str(out)}.get(arg, arg)
        for arg in COMMANDS[command]
    ]
    assert main([*argv, "--db", str(target)]) == 2
    said = capsys.readouterr().err
    expected = {
        "missing": "There is no shop file at",
        "empty": "is an empty file (0 bytes)",
        "folder": "is a folder",
    }[what]
    assert expected in said
    if what != "folder":
        assert f"custdesk new --db {target}" in said
    assert not out.exists()
    if what == "missing":
        assert not target.exists()
    elif what == "empty":
        assert target.stat().st_size == 0
    else:
        assert list(target.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        {
            "missing": ["list.csv"],
            "empty": ["list.csv", "shp.db"],
            "folder": ["a-folder", "list.csv"],
        }[what]
    )


# -- only a CustDesk file replaces a CustDesk file ------------------------------------------------


def test_restore_refuses_another_programs_file_untouched(
    shop: Path, tmp_path: Path, capsys: Capture
) -> None:
    other = foreign_database(tmp_path / "other.db")
    shop_before, other_before = digest(shop), digest(other)
    assert main(["restore", str(other), "--db", str(shop)]) == 2
    assert "another program" in capsys.readouterr().err
    assert digest(shop) == shop_before and digest(other) == other_before
    assert not (shop.parent / "shop.db.backups").exists()  # nothing was even backed up
    assert main(["check", "--db", str(shop)]) == 0


def test_restore_refuses_a_text_file_and_the_shop_file_itself(
    shop: Path, tmp_path: Path, capsys: Capture
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("顾客\n", "utf-8")
    before = digest(shop)
    assert main(["restore", str(notes), "--db", str(shop)]) == 2
    assert "not a CustDesk shop file" in capsys.readouterr().err
    link = tmp_path / "same.db"
    link.hardlink_to(shop)
    assert main(["restore", str(link), "--db", str(shop)]) == 2
    assert "the shop file itself" in capsys.readouterr().err
    assert digest(shop) == before


def test_restore_never_moves_another_programs_file_aside(
    shop: Path, tmp_path: Path, capsys: Capture
) -> None:
    backup = tmp_path / "copy.db"
    assert main(["backup", "--to", str(backup), "--db", str(shop)]) == 0
    other = foreign_database(tmp_path / "till.db")
    before = digest(other)
    assert main(["restore", str(backup), "--db", str(other)]) == 2
    assert "another program" in capsys.readouterr().err
    assert digest(other) == before
    assert not list(tmp_path.glob("till.db.corrupt-*"))


def test_restore_onto_a_deleted_file_recovers_it(shop: Path, tmp_path: Path) -> None:
    backup = tmp_path / "copy.db"
    assert main(["backup", "--to", str(backup), "--db", str(shop)]) == 0
    shop.unlink()
    assert main(["restore", str(backup), "--db", str(shop)]) == 0
    assert customers(shop) == 12


def test_check_says_a_foreign_file_is_not_a_custdesk_file(tmp_path: Path, capsys: Capture) -> None:
    other = foreign_database(tmp_path / "other.db")
    assert main(["check", "--db", str(other)]) == 1
    out = capsys.readouterr().out
    assert "not a CustDesk file" in out and "ok" not in out.split()


# -- one writer per file, however it is named ------------------------------------------------------


def test_while_the_window_is_open_no_other_name_reaches_the_file_to_write(
    shop: Path, tmp_path: Path, capsys: Capture
) -> None:
    backup = tmp_path / "copy.db"
    assert main(["backup", "--to", str(backup), "--db", str(shop)]) == 0
    import_file = tmp_path / "list.csv"
    import_file.write_text("姓名,电话\n新客户,13900139000\n", "utf-8")
    names = other_names(shop)
    before = customers(shop)
    with lock_holder(shop) as window:
        for how, name in names.items():
            for argv in (
                ["import", str(import_file)],
                ["restore", str(backup)],
                ["demo", "--customers", "3"],
                ["new", "--name", "x"],
            ):
                code = main([*argv, "--db", str(name)])
                said = capsys.readouterr().err
                assert code == 2, (how, argv)
                if argv[0] != "new":
                    assert f"process {window.pid} (holder)" in said, (how, argv)
    assert customers(shop) == before


def test_read_only_commands_work_while_the_window_is_open(
    shop: Path, tmp_path: Path, capsys: Capture
) -> None:
    names = other_names(shop)
    with lock_holder(shop):
        for name in (shop, *names.values()):
            assert main(["check", "--db", str(name)]) == 0
            assert main(["due", "--db", str(name)]) == 0
            assert main(["backup", "--db", str(name)]) == 0
            out = tmp_path / "list.xlsx"
            assert main(["export", "customers", "--out", str(out), "--db", str(name)]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("how", ["direct", "relative", "symlink", "hard link"])
def test_backup_to_the_live_file_itself_is_refused(shop: Path, capsys: Capture, how: str) -> None:
    target = shop if how == "direct" else other_names(shop)[how]
    before = digest(shop)
    assert main(["backup", "--to", str(target), "--db", str(shop)]) == 2
    assert "the shop file itself" in capsys.readouterr().err
    assert digest(shop) == before


def test_backup_to_never_replaces_a_file(shop: Path, tmp_path: Path, capsys: Capture) -> None:
    report = tmp_path / "report.xlsx"
    report.write_bytes(b"PK\x03\x04 a workbook")
    other_shop = tmp_path / "second-shop.db"
    assert main(["new", "--db", str(other_shop), "--name", "second"]) == 0
    old = tmp_path / "old-backup.db"
    assert main(["backup", "--to", str(old), "--db", str(shop)]) == 0
    capsys.readouterr()
    for target in (report, other_shop, old):
        before = digest(target)
        assert main(["backup", "--to", str(target), "--db", str(shop)]) == 2
        assert "a backup never replaces one" in capsys.readouterr().err
        assert digest(target) == before
    assert customers(other_shop) == 0
    zero = tmp_path / "zero.db"
    zero.touch()
    assert main(["backup", "--to", str(zero), "--db", str(shop)]) == 0
    assert customers(zero) == 12


@pytest.mark.parametrize("how", ["direct", "relative", "symlink", "hard link"])
def test_export_never_writes_over_the_shop_file(shop: Path, capsys: Capture, how: str) -> None:
    target = shop if how == "direct" else other_names(shop)[how]
    before = digest(shop)
    assert main(["export", "customers", "--out", str(target), "--db", str(shop)]) == 2
    assert "does not end in .xlsx" in capsys.readouterr().err
    assert digest(shop) == before


def test_export_replaces_only_a_workbook(shop: Path, tmp_path: Path, capsys: Capture) -> None:
    disguised = tmp_path / "shop-copy.xlsx"
    disguised.write_bytes(shop.read_bytes())  # a database renamed .xlsx is still not a workbook
    foreign = foreign_database(tmp_path / "till.xlsx")
    for target in (disguised, foreign):
        before = digest(target)
        assert main(["export", "customers", "--out", str(target), "--db", str(shop)]) == 2
        assert "is not an Excel workbook, so it was not replaced" in capsys.readouterr().err
        assert digest(target) == before
    workbook = tmp_path / "last-month.xlsx"
    assert main(["export", "customers", "--out", str(workbook), "--db", str(shop)]) == 0
    assert main(["export", "visits", "--out", str(workbook), "--db", str(shop)]) == 0  # replaced


# -- due --date within bounds ----------------------------------------------------------------------


@pytest.mark.parametrize("day", ["9999-12-31", "1899-12-31"])
def test_due_for_a_date_out_of_range_is_a_clear_error(
    shop: Path, capsys: Capture, day: str
) -> None:
    assert main(["due", "--date", day, "--db", str(shop)]) == 2
    said = capsys.readouterr().err
    assert f"--date {day} is out of range" in said
    assert "Traceback" not in said


def test_due_at_both_bounds_prints_the_agenda(shop: Path, capsys: Capture) -> None:
    last = shop_clock.today().replace(year=shop_clock.today().year + 10) + dt.timedelta(days=0)
    for day in ("1900-01-01", last.isoformat()):
        assert main(["due", "--date", day, "--db", str(shop)]) == 0
    capsys.readouterr()


def test_every_name_reads_the_newest_saves_and_backs_up_into_one_folder(
    shop: Path, capsys: Capture
) -> None:
    """SQLite finds a file's newest commits in <name>-wal by the name it was opened with: through
    a hard link it would read (and back up) the file without them."""
    from custdesk.app import open_app
    from custdesk.services.customers.records import CustomerDraft

    names = other_names(shop)
    with open_app(shop) as window:  # its save stays in shop.db-wal while it is open
        window.services.customers.create(CustomerDraft(name="刚保存的"))
        capsys.readouterr()
        for how, name in names.items():
            assert main(["check", "--db", str(name)]) == 0
            assert "customers: 13" in capsys.readouterr().out, how
            assert main(["backup", "--db", str(name)]) == 0
            made = Path(capsys.readouterr().out.strip().removeprefix("backup: "))
            assert made.parent == shop.with_name("shop.db.backups"), how
            assert customers(made) == 13, how
    beside_others = [
        p for p in shop.parent.parent.rglob("*") if p.name.endswith((".backups", "-wal"))
    ]
    assert [p for p in beside_others if p.parent != shop.parent] == []  # none beside other names


def test_a_text_file_is_never_taken_for_a_damaged_shop_file(
    shop: Path, tmp_path: Path, capsys: Capture
) -> None:
    backup = tmp_path / "copy.db"
    assert main(["backup", "--to", str(backup), "--db", str(shop)]) == 0
    text = tmp_path / "text.db"
    text.write_text("hi\n", "utf-8")
    assert main(["restore", str(backup), "--db", str(text)]) == 2
    assert "not a database at all" in capsys.readouterr().err
    assert text.read_text("utf-8") == "hi\n"
    assert not list(tmp_path.glob("text.db.corrupt-*"))
    assert main(["check", "--db", str(text)]) == 1
    assert "not a CustDesk file" in capsys.readouterr().out


def test_a_file_where_a_folder_should_be_is_said_without_a_traceback(
    tmp_path: Path, capsys: Capture
) -> None:
    in_the_way = tmp_path / "customers.csv"
    in_the_way.write_text("姓名\n", "utf-8")
    assert main(["new", "--db", str(in_the_way / "shop.db")]) == 2
    said = capsys.readouterr().err
    assert "Traceback" not in said and str(in_the_way) in said
    assert in_the_way.read_text("utf-8") == "姓名\n"


def test_the_lock_keeps_the_data_folder_private(tmp_path: Path, private_user_dirs: Path) -> None:
    import stat

    from custdesk.paths import default_data_dir

    shop = tmp_path / "shop.db"
    assert main(["new", "--db", str(shop)]) == 0
    assert main(["demo", "--customers", "2", "--db", str(shop)]) == 0  # takes the lock
    assert stat.S_IMODE(default_data_dir().stat().st_mode) == 0o700


@pytest.mark.parametrize("suffix", ["-journal", "-wal", "-shm", "-mj0A1B2C3D"])
def test_no_file_takes_the_name_of_one_of_sqlites_working_files(
    shop: Path, tmp_path: Path, capsys: Capture, suffix: str
) -> None:
    """A copy named shop.db-journal is a 'hot journal' to SQLite: the healthy shop then could
    not be opened and was offered for 'recovery' (found by a new-clerk test)."""
    working = shop.with_name(shop.name + suffix)
    backup = tmp_path / "copy.db"
    assert main(["backup", "--to", str(backup), "--db", str(shop)]) == 0
    for argv in (
        ["backup", "--to", str(working), "--db", str(shop)],
        ["new", "--db", str(working)],
        ["restore", str(backup), "--db", str(working)],
        ["demo", "--customers", "2", "--db", str(working)],
    ):
        assert main(argv) == 2, argv
        assert "the name SQLite gives to a working file" in capsys.readouterr().err
        # SQLite's own -shm may be there; never a database under that name
        assert not working.exists() or not working.read_bytes().startswith(b"SQLite"), argv
    assert main(["check", "--db", str(shop)]) == 0


def test_a_stray_journal_is_never_played_into_a_new_file(
    shop: Path, tmp_path: Path, capsys: Capture
) -> None:
    backup = tmp_path / "copy.db"
    assert main(["backup", "--to", str(backup), "--db", str(shop)]) == 0
    target = tmp_path / "restored.db"
    stray = tmp_path / "restored.db-journal"
    stray.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))  # a journal's header
    assert main(["new", "--db", str(target)]) == 2
    assert "SQLite would play it into the new one" in capsys.readouterr().err
    assert not target.exists()
    # Restoring a deleted file keeps what it left aside, then puts the backup in its place.
    assert main(["restore", str(backup), "--db", str(target)]) == 0
    assert "kept aside as" in capsys.readouterr().out
    assert not stray.exists() and len(list(tmp_path.glob("restored.db-journal.orphan-*"))) == 1
    assert main(["check", "--db", str(target)]) == 0
    assert customers(target) == 12


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--customers", "-5"], "--customers must be 1 to"),
        (["--customers", "3", "--today", "0001-01-01"], "--today must lie between"),
        (["--customers", "3", "--today", "9999-12-31"], "--today must lie between"),
    ],
)
def test_demo_arguments_are_checked_before_a_file_is_made(
    tmp_path: Path, capsys: Capture, argv: list[str], said: str
) -> None:
    target = tmp_path / "dm.db"
    assert main(["demo", *argv, "--db", str(target)]) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert not target.exists()
