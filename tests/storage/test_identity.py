"""A shop file is recognised by its mark (SQLite's application_id), or, from before the mark, by
its Alembic history and tables; everything else is refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from custdesk.app import open_app
from custdesk.errors import (
    ForeignDatabaseError,
    NoShopFileError,
    NotACustDeskDatabaseError,
    SchemaTooNewError,
    ShopFileExistsError,
)
from custdesk.services.shop.backups import BackupService, open_copy_read_only
from custdesk.storage.db import Database
from custdesk.storage.identity import (
    APPLICATION_ID,
    FileKind,
    inspect_file,
    shipped_revisions,
)
from custdesk.storage.migrate import MIGRATIONS_DIR, create_shop_file, head_revision

FIXTURES = Path(__file__).parent / "fixtures"


def application_id(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("PRAGMA application_id").fetchone()[0])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def foreign_database(path: Path, *, with_customers_table: bool = False) -> Path:
    """Another program's SQLite file (a WeChat export, a POS till's database...)."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO orders (total) VALUES (19.99)")
        if with_customers_table:  # looks like ours at a glance, but has no history of ours
            connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    return path


def test_a_new_shop_file_carries_the_mark(tmp_path: Path) -> None:
    shop = tmp_path / "shop.db"
    create_shop_file(shop)
    assert application_id(shop) == APPLICATION_ID
    assert inspect_file(shop).kind is FileKind.SHOP
    assert not [p for p in tmp_path.iterdir() if ".creating" in p.name]  # no temporary left


# The versions released before files were marked; every later fixture is marked.
UNMARKED_RELEASES = ["0001_baseline", "0002_customer_search"]


@pytest.mark.parametrize("revision", UNMARKED_RELEASES)
def test_a_file_of_an_earlier_version_is_recognised_and_stamped_when_opened(
    tmp_path: Path, revision: str
) -> None:
    old = shutil.copyfile(FIXTURES / f"custdesk-{revision}.db", tmp_path / "old.db")
    assert application_id(old) == 0  # released versions did not mark their files
    assert inspect_file(old).kind is FileKind.UNMARKED_SHOP
    with open_app(old) as app:
        customers = app.services.overview.overview().customers
    assert customers > 0
    assert application_id(old) == APPLICATION_ID


def test_a_backup_of_a_marked_file_is_marked(db: Database, db_path: Path) -> None:
    from custdesk.services.shop.settings import SettingsService

    made = BackupService(db, db_path, SettingsService(db)).back_up("manual")
    assert made is not None
    assert application_id(made.path) == APPLICATION_ID
    assert inspect_file(made.path).kind is FileKind.SHOP


@pytest.mark.parametrize("with_customers_table", [False, True])
def test_another_programs_database_is_foreign(tmp_path: Path, with_customers_table: bool) -> None:
    other = foreign_database(tmp_path / "till.db", with_customers_table=with_customers_table)
    assert inspect_file(other).kind is FileKind.FOREIGN


def test_a_file_marked_by_another_program_is_foreign_even_with_our_tables(tmp_path: Path) -> None:
    shop = tmp_path / "shop.db"
    create_shop_file(shop)
    with closing(sqlite3.connect(shop)) as connection:
        connection.execute("PRAGMA application_id = 1234")
    assert inspect_file(shop).kind is FileKind.FOREIGN


def test_an_empty_sqlite_database_is_not_a_shop_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    with closing(sqlite3.connect(empty)) as connection:
        connection.execute("PRAGMA user_version = 1")  # a header, no tables
    assert inspect_file(empty).kind is FileKind.FOREIGN


def test_kinds_of_paths_that_are_no_file(tmp_path: Path) -> None:
    (tmp_path / "zero.db").touch()
    (tmp_path / "notes.txt").write_text("顾客名单\n", "utf-8")
    assert inspect_file(tmp_path / "missing.db").kind is FileKind.MISSING
    assert inspect_file(tmp_path).kind is FileKind.FOLDER
    assert inspect_file(tmp_path / "zero.db").kind is FileKind.EMPTY
    assert inspect_file(tmp_path / "notes.txt").kind is FileKind.OTHER_FILE


