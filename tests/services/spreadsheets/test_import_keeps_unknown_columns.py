"""A column the header dictionary does not know is kept in the notes, never dropped without a
word (a clerk's trial lost a 余额 column: nothing said it was left out)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import ImportService, OnDuplicate
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 30, 10, 0)


def test_unknown_columns_go_to_the_notes_with_their_header(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "会员.csv"
    path.write_text(
        "姓名,手机,余额,会员等级,备注,序号\n张伟,13800138000,1280.5,金卡,老客户,1\n",
        encoding="utf-8",
    )
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    imports = ImportService(db, customers)
    table = imports.read(path)
    report = imports.run(imports.check(table, imports.guess(table.headers)), OnDuplicate.SKIP)

    assert report.imported == 1
    (customer_id,) = CustomerListService(db).ids()
    notes = customers.get(customer_id).draft.notes.splitlines()
    assert notes[0] == "老客户"  # the file's own notes first
    assert sorted(notes[1:]) == ["会员等级：金卡", "余额：1280.5"]  # 序号 is left out on purpose
