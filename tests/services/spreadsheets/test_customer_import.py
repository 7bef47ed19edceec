from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from custdesk.errors import CancelledError
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customer_list import CustomerFilter, CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import (
    OnDuplicate,
    guess_mapping,
    import_rows,
    preview,
)
from custdesk.services.spreadsheets.excel_export import write_workbook
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.services.spreadsheets.import_files import MAX_ROWS, FileRefusedError, read_table
from custdesk.storage.db import Database
from tests.case_files import IMPORT_CASES

NOW = dt.datetime(2026, 11, 22, 10, 0)


def xlsx(path: Path, rows: list[list[object]], title: str = "客户名单") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def run_import(db: Database, path: Path, on_duplicate: OnDuplicate = OnDuplicate.SKIP):  # type: ignore[no-untyped-def]
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    table = read_table(path)
    rows = preview(table, guess_mapping(table.headers), customers)
    return import_rows(db, customers, rows, on_duplicate, now=NOW)


def names(db: Database) -> list[str]:
    service = CustomerListService(db)
    return [row.name for row in service.rows(service.ids())]


def test_headers_are_matched_in_chinese_and_english() -> None:
    mapping = guess_mapping(["序号", "姓名", "手机号", "生日", "性别", "地址", "备注", "Tags"])
    assert mapping == {
        "name": 1,
        "phones": 2,
        "birthday": 3,
        "gender": 4,
        "address": 5,
        "notes": 6,
        "tags": 7,
    }
    assert guess_mapping(["Customer Name", "Mobile", "Date of birth", "E-mail"]) == {
        "name": 0,
        "phones": 1,
        "birthday": 2,
        "notes#2": 3,  # no field of its own: kept in the notes as "E-mail：…"
    }


def test_every_row_goes_in_and_cells_not_understood_are_kept_in_the_notes(
    tmp_path: Path, db: Database
) -> None:
    """Issue 17: no customer is lost for one cell (these three rows were once skipped)."""
    path = xlsx(
        tmp_path / "old.xlsx",
        [
            ["姓名", "电话", "生日", "性别"],
            ["张三", "13800138000", dt.datetime(1985, 3, 8), "男"],
            ["李四", 13900139000, "1990/7/1", "女"],  # a phone typed as a number
            ["", "13700137000", None, None],  # no name: named from the phone
            ["王五", "12345", None, None],  # not a phone: kept in the notes
            ["赵六", None, "someday", None],  # not a date: kept in the notes
            ["孙七", None, 32000, "女士"],  # an Excel day number
        ],
    )
    report = run_import(db, path)
    assert (report.imported, report.updated, report.skipped) == (6, 0, [])
    assert report.listed == [4, 5, 6]
    assert report.noted == [(5, "phones"), (6, "birthday")]
    customers = CustomerService(db, stage_rules=stage_rules_in)
    by_name = {c.name: c for c in (customers.get(i) for i in CustomerListService(db).ids())}
    assert by_name["未留名7000"].draft.phones == ("+8613700137000",)
    assert (by_name["王五"].draft.phones, by_name["王五"].draft.notes) == (
        (),
        "电话（原表）：12345",
    )
    assert (by_name["赵六"].draft.birthday, by_name["赵六"].draft.notes) == (
        None,
        "生日（原表）：someday",
    )
    assert by_name["李四"].draft.phones == ("+8613900139000",)
    assert by_name["李四"].draft.birthday == Birthday(7, 1, 1990)
    assert by_name["孙七"].draft.birthday == Birthday(8, 11, 1987)
    assert by_name["张三"].draft.gender == "male"
    # Written in bulk, yet searchable and audited like a customer typed in by hand.
    found = CustomerListService(db).ids(CustomerFilter(text="zs"))
    assert [CustomerService(db, stage_rules=stage_rules_in).get(i).name for i in found] == ["张三"]
    assert CustomerListService(db).ids(CustomerFilter(text="0013 9000")) == [by_name["李四"].id]


def test_a_gbk_csv_from_chinese_excel(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "客户.csv"
    path.write_bytes("姓名,手机,地址\r\n张三,138 0013 8000,北京市朝阳区\r\n".encode("gbk"))
    assert run_import(db, path).imported == 1
    record = CustomerService(db, stage_rules=stage_rules_in).get(CustomerListService(db).ids()[0])
    assert (record.name, record.draft.address) == ("张三", "北京市朝阳区")


def test_a_csv_with_cr_only_line_ends_from_excel_for_mac(db: Database) -> None:
    """Excel's "CSV (Macintosh)" ends each line with a lone CR (here in GBK)."""
    path = IMPORT_CASES / "gbk-cr-line-ends.csv"
    assert b"\r" in path.read_bytes() and b"\n" not in path.read_bytes()
    assert run_import(db, path).imported == 1
    assert names(db) == ["张伟"]
    record = CustomerService(db, stage_rules=stage_rules_in).get(CustomerListService(db).ids()[0])
    assert record.draft.phones == ("+8613800138000",)


def test_a_csv_the_csv_module_cannot_read_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "客户.csv"  # a quote never closed: the rest of the file is one cell
    path.write_text('姓名,电话\n张三,"13800138000\n' + "李四,139\n" * 20_000, encoding="utf-8")
    with pytest.raises(FileRefusedError) as caught:
        read_table(path)
    assert caught.value.reason == "bad_csv"
    assert str(caught.value).startswith("客户.csv could not be read as a CSV file (line ")


def test_duplicates_by_phone_skip_update_or_new(tmp_path: Path, db: Database) -> None:
    existing = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW).create(
        CustomerDraft(name="张三", phones=("13800138000",), notes="老客户")
    )
    path = xlsx(
        tmp_path / "dup.xlsx", [["姓名", "电话", "地址"], ["张三丰", "13800138000", "武当山"]]
    )
    report = run_import(db, path, OnDuplicate.SKIP)
    assert (report.imported, report.skipped) == (0, [(2, "duplicate_phone")])
    report = run_import(db, path, OnDuplicate.UPDATE)
    assert report.updated == 1
    updated = CustomerService(db, stage_rules=stage_rules_in).get(existing.id)
    # Issue 17: update fills the empty address but never silently renames; the name on file is
    # kept (the default decision) and the file's spelling goes into the notes.
    assert (updated.name, updated.draft.address, updated.draft.notes) == (
        "张三",
        "武当山",
        "老客户\n另一写法：张三丰",
    )
    report = run_import(db, path, OnDuplicate.NEW)
    assert report.imported == 1 and len(names(db)) == 2


