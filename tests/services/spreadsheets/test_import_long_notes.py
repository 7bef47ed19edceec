"""Notes past what the customer form holds (customers.MAX_TEXT, 5,000 characters) are kept whole
by an import, after a marked line where the limit falls; never cut, never a reason to leave the
row out (issue 17)."""

from __future__ import annotations

from pathlib import Path

from custdesk.services.customers.customers import MAX_TEXT, CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import (
    ImportReport,
    ImportService,
    OnDuplicate,
    RowResult,
)
from custdesk.services.spreadsheets.import_words import row_messages
from custdesk.storage.db import Database
from tests.services.spreadsheets.import_support import NOW, stored

MARKER = "——续：以下备注超出表单可容纳的 5000 字，导入时完整保留，请整理缩短。——"
HELD = "甲" * (MAX_TEXT - 10)  # a customer's notes ten characters short of the limit


def run(db: Database, path: Path, policy: OnDuplicate) -> tuple[list[RowResult], ImportReport]:
    imports = ImportService(db, CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW))
    table = imports.read(path)
    rows = imports.check(table, imports.guess(table.headers))
    return rows, imports.run(rows, policy, language="zh_CN")


def with_notes(tmp_path: Path, notes: str) -> Path:
    path = tmp_path / "备注.csv"
    path.write_text(f"姓名,手机,备注\n张伟,13800138000,{notes}\n", encoding="utf-8")
    return path


def held_customer(db: Database) -> None:
    CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW).create(
        CustomerDraft(name="张伟", phones=("13800138000",), notes=HELD)
    )


def test_update_notes_that_end_exactly_at_the_limit_are_not_marked(
    tmp_path: Path, db: Database
) -> None:
    held_customer(db)
    _rows, report = run(db, with_notes(tmp_path, "乙" * 9), OnDuplicate.UPDATE)
    notes = stored(db)["张伟"].draft.notes
    assert len(notes) == MAX_TEXT
    assert notes == HELD + "\n" + "乙" * 9
    assert (report.continued, report.listed) == ([], [])


def test_update_notes_one_past_the_limit_are_continued_whole_and_listed(
    tmp_path: Path, db: Database
) -> None:
    held_customer(db)
    rows, report = run(db, with_notes(tmp_path, "乙" * 10), OnDuplicate.UPDATE)
    assert stored(db)["张伟"].draft.notes == HELD + "\n" + MARKER + "\n" + "乙" * 10
    assert (report.updated, report.skipped, report.continued) == (1, [], [2])
    assert [m.sentence for m in row_messages(rows, "zh_CN", report)] == [
        "第 2 行，张伟：备注超出表单可容纳的 5000 字；没有删减，超出部分接在备注中标明“续”的一行"
        "之后，请整理缩短。"
    ]


def test_a_new_row_with_notes_at_the_limit_goes_in_as_written(tmp_path: Path, db: Database) -> None:
    _rows, report = run(db, with_notes(tmp_path, "乙" * MAX_TEXT), OnDuplicate.SKIP)
    assert stored(db)["张伟"].draft.notes == "乙" * MAX_TEXT
    assert (report.imported, report.continued) == (1, [])


def test_a_new_row_with_notes_one_past_the_limit_goes_in_whole(
    tmp_path: Path, db: Database
) -> None:
    _rows, report = run(db, with_notes(tmp_path, "乙" * (MAX_TEXT + 1)), OnDuplicate.SKIP)
    assert stored(db)["张伟"].draft.notes == MARKER + "\n" + "乙" * (MAX_TEXT + 1)
    assert (report.imported, report.skipped, report.continued) == (1, [], [2])


def test_notes_folded_from_a_second_row_past_the_limit_are_continued(
    tmp_path: Path, db: Database
) -> None:
    path = tmp_path / "两行.csv"
    path.write_text(
        f"姓名,手机,备注\n张伟,13800138000,{HELD}\n张伟,13800138000,{'乙' * 10}\n",
        encoding="utf-8",
    )
    _rows, report = run(db, path, OnDuplicate.UPDATE)
    assert stored(db)["张伟"].draft.notes == HELD + "\n" + MARKER + "\n" + "乙" * 10
    assert (report.imported, report.folded.keys(), report.continued) == (1, {3}, [3])
