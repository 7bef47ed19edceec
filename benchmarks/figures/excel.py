"""Excel: export of every customer and every visit, and import of the exported customers."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.common import REPEAT_HEAVY, Runs

KEY = "excel"
UNIT = "s"
FRESH_PROCESSES = False


def measure(database: Path) -> Runs:
    """Export of every customer and every visit, and import of the 100k-customer file, each
    beside raw openpyxl (write_only / read_only) doing the same with the same rows."""
    import sqlite3
    import tempfile

    from openpyxl import Workbook, load_workbook

    from custdesk.services.customers.customers import CustomerService
    from custdesk.services.shop.settings import stage_rules_in
    from custdesk.services.spreadsheets.customer_import import ImportService, OnDuplicate
    from custdesk.services.spreadsheets.excel_export import write_workbook
    from custdesk.services.spreadsheets.export_reports import ReportBuilder
    from custdesk.storage.db import Database
    from custdesk.storage.migrate import upgrade_database

    results: Runs = {}
    db = Database.open(database, read_only=True)
    builder = ReportBuilder(db, "zh_CN")
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        for name, make in (
            ("export 100k customers to xlsx", builder.customers),
            ("export all visits to xlsx", lambda: builder.visits(None, None)),
        ):
            rows = list(make().rows)  # the same tuples for the raw baseline
            ours, baseline = [], []
            for round_ in range(REPEAT_HEAVY):
                started = time.perf_counter()
                write_workbook(scratch / f"ours{round_}.xlsx", [make()])
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                book = Workbook(write_only=True)
                sheet = book.create_sheet("raw")
                for row in rows:
                    sheet.append(row)
                book.save(scratch / f"raw{round_}.xlsx")
                baseline.append(time.perf_counter() - started)
            results[f"{name} ({len(rows):,} rows)"] = (ours, baseline)
            del rows  # 293k tuples left alive would slow every later allocation-heavy figure

        source = scratch / "ours0.xlsx"  # the visits file is the last one; export customers
        write_workbook(source, [builder.customers()])
        empty = scratch / "empty.db"
        upgrade_database(empty)
        ours, baseline = [], []
        for round_ in range(REPEAT_HEAVY):
            target = scratch / f"import{round_}.db"
            target.write_bytes(empty.read_bytes())
            into = Database.open(target)
            imports = ImportService(into, CustomerService(into, stage_rules=stage_rules_in))
            started = time.perf_counter()
            table = imports.read(source)
            report = imports.run(
                imports.check(table, imports.guess(table.headers)), OnDuplicate.NEW
            )
            ours.append(time.perf_counter() - started)
            into.close()
            raw_target = scratch / f"raw{round_}.db"
            raw_target.write_bytes(empty.read_bytes())
            started = time.perf_counter()
            book = load_workbook(source, read_only=True, data_only=True)
            values = [row[:2] for row in book.active.iter_rows(min_row=4, values_only=True)]
            book.close()
            with sqlite3.connect(raw_target) as raw:
                raw.executemany(
                    "INSERT INTO customers (name, name_pinyin, name_initials) VALUES (?, '', '')",
                    [(name,) for name, _phones in values],
                )
            baseline.append(time.perf_counter() - started)
        results[f"import a {report.imported:,}-customer xlsx"] = (ours, baseline)
    db.engine.dispose()
    return results