def test_cancel_rolls_back_every_row(tmp_path: Path, db: Database) -> None:
    rows: list[list[object]] = [["姓名", "电话"]]
    rows += [[f"客户{i}", f"138{i:08d}"] for i in range(1200)]
    path = xlsx(tmp_path / "many.xlsx", rows)
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    table = read_table(path)
    checked = preview(table, guess_mapping(table.headers), customers)
    with pytest.raises(CancelledError):
        import_rows(db, customers, checked, progress=lambda done, total: done < 1000, now=NOW)
    assert names(db) == []  # not even the first 999


def test_our_own_export_imports_back_unchanged(tmp_path: Path, db: Database) -> None:
    from custdesk.services.shop.demo import generate_demo
    from custdesk.storage.migrate import upgrade_database

    generate_demo(db, 150, seed=9, today=NOW.date())
    first = tmp_path / "first.xlsx"
    write_workbook(first, [ReportBuilder(db, "zh_CN", now=NOW).customers()])
    other_path = tmp_path / "other.db"
    upgrade_database(other_path)
    other = Database.open(other_path)
    try:
        run_import(other, first, OnDuplicate.NEW)
        second = tmp_path / "second.xlsx"
        write_workbook(second, [ReportBuilder(other, "zh_CN", now=NOW).customers()])
    finally:
        other.close()

    def rows(path: Path) -> list[tuple[object, ...]]:
        return list(openpyxl.load_workbook(path).active.iter_rows(min_row=3, values_only=True))

    assert len(rows(first)) == 151
    # Every column comes back but what each spent in all: purchases are not in this sheet, so
    # the other shop's total is the old list's amount alone (the last column).
    spent = rows(first)[0].index("累计消费（购买加原表）")
    without_spent = [row[:spent] + row[spent + 1 :] for row in rows(first)]
    assert [row[:spent] + row[spent + 1 :] for row in rows(second)] == without_spent
    assert [row[spent] for row in rows(second)[1:]] == [row[-1] or 0 for row in rows(first)[1:]]


# --- hostile and broken files ------------------------------------------------------------------


def test_a_file_that_is_not_a_spreadsheet_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "report.xlsx"
    fake.write_text("hello, this is not a zip")
    with pytest.raises(FileRefusedError) as caught:
        read_table(fake)
    assert caught.value.reason == "not_xlsx"


def test_a_password_protected_file_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    with pytest.raises(FileRefusedError) as caught:
        read_table(locked)
    assert caught.value.reason == "encrypted"


def test_macros_are_refused(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "book.xlsx", [["姓名"], ["张三"]])
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"Attribute VB_Name")
    with pytest.raises(FileRefusedError) as caught:
        read_table(path)
    assert caught.value.reason == "macros"
    with pytest.raises(FileRefusedError):
        read_table(path.rename(tmp_path / "book.xlsm"))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "bomb.xlsx", [["姓名"], ["张三"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", b"\x00" * (20 * 1024 * 1024))  # 20 MB -> ~20 KB
    with pytest.raises(FileRefusedError) as caught:
        read_table(path)
    assert caught.value.reason == "zip_bomb"


def test_too_many_rows_and_huge_cells_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("姓名\n" + "张三\n" * (MAX_ROWS + 5), encoding="utf-8")
    with pytest.raises(FileRefusedError) as caught:
        read_table(path)
    assert caught.value.reason == "too_many_rows"
    huge = xlsx(tmp_path / "huge.xlsx", [["姓名", "备注"], ["张三", "x" * 20_000]])
    with pytest.raises(FileRefusedError) as caught:
        read_table(huge)
    assert caught.value.reason == "cell_too_long"


def test_xml_is_parsed_with_defusedxml() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML  # entity expansion and external entities are refused


def test_formulas_are_read_as_their_values_never_run(tmp_path: Path, db: Database) -> None:
    path = xlsx(tmp_path / "f.xlsx", [["姓名", "备注"], ["张三", "=1+1"]])
    table = read_table(path)
    assert table.rows == [["张三", None]]  # no cached value: nothing, not "2" or "=1+1"


def test_the_cycle_collector_is_back_on_after_bulk_work_even_on_error() -> None:
    import gc

    from custdesk.services.shop.bulk_work import cycle_collector_paused

    assert gc.isenabled()
    with pytest.raises(RuntimeError), cycle_collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("cancelled half-way")
    assert gc.isenabled()
