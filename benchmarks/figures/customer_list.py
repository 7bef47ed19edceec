"""The customer list: the table model created and its last rows read, against the ordered id
query in raw ``sqlite3``."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.common import REPEAT, Runs

KEY = "customer-list"
UNIT = "s"
FRESH_PROCESSES = False


def list_open_figures(database: Path) -> tuple[list[float], list[float]]:
    """Customer table model created and scrolled to its last row, against the raw id query."""
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from custdesk.services.customers.customer_list import CustomerListService
    from custdesk.storage.db import Database
    from custdesk.ui.models.customer_table_model import CustomerTableModel

    app = QApplication.instance() or QApplication([])
    db = Database.open(database, read_only=True)
    raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    sql = "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY name_sort_key, id"
    ours, baseline = [], []
    for _round in range(REPEAT):
        started = time.perf_counter()
        model = CustomerTableModel(CustomerListService(db))
        last = model.rowCount() - 1
        for row in range(max(0, last - 40), last + 1):  # the rows a view shows at the end
            model.index(row, 0).data()
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        ids = [row[0] for row in raw.execute(sql)]
        raw.execute(
            f"SELECT id, name FROM customers WHERE id IN ({','.join('?' * 41)})", ids[-41:]
        ).fetchall()
        baseline.append(time.perf_counter() - started)
    raw.close()
    db.engine.dispose()
    del app
    return ours, baseline


def measure(database: Path) -> Runs:
    return {"customer list: open and scroll to the end": list_open_figures(database)}
