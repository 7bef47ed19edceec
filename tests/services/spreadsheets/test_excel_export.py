from __future__ import annotations

import datetime as dt
import errno
import shutil
import sqlite3
import stat
import zipfile
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

from custdesk import scratch
from custdesk.errors import CancelledError, DiskFullError
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.demo import generate_demo
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.excel_export import Kind, Sheet, write_workbook
from custdesk.services.spreadsheets.export_reports import Report, ReportBuilder
from custdesk.storage.db import Database

NOW = dt.datetime(2026, 11, 22, 15, 30)

# What people paste into names and notes to make a spreadsheet run something.
INJECTION_PAYLOADS = [
    "=1+1",
    '=HYPERLINK("http://evil.example","click")',
    "+SUM(A1:A2)",
    "-2+3",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
    "=cmd|' /C calc'!A0",
    "-1",
]


def sheet(rows: list[tuple[object, ...]], kinds: list[Kind], **extra: object) -> Sheet:
    return Sheet(
        title=str(extra.get("title", "客户")),
        heading="客户",
        subtitle="2026-11-01 – 2026-11-30",
        headers=[f"列{i}" for i in range(len(kinds))],
        kinds=kinds,
        rows=iter(rows),
        expected_rows=len(rows),
    )


def test_a_workbook_a_person_is_glad_to_open(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    rows = [
        (
            "张三",
            "+8613800138000",
            129950,
            dt.date(2026, 11, 1),
            dt.datetime(2026, 11, 2, 9, 30),
            3,
        ),
        ("李四", "0755 1234", 0, None, None, 0),
    ]
    kinds = [Kind.TEXT, Kind.TEXT, Kind.MONEY, Kind.DATE, Kind.DATETIME, Kind.INTEGER]
    assert write_workbook(out, [sheet(rows, kinds)]) == 2
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "客户" and ws["A1"].font.bold
    assert ws["A2"].value == "2026-11-01 – 2026-11-30"
    assert [c.value for c in ws[3]] == [f"列{i}" for i in range(6)]
    assert all(c.font.bold for c in ws[3])
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:F5"
    assert ws["B4"].value == "+8613800138000" and ws["B4"].data_type == "s"  # text, + kept
    assert ws["B5"].value == "0755 1234"  # the leading 0 kept
    assert ws["C4"].value == 1299.5 and ws["C4"].number_format == "#,##0.00"  # a number
    assert ws["D4"].value == dt.datetime(2026, 11, 1) and ws["D4"].number_format == "yyyy-mm-dd"
    assert ws["E4"].value == dt.datetime(2026, 11, 2, 9, 30)
    assert ws["F4"].value == 3 and ws["D5"].value is None
    assert ws.column_dimensions["A"].width >= 8
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("payload", INJECTION_PAYLOADS)
def test_nothing_typed_can_become_a_formula(tmp_path: Path, payload: str) -> None:
    out = tmp_path / "safe.xlsx"
    write_workbook(out, [sheet([(payload, payload)], [Kind.TEXT, Kind.TEXT])])
    ws = openpyxl.load_workbook(out).active
    for cell in ws[4]:
        # The text comes back as typed (without lxml, XML turns a CR into LF).
        assert cell.value in (payload, payload.replace("\r", "\n"))
        assert cell.data_type == "s"
    # And in the file itself: no <f> (formula) element anywhere.
    with zipfile.ZipFile(out) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"PK\x03\x04 the previous export")
    rows = [(f"客户{i}",) for i in range(10_000)]
    seen: list[int] = []

    def progress(done: int, expected: int | None) -> bool:
        seen.append(done)
        return done < 4000

    with pytest.raises(CancelledError):
        write_workbook(out, [sheet(rows, [Kind.TEXT])], progress)
    assert seen[:2] == [2000, 4000]
    assert out.read_bytes() == b"PK\x03\x04 the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]  # no partial left
    # openpyxl had spilled the 4,000 names to a file of its own: gone too, not left until exit.
    assert list(scratch.folder().iterdir()) == [scratch.folder() / scratch.LOCK_NAME]


def no_space(*args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def two_sheets() -> list[Sheet]:
    customers = sheet([(f"客户{i}", f"138{i:08d}") for i in range(100)], [Kind.TEXT] * 2)
    visits = sheet([(f"客户{i}",) for i in range(100)], [Kind.TEXT], title="回访记录")
    return [customers, visits]


def test_a_disk_that_fills_while_saving_keeps_the_old_export_and_no_spilled_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills as the second sheet goes into the workbook, after openpyxl has finished
    (and removed) the first one's spill file: the clerk is told the disk is full, not about a
    sheet saved twice or a file not found, and no customer's name is left on disk."""
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"PK\x03\x04 the previous export")
    copy = shutil.copyfileobj
    sheets_copied: list[object] = []

    def full_at_the_second_sheet(source: object, *args: object) -> None:
        sheets_copied.append(source)
        if len(sheets_copied) == 2:
            no_space()
        copy(source, *args)  # type: ignore[arg-type]

    monkeypatch.setattr("shutil.copyfileobj", full_at_the_second_sheet)  # zipfile copies with it
    with pytest.raises(DiskFullError):
        write_workbook(out, two_sheets())
    assert len(sheets_copied) == 2
    assert out.read_bytes() == b"PK\x03\x04 the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]
    assert list(scratch.folder().iterdir()) == [scratch.folder() / scratch.LOCK_NAME]


