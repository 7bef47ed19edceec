"""A purchase history file: each row matched to a customer by phone, or by a name only one
customer has, and added as purchases typed in are; a row that matches no one customer, or whose
cells the purchase rules refuse, is listed with a sentence and never guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from custdesk.errors import CancelledError
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.history_import import (
    HistoryImportService,
    HistoryKind,
    guess_history_mapping,
    guess_kind,
)
from custdesk.services.spreadsheets.history_words import history_messages
from custdesk.storage.db import Database
from tests.services.spreadsheets.history_support import (
    NOW,
    csv_file,
    import_history_file,
    shop_with,
)


def purchases_of(db: Database, customer_id: int) -> list[tuple[dt.date, str, int, int, str]]:
    records = PurchaseService(db, stage_rules=stage_rules_in).purchases_of(customer_id)
    return [(p.purchased_on, p.item, p.amount_cents, p.quantity, p.notes) for p in records]


def sentences(rows: list, language: str = "en") -> list[str]:  # type: ignore[type-arg]
    return [message.sentence for message in history_messages(rows, language)]


def test_the_columns_are_found_in_both_languages() -> None:
    chinese = ["手机", "姓名", "消费日期", "商品", "金额", "数量", "备注"]
    english = ["Phone", "Name", "Date", "Item", "Amount", "Quantity", "Notes"]
    for headers in (chinese, english):
        mapping = guess_history_mapping(headers)
        assert list(mapping) == ["phone", "name", "date", "item", "amount", "quantity", "notes"]
        assert guess_kind(mapping) is HistoryKind.PURCHASES
    visits = guess_history_mapping(["电话", "日期", "方式", "备注"])
    assert (visits, guess_kind(visits)) == (
        {"phone": 0, "date": 1, "kind": 2, "notes": 3},
        HistoryKind.VISITS,
    )


def test_purchases_are_matched_by_phone_or_a_unique_name_and_move_the_figures(
    tmp_path: Path, db: Database
) -> None:
    ids = shop_with(db, ("张伟", "13800138000"), ("王芳", ""), ("李娜", "13900139000"))
    path = csv_file(
        tmp_path,
        "手机,姓名,购买日期,商品,金额,数量,备注\n"
        '138 0013 8000,张伟,2026-03-08,羊毛围巾,"¥1,280.50",1,老顾客\n'
        ",王芳,2026/1/1,纽扣,0.29,3,\n"  # no phone: the one 王芳 on file
        "13900139000,,20251231,丝巾,19.99元,,\n",  # no name: the phone says who
    )
    rows, report = import_history_file(db, path)
    assert sentences(rows) == []
    assert (report.imported, report.customers, report.skipped) == (3, 3, [])
    assert purchases_of(db, ids["张伟"]) == [(dt.date(2026, 3, 8), "羊毛围巾", 128050, 1, "老顾客")]
    assert purchases_of(db, ids["王芳"]) == [(dt.date(2026, 1, 1), "纽扣", 29, 3, "")]
    assert purchases_of(db, ids["李娜"]) == [(dt.date(2025, 12, 31), "丝巾", 1999, 1, "")]
    customers = CustomerService(db, stage_rules=stage_rules_in)
    zhang = customers.get(ids["张伟"])
    assert (zhang.total_spent_cents, zhang.purchase_count) == (128050, 1)
    assert zhang.last_purchase_on == dt.date(2026, 3, 8)
    assert zhang.last_contact_at == dt.datetime(2026, 3, 8, 0, 0)
    assert zhang.stage == "dormant"  # 259 days before NOW, as a purchase typed in would make it


def test_workbook_dates_and_amounts_are_kept_to_the_day_and_the_fen(
    tmp_path: Path, db: Database
) -> None:
    ids = shop_with(db, ("张伟", "13800138000"))
    path = tmp_path / "sales.xlsx"
    book = openpyxl.Workbook()
    for row in (
        ["电话", "日期", "项目", "金额"],
        [13800138000, dt.datetime(2026, 1, 1), "纽扣", 0.29],
        [13800138000, dt.datetime(2025, 12, 31, 23, 59), "丝巾", 19.99],
    ):
        book.active.append(row)
    book.save(path)
    import_history_file(db, path)
    assert purchases_of(db, ids["张伟"]) == [
        (dt.date(2026, 1, 1), "纽扣", 29, 1, ""),
        (dt.date(2025, 12, 31), "丝巾", 1999, 1, ""),
    ]


def test_rows_that_name_no_one_customer_are_listed_and_never_guessed(
    tmp_path: Path, db: Database
) -> None:
    ids = shop_with(
        db, ("张伟", "13800138000"), ("王芳", "13900139000"), ("李娜", ""), ("李娜", "")
    )
    path = csv_file(
        tmp_path,
        "手机,姓名,日期,商品,金额\n"
        "13700137000,张伟,2026-03-08,围巾,100\n"  # a phone no one has, though a 张伟 is on file
        ",赵敏,2026-03-08,围巾,100\n"
        ",李娜,2026-03-08,围巾,100\n"  # two customers called 李娜
        "13800138000/13900139000,,2026-03-08,围巾,100\n"  # two customers' numbers
        ",,2026-03-08,围巾,100\n"
        "13800138000,张伟,2026-03-08,围巾,100\n",
    )
    rows, report = import_history_file(db, path)
    assert sentences(rows) == [
        "Row 2, 张伟: No customer on file has the phone 13700137000. The row was not imported.",
        "Row 3, 赵敏: No customer on file is called 赵敏. The row was not imported.",
        "Row 4, 李娜: 2 customers are called 李娜; give a phone number to say which. The row "
        "was not imported.",
        "Row 5: The numbers 13800138000/13900139000 belong to different customers. The row was "
        "not imported.",
        "Row 6: No phone and no name, so it cannot be matched to a customer. The row was not "
        "imported.",
    ]
    assert (report.imported, report.skipped) == (1, [2, 3, 4, 5, 6])
    assert [len(purchases_of(db, customer_id)) for customer_id in ids.values()] == [1, 0, 0]


def test_cells_the_purchase_rules_refuse_keep_the_row_out_with_a_sentence(
    tmp_path: Path, db: Database
) -> None:
    shop_with(db, ("张伟", "13800138000"))
    path = csv_file(
        tmp_path,
        "手机,日期,商品,金额,数量\n"
        "13800138000,5月3日,围巾,100,1\n"  # no year: not a full date
        "13800138000,2026.05,围巾,100,1\n"
        "13800138000,,围巾,100,1\n"
        "13800138000,2026-03-08,,100,1\n"
        "13800138000,2026-03-08,围巾,很多,1\n"
        "13800138000,2026-03-08,围巾,-5,0\n"
        "13800138000,2026-03-08,围巾,,1\n"
        "合计,,,600,\n",
    )
    rows, report = import_history_file(db, path)
    assert sentences(rows, "zh_CN") == [
        "第 2 行，张伟：日期：这不是日期（例如 1990-03-08）。 这一行未导入。",
        "第 3 行，张伟：日期：这不是日期（例如 1990-03-08）。 这一行未导入。",
        "第 4 行，张伟：日期：请填写此项。 这一行未导入。",
        "第 5 行，张伟：商品：请填写此项。 这一行未导入。",
        "第 6 行，张伟：金额：请输入金额（元），例如 1299 或 1299.50。 这一行未导入。",
        "第 7 行，张伟：金额：数值超出范围。 数量：数值超出范围。 这一行未导入。",
        "第 8 行，张伟：金额：请填写此项。 这一行未导入。",
        "第 9 行：这是合计行，不是客户，未导入。",
    ]
    assert (report.imported, len(report.skipped)) == (0, 8)


def test_a_cancelled_import_leaves_nothing(tmp_path: Path, db: Database) -> None:
    ids = shop_with(db, ("张伟", "13800138000"))
    lines = [f"13800138000,2026-03-08,围巾{i},1" for i in range(600)]
    path = csv_file(tmp_path, "手机,日期,商品,金额\n" + "\n".join(lines) + "\n")
    service = HistoryImportService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    table = service.read(path)
    rows = service.check(table, service.guess(table.headers), HistoryKind.PURCHASES)
    with pytest.raises(CancelledError):
        service.run(rows, HistoryKind.PURCHASES, progress=lambda done, total: done < 500)
    assert purchases_of(db, ids["张伟"]) == []
    assert CustomerService(db, stage_rules=stage_rules_in).get(ids["张伟"]).total_spent_cents == 0
