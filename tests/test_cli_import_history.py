"""``custdesk import-history`` adds an old list of purchases to the customers on file and says,
in the clerk's language, what it did and which rows it left out."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from custdesk.cli import main
from tests.test_cli_help_in_chinese import latin_left


def purchases(shop: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(shop)) as connection:
        return connection.execute(
            "SELECT c.name, p.purchased_on, p.item, p.amount_cents, c.total_spent_cents "
            "FROM purchases p JOIN customers c ON c.id = p.customer_id ORDER BY p.id"
        ).fetchall()


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A shop whose customers came from a customer list: 张伟 and 王芳."""
    shop, customers = tmp_path / "shop.db", tmp_path / "客户.csv"
    customers.write_text("姓名,手机\n张伟,13800138000\n王芳,13900139000\n", encoding="utf-8")
    assert main(["new", "--db", str(shop)]) == 0
    assert main(["import", str(customers), "--db", str(shop)]) == 0
    capsys.readouterr()
    return shop


def test_purchases_are_added_and_the_rows_left_out_are_said_in_chinese(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sales = tmp_path / "消费记录.csv"
    sales.write_text(
        "手机,消费日期,商品,金额\n"
        '13800138000,2026-01-01,羊毛围巾,"¥1,280.50"\n'
        "13700137000,2026-01-02,纽扣,0.29\n"
        "13900139000,5月3日,丝巾,19.99\n",
        encoding="utf-8",
    )
    code = main(["import-history", str(sales), "--db", str(shop), "--lang", "zh_CN"])
    assert code == 0
    assert capsys.readouterr().out.splitlines() == [
        "导入记录：为 1 位客户添加了 1 条成交记录，2 行未导入（工作表 '消费记录'，共 3 行）",
        "  第 3 行：档案中没有电话为 13700137000 的客户。 这一行未导入。",
        "  第 4 行，王芳：日期：这不是日期（例如 1990-03-08）。 这一行未导入。",
    ]
    assert purchases(shop) == [("张伟", "2026-01-01", "羊毛围巾", 128050, 128050)]


def test_unclear_dates_are_asked_about_and_nothing_is_imported(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visits = tmp_path / "visits.csv"
    visits.write_text("Phone,Date,Kind\n13800138000,5/3/2026,call\n", encoding="utf-8")
    args = ["import-history", str(visits), "--db", str(shop), "--lang", "zh_CN"]
    assert main(args) == 1
    assert "（例如 5/3/2026）：请用 --date-order dmy、mdy 或 ymd 说明" in capsys.readouterr().err
    assert main([*args, "--date-order", "dmy", "--kind", "visits"]) == 0
    assert capsys.readouterr().out.startswith("导入记录：为 1 位客户添加了 1 条回访记录")
    with closing(sqlite3.connect(shop)) as connection:
        visit = connection.execute("SELECT occurred_at, kind FROM visits").fetchall()
    assert visit == [("2026-03-05 00:00:00.000000", "call")]


def test_the_help_is_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["import-history", "--lang", "zh_CN", "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert "按电话对应客户" in shown
    assert latin_left(shown.replace("purchases", "").replace("history", "")) == [], shown