def test_no_room_for_the_second_sheets_rows_is_a_full_disk_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openpyxl makes each sheet's spill file when the sheet gets its first row; on a disk with
    no room left for it the export says so and leaves the first sheet's names nowhere."""
    from openpyxl.worksheet import _writer

    make_spill_file = _writer.create_temporary_file
    spill_files: list[str] = []

    def first_only(*args: object) -> str:
        if spill_files:
            no_space()  # and stays full
        spill_files.append(make_spill_file())
        return spill_files[0]

    monkeypatch.setattr(_writer, "create_temporary_file", first_only)
    with pytest.raises(DiskFullError):
        write_workbook(tmp_path / "report.xlsx", two_sheets())
    assert list(tmp_path.iterdir()) == []
    assert list(scratch.folder().iterdir()) == [scratch.folder() / scratch.LOCK_NAME]


def test_sheet_names_are_made_legal_and_unique(tmp_path: Path) -> None:
    out = tmp_path / "names.xlsx"
    long = "客户/回访:投诉*" * 5
    write_workbook(out, [sheet([], [Kind.TEXT], title=long), sheet([], [Kind.TEXT], title=long)])
    names = openpyxl.load_workbook(out).sheetnames
    assert len(names) == 2 and len(set(names)) == 2
    assert all(len(name) <= 31 and not set(name) & set("[]:*?/\\") for name in names)


def test_every_report_exports_in_chinese_with_real_types(tmp_path: Path, db: Database) -> None:
    generate_demo(db, 300, seed=3, today=NOW.date())
    builder = ReportBuilder(db, "zh_CN", now=NOW)
    out = tmp_path / "all.xlsx"
    sheets = builder.sheets(list(Report), dt.date(2026, 1, 1), NOW.date())
    write_workbook(out, sheets)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "客户",
        "回访记录",
        "待回访",
        "投诉",
        "转介绍排行",
        "转介绍关系",
        "月度汇总",
    ]
    customers = book["客户"]
    assert customers.max_row == 3 + 300
    assert [c.value for c in customers[3]][:4] == ["姓名", "电话", "性别", "生日"]
    visits = book["回访记录"]
    assert isinstance(visits["A4"].value, dt.datetime)
    assert visits["A2"].value.startswith("2026-01-01 – 2026-11-22")
    summary = book["月度汇总"]
    assert summary["A4"].value == "2026-01" and isinstance(summary["B4"].value, int)


def test_english_headers_and_words(tmp_path: Path, db: Database) -> None:
    CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW).create(
        CustomerDraft(name="=HYPERLINK(1)", gender="female", temperament="picky")
    )
    out = tmp_path / "en.xlsx"
    write_workbook(out, [ReportBuilder(db, "en", now=NOW).customers()])
    ws = openpyxl.load_workbook(out)["Customers"]
    row = {header.value: cell.value for header, cell in zip(ws[3], ws[4], strict=True)}
    assert row["Name"] == "=HYPERLINK(1)"
    assert (row["Gender"], row["Temperament"]) == ("Female", "Picky")


def test_text_stored_before_cleaning_never_stops_an_export(
    tmp_path: Path, db: Database, db_path: Path
) -> None:
    """A vertical tab saved before text_cleaning existed (or in an old backup opened read-only)
    made openpyxl raise IllegalCharacterError for the whole workbook: every cell is cleaned on
    the way out, and what is left after cleaning is still never a formula."""
    generate_demo(db, 60, seed=3, today=NOW.date())
    with closing(sqlite3.connect(db_path)) as connection, connection:
        (name,) = connection.execute("SELECT name FROM customers ORDER BY id LIMIT 1").fetchone()
        connection.execute(
            "UPDATE customers SET name = substr(name, 1, 1) || char(11) || substr(name, 2)"
        )
        connection.execute("UPDATE tags SET name = name || char(11)")
        connection.execute("UPDATE visits SET notes = char(11) || '=1+1'")
        connection.execute("UPDATE follow_ups SET purpose = purpose || char(11)")
        connection.execute("UPDATE complaints SET description = char(11) || description")
        connection.execute("UPDATE referrals SET notes = 'x' || char(11) || char(65535)")
    out = tmp_path / "all.xlsx"

    write_workbook(out, ReportBuilder(db, "en", now=NOW).sheets(list(Report), None, None))

    book = openpyxl.load_workbook(out)
    texts = [
        cell.value
        for ws in book.worksheets
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    assert not [text for text in texts if "\x0b" in text or "\uffff" in text]
    customers = book["Customers"]
    assert name in [cell.value for cell in customers["A"]]  # the text minus the control char
    notes = [row for row in book["Visits"].iter_rows(min_row=4) if row[8].value == "=1+1"]
    assert notes and all(row[8].data_type == "s" for row in notes)
