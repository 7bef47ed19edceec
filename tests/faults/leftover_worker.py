"""Backs up or exports a shop file without end, saying when a half-written file exists, until
killed: ``python -m tests.faults.leftover_worker DB WHAT`` (WHAT is ``backup`` or ``export``).

Run by test_leftovers.py, which SIGKILLs it. It first prints ``ready <its scratch folder>``; then
``partial <path>`` when a backup's ``.partial`` is on disk, or ``writing <spill files>`` once an
export is streaming rows (openpyxl's spill files are open and hold customers' names and phones).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine

from custdesk import scratch
from custdesk.app import open_app
from custdesk.services.spreadsheets.excel_export import Kind, Sheet, write_workbook
from custdesk.storage.backup import backup_to


def customers() -> Iterator[list[str]]:
    number = 0
    while True:  # far more than anyone exports: the export is still running when killed
        number += 1
        yield [f"客户{number}", f"138{number:08d}"]


def export(out: Path) -> None:
    from openpyxl.worksheet import _writer

    said = False

    def progress(written: int, expected: int | None) -> bool:
        nonlocal said
        if not said:
            print("writing", *_writer.ALL_TEMP_FILES, flush=True)
            said = True
        return True

    sheet = Sheet("客户", "客户", "", ["姓名", "电话"], [Kind.TEXT, Kind.TEXT], customers())
    write_workbook(out, [sheet], progress)


def back_up_forever(db_path: Path, engine: Engine) -> None:
    folder = db_path.with_name(db_path.name + ".backups")
    number = 0
    while True:
        number += 1
        backup_to(engine, folder / f"{db_path.stem}-20261122-{number % 5:06d}-manual.db")


def main(db_path: Path, what: str) -> None:
    with open_app(db_path, program="leftover worker") as app:
        print("ready", scratch.folder(), flush=True)
        if what == "export":
            export(db_path.parent / "customers.xlsx")
            return
        folder = db_path.with_name(db_path.name + ".backups")
        threading.Thread(target=back_up_forever, args=(db_path, app.db.engine), daemon=True).start()
        while True:
            partials = sorted(folder.glob("*.partial"))
            if partials:
                print("partial", partials[0], flush=True)
            time.sleep(0.001)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
