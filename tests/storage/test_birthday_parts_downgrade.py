"""Going back from revision 0004 to 0003 (Alembic's downgrade) works and keeps every customer:
a birthday with its year becomes a date again, one without its year goes to the notes."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command

from custdesk.storage.db import make_engine
from custdesk.storage.migrate import alembic_config
from tests.storage.test_released_schemas import FIXTURES, read, table_counts

REVISION, PREVIOUS = "0004_birthday_parts", "0003_clean_stored_text"


def test_a_0004_file_goes_back_to_0003_with_every_birthday_kept(tmp_path: Path) -> None:
    path = tmp_path / "custdesk.db"
    shutil.copy(FIXTURES / f"custdesk-{REVISION}.db", path)
    first, second = (row[0] for row in read(path, "SELECT id FROM customers LIMIT 2"))
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE customers SET birth_year = 1900, birth_month = 1, birth_day = 1, "
                f"notes = '' WHERE id = {first}"
            )
            connection.exec_driver_sql(
                "UPDATE customers SET birth_year = NULL, birth_month = 5, birth_day = 3, "
                f"notes = '' WHERE id = {second}"
            )
        before = table_counts(path)
        config = alembic_config()
        with engine.connect() as connection, connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, PREVIOUS)
    finally:
        engine.dispose()
    assert table_counts(path) == before
    kept = read(path, f"SELECT birthday, notes FROM customers WHERE id IN ({first}, {second})")
    assert kept == [("1900-01-01", ""), (None, "生日：--05-03")]
