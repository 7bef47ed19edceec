"""Writes to a shop file without end, saying after each commit what it committed, until killed.

Run as ``python -m tests.faults.kill_worker DB SEED`` by test_kill.py, which kills it with
SIGKILL at a random moment. Work alternates between the two heaviest writes a clerk makes:
importing a batch of customers (one transaction) and a bulk edit (a new stage threshold moves
every customer, one transaction); backups are made before each import as in the app.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from custdesk.app import open_app
from custdesk.services.spreadsheets.customer_import import OnDuplicate
from custdesk.services.spreadsheets.import_files import Table

BATCH = 150


def batch_table(number: int, rng: random.Random) -> Table:
    rows = [
        [f"批次{number}-{i}", f"13{rng.randrange(10**9):09d}", "1990-01-01", "女"]
        for i in range(BATCH)
    ]
    return Table("Sheet1", ["Sheet1"], ["姓名", "电话", "生日", "性别"], rows)


def main(db_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    with open_app(db_path, program="kill worker", create=True) as app:
        imports, settings = app.services.imports, app.services.settings
        # One check before "ready", writing nothing: the libraries a first check loads (phone
        # metadata, pinyin tables) are imported on first use since the window's start-up
        # stopped importing them, and the kills are meant to land in writes, not in imports.
        warm_up = batch_table(0, random.Random(0))
        imports.check(warm_up, imports.guess(warm_up.headers))
        print("ready", flush=True)
        number = seed * 1000
        while True:
            number += 1
            if rng.random() < 0.7:
                table = batch_table(number, rng)
                rows = imports.check(table, imports.guess(table.headers))
                imports.run(rows, OnDuplicate.NEW)
                print(f"imported {number}", flush=True)
            else:
                days = rng.randrange(30, 300)
                settings.update(dormant_after_days=days)
                print(f"threshold {days}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
