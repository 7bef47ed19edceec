"""An amount column (消费金额, 累计消费) becomes the customer's opening balance "from the old list":
counted in total spent, but no purchase, no contact and no purchase date; a zero creates nothing.
"Update" sets it only on a customer who has none, and lists a different one, keeping what is on
file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import OnDuplicate
from custdesk.services.spreadsheets.excel_export import write_workbook
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.services.spreadsheets.import_words import row_messages
from custdesk.storage.db import Database
from tests.services.spreadsheets.import_support import CASES, NOW, import_file, stored


def amounts_file(tmp_path: Path, *amounts: str) -> Path:
    path = tmp_path / "old.csv"
    lines = ["姓名,手机,累计消费"]
    lines += [f'客户{i},1380013{i:04d},"{amount}"' for i, amount in enumerate(amounts)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_total_row_case_gives_an_opening_balance_and_no_purchase(db: Database) -> None:
    _rows, report = import_file(db, CASES / "total-row.csv")
    assert report.skipped == [(3, "total_row")]
    zhang = stored(db)["张伟"]
    assert (zhang.opening_balance_cents, zhang.total_spent_cents) == (100_00, 100_00)
    # not dated: no purchase, no purchase date, no contact, so the stage stays "prospect"
    assert (zhang.purchase_count, zhang.last_purchase_on, zhang.last_contact_at) == (0, None, None)
    assert zhang.stage == "prospect"
    assert PurchaseService(db, stage_rules=stage_rules_in).purchases_of(zhang.id) == []


@pytest.mark.parametrize(
    ("written", "cents"),
    [("0.29", 29), ("19.99", 1999), ("1280.50", 128050), ("¥1,200.00", 120000), ("1200元", 120000)],
)
def test_amounts_as_clerks_write_them_are_kept_to_the_fen(
    tmp_path: Path, db: Database, written: str, cents: int
) -> None:
    import_file(db, amounts_file(tmp_path, written))
    (customer,) = stored(db).values()
    assert (customer.opening_balance_cents, customer.total_spent_cents) == (cents, cents)


def test_number_cells_of_a_workbook_are_kept_to_the_fen(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "old.xlsx"
    book = openpyxl.Workbook()
    for row in (["姓名", "消费金额"], ["甲", 0.29], ["乙", 19.99], ["丙", 1280.5], ["丁", 0]):
        book.active.append(row)
    book.save(path)
    import_file(db, path)
    balances = {name: c.opening_balance_cents for name, c in stored(db).items()}
    assert balances == {"甲": 29, "乙": 1999, "丙": 128050, "丁": 0}


def test_a_zero_amount_creates_nothing(tmp_path: Path, db: Database) -> None:
    _rows, report = import_file(db, amounts_file(tmp_path, "0", "¥0.00"))
    assert report.imported == 2 and report.listed == []
    for customer in stored(db).values():
        assert (customer.opening_balance_cents, customer.total_spent_cents) == (0, 0)
        assert customer.stage == "prospect"


def test_an_amount_that_cannot_be_a_balance_is_kept_in_the_notes(
    tmp_path: Path, db: Database
) -> None:
    _rows, report = import_file(db, amounts_file(tmp_path, "-50", "很多"))
    customers = stored(db)
    assert report.imported == 2 and report.listed == [2, 3]
    assert [c.opening_balance_cents for c in customers.values()] == [0, 0]
    assert customers["客户0"].draft.notes == "累计消费（原表）：-50"
    assert customers["客户1"].draft.notes == "累计消费（原表）：很多"


def test_the_balance_counts_in_total_spent_beside_purchases_typed_in(
    tmp_path: Path, db: Database
) -> None:
    import_file(db, amounts_file(tmp_path, "1280.50"))
    (customer,) = stored(db).values()
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    sale = purchases.record(customer.id, PurchaseDraft(NOW.date(), "围巾", "19.99"))
    after = stored(db)["客户0"]
    assert (after.total_spent_cents, after.purchase_count) == (128050 + 1999, 1)
    assert after.stage == "new"  # the one purchase typed in, not the old list, makes it so
    purchases.remove(sale.id)
    assert stored(db)["客户0"].total_spent_cents == 128050


def test_an_old_list_past_the_vip_spend_does_not_move_the_stage(
    tmp_path: Path, db: Database
) -> None:
    import_file(db, amounts_file(tmp_path, "20000.00"))  # the default VIP spend, to the fen
    (customer,) = stored(db).values()
    assert (customer.total_spent_cents, customer.stage) == (2_000_000, "prospect")
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    purchases.record(customer.id, PurchaseDraft(NOW.date(), "纽扣", "0.29"))
    after = stored(db)["客户0"]
    assert (after.total_spent_cents, after.stage) == (2_000_029, "new")  # not VIP


def test_update_sets_a_balance_only_where_there_is_none(tmp_path: Path, db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    customers.create(CustomerDraft(name="客户0", phones=("13800130000",)))
    customers.create(CustomerDraft(name="客户1", phones=("13800130001",)))
    import_file(db, amounts_file(tmp_path, "300", "150"), OnDuplicate.UPDATE)
    rows, report = import_file(db, amounts_file(tmp_path, "300", "99.90"), OnDuplicate.UPDATE)
    after = stored(db)
    assert [c.opening_balance_cents for c in after.values()] == [300_00, 150_00]
    assert [c.total_spent_cents for c in after.values()] == [300_00, 150_00]
    assert report.listed == [3]  # the same amount again is no news
    assert [m.sentence for m in row_messages(rows, "zh_CN", report)] == [
        "第 3 行，客户1：文件中的期初金额为 ¥99.90，但档案中已有早先名单的 ¥150.00；"
        "已保留 ¥150.00。"
    ]


def test_the_customer_workbook_keeps_the_balance_in_its_own_column(
    tmp_path: Path, db: Database, new_shop_file: Callable[[Path], Path]
) -> None:
    import_file(db, amounts_file(tmp_path, "1280.50", "0.29", "0"))
    exported = tmp_path / "customers.xlsx"
    write_workbook(exported, [ReportBuilder(db, "zh_CN", now=NOW).customers()])
    sheet = openpyxl.load_workbook(exported).active
    header = [cell.value for cell in sheet[3]]  # below the title and the subtitle
    assert header[-1] == "原表消费"
    assert [row[-1].value for row in sheet.iter_rows(min_row=4)] == [1280.5, 0.29, None]
    other = Database.open(new_shop_file(tmp_path / "other.db"))
    try:
        import_file(other, exported)
        balances = {name: c.opening_balance_cents for name, c in stored(other).items()}
    finally:
        other.close()
    assert balances == {"客户0": 128050, "客户1": 29, "客户2": 0}
