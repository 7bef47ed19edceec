"""A customer file holds phone numbers and birthdays: every file CustDesk writes is readable by
this user only, and no phone number reaches a log."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from custdesk.app import open_app
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.spreadsheets.customer_import import OnDuplicate
from custdesk.services.spreadsheets.excel_export import write_workbook
from custdesk.services.spreadsheets.import_files import Table

PHONES = ["13812345678", "13987654321", "15011112222"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_is_private_and_no_phone_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("alembic", "custdesk"):  # the GUI's start quiets alembic; hear everything here
        caplog.set_level(logging.DEBUG, logger=name)
    db_path = tmp_path / "shop" / "custdesk.db"
    out = tmp_path / "exports" / "customers.xlsx"
    out.parent.mkdir()
    with open_app(db_path, create=True) as app:
        services = app.services
        services.customers.create(CustomerDraft(name="张三", phones=(PHONES[0],)))
        table = Table(
            "Sheet1", ["Sheet1"], ["姓名", "电话"], [["李四", PHONES[1]], ["王五", PHONES[0]]]
        )
        rows = services.imports.check(table, services.imports.guess(table.headers))
        services.imports.run(rows, OnDuplicate.SKIP)  # one new, one refused as a duplicate
        services.customers.create(CustomerDraft(name="赵六", phones=(PHONES[2],)))
        write_workbook(out, [services.exports.builder("zh_CN").customers()])
        backup = services.backups.back_up("manual")
        assert backup is not None
        services.backups.restore(backup.path)
        services.customers.create(CustomerDraft(name="孙七"))  # a write after the restore
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.exists()
        private = [db_path, wal, out, backup.path, *backup.path.parent.iterdir()]
        assert {str(p): oct(mode(p)) for p in private if mode(p) & 0o077} == {}
        assert mode(db_path.parent) & 0o077 == 0 and mode(backup.path.parent) & 0o077 == 0

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert caplog.records, "the session should have logged something to look through"
    for phone in PHONES:
        spaced = f"{phone[:3]} {phone[3:7]} {phone[7:]}"
        assert phone not in logged and spaced not in logged and phone[-8:] not in logged
