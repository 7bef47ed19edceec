"""The customers page's Export button: the workbook is the list the clerk was looking at, in
its order, under its heading, with every customer once (the window asks the services for a
report builder in the clerk's language, as done here)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl

from custdesk.services.customers.customer_list import CustomerFilter, SortKey
from custdesk.services.spreadsheets.excel_export import write_workbook
from custdesk.services.spreadsheets.export_reports import ExportService
from custdesk.storage.db import Database
from tests.services.spreadsheets.awkward_shop import FORMULA_NAME, build_awkward_shop, by_header


def test_the_biggest_spenders_first_list_exports_in_that_order_under_its_heading(
    db: Database, tmp_path: Path
) -> None:
    build_awkward_shop(db)
    builder = ExportService(db).builder("en")
    out = tmp_path / "list.xlsx"
    progress: list[tuple[int, int | None]] = []
    before = dt.datetime.now().replace(second=0, microsecond=0)

    sheet = builder.customer_list(
        CustomerFilter(), SortKey.TOTAL_SPENT, True, ["name", "total_spent"], "All customers"
    )
    write_workbook(out, [sheet], lambda done, expected: progress.append((done, expected)) or True)

    after = dt.datetime.now()
    ws = openpyxl.load_workbook(out).active
    assert (ws.title, ws["A1"].value) == ("Customers", "Customers")
    subtitle = re.fullmatch(r"All customers · exported (.+)", ws["A2"].value)
    assert subtitle, ws["A2"].value
    assert before <= dt.datetime.strptime(subtitle[1], "%Y-%m-%d %H:%M") <= after
    rows = [(row["Name"].value, row["Total spent"].value) for row in by_header(ws)]
    # 王小明 1,234.56 + 0.29; 李娜 19.99 + 0.29; "=1+1" bought nothing. Each once.
    assert rows == [("王小明", 1234.85), ("李娜", 20.28), (FORMULA_NAME, 0)]
    assert progress == [(3, 3)]  # the progress bar's end is the number of customers listed


def test_the_least_spent_first_list_exports_in_that_order(db: Database, tmp_path: Path) -> None:
    build_awkward_shop(db)
    out = tmp_path / "list.xlsx"
    sheet = (
        ExportService(db)
        .builder("en")
        .customer_list(CustomerFilter(), SortKey.TOTAL_SPENT, False, ["name"], "All customers")
    )
    write_workbook(out, [sheet])
    names = [row["Name"].value for row in by_header(openpyxl.load_workbook(out).active)]
    assert names == [FORMULA_NAME, "李娜", "王小明"]