def test_only_a_file_shaped_like_a_database_can_be_a_damaged_one(tmp_path: Path) -> None:
    """A wiped header is offered for recovery from a backup; a text file, a workbook or a short
    file is not a database at all and is refused untouched."""
    wiped = tmp_path / "wiped.db"
    create_shop_file(wiped)
    with wiped.open("r+b") as handle:
        handle.write(b"\0" * 100)
    scribbled = tmp_path / "scribbled.db"
    scribbled.write_bytes(bytes(range(256)) * 32)
    page_of_text = tmp_path / "page-of-text.db"
    page_of_text.write_text("客户名单\n" * 512, "utf-8")  # 6,656 bytes: 13 whole 512-byte pages
    workbook = tmp_path / "list.db"
    workbook.write_bytes(b"PK\x03\x04" + bytes(4092))
    short = tmp_path / "short.db"
    short.write_bytes(bytes(300))
    assert inspect_file(wiped).kind is FileKind.NOT_SQLITE
    assert inspect_file(scribbled).kind is FileKind.NOT_SQLITE
    for other in (page_of_text, workbook, short):
        assert inspect_file(other).kind is FileKind.OTHER_FILE, other.name


def test_a_marked_file_from_a_newer_version_is_too_new(tmp_path: Path) -> None:
    shop = tmp_path / "shop.db"
    create_shop_file(shop)
    with closing(sqlite3.connect(shop)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    assert inspect_file(shop).kind is FileKind.TOO_NEW
    with pytest.raises(SchemaTooNewError):
        open_app(shop)


def test_shipped_revisions_agree_with_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    alembic_ids = {r.revision for r in ScriptDirectory.from_config(config).walk_revisions()}
    assert shipped_revisions() == alembic_ids
    assert max(shipped_revisions()) == head_revision()


def test_starting_on_another_programs_database_refuses_it_untouched(tmp_path: Path) -> None:
    other = foreign_database(tmp_path / "till.db")
    before = digest(other)
    with pytest.raises(ForeignDatabaseError):
        open_app(other)
    with pytest.raises(ForeignDatabaseError):
        open_app(other, create=True)
    assert digest(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["till.db"]


def test_a_text_file_is_refused_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database", "utf-8")
    with pytest.raises(NotACustDeskDatabaseError):
        open_app(notes)
    assert notes.read_text("utf-8") == "not a database"


def test_open_app_does_not_invent_a_file_unless_asked(tmp_path: Path) -> None:
    missing = tmp_path / "mistyped.db"
    with pytest.raises(NoShopFileError) as caught:
        open_app(missing)
    assert "custdesk new" in str(caught.value)
    assert not missing.exists()
    zero = tmp_path / "zero.db"
    zero.touch()
    with pytest.raises(NoShopFileError):
        open_app(zero)
    assert zero.stat().st_size == 0
    with pytest.raises(NoShopFileError) as folder:
        open_app(tmp_path)
    assert "is a folder" in str(folder.value)


def test_creating_never_replaces_a_file(tmp_path: Path) -> None:
    shop = tmp_path / "shop.db"
    create_shop_file(shop)
    before = digest(shop)
    with pytest.raises(ShopFileExistsError) as caught:
        create_shop_file(shop)
    assert caught.value.is_shop
    assert digest(shop) == before
    other = foreign_database(tmp_path / "till.db")
    with pytest.raises(ShopFileExistsError):
        create_shop_file(other)


def test_an_empty_file_is_replaced_by_a_new_shop_file(tmp_path: Path) -> None:
    zero = tmp_path / "zero.db"
    zero.touch()
    create_shop_file(zero)
    assert inspect_file(zero).kind is FileKind.SHOP


def test_a_creation_that_fails_half_way_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from custdesk.storage import migrate

    real = migrate.upgrade_database

    def fail_after_building(path: Path, **kwargs: object) -> object:
        real(path)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(migrate, "upgrade_database", fail_after_building)
    with pytest.raises(Exception, match="space"):
        create_shop_file(tmp_path / "shop.db")
    assert list(tmp_path.iterdir()) == []


def test_restore_and_open_backup_refuse_another_programs_database(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    from custdesk.services.shop.settings import SettingsService

    backups = BackupService(db, db_path, SettingsService(db))
    other = foreign_database(tmp_path / "till.db")
    before, shop_before = digest(other), db.write_seq()
    with pytest.raises(ForeignDatabaseError):
        backups.restore(other)
    with pytest.raises(ForeignDatabaseError):
        open_copy_read_only(other, tmp_path)
    assert digest(other) == before
    assert db.write_seq() == shop_before
    assert backups.backups() == []  # not even a before-restore copy was made
