"""One write on a full disk, in its own process, checked from inside:
``python -m tests.faults.full_worker DB WHAT MODE``.

MODE ``tmpfs`` (run under ``unshare -rm``): the shop file is copied onto a small tmpfs that is
then filled to the last byte, a real ENOSPC. MODE ``rlimit``: RLIMIT_FSIZE lets no file grow
(SQLite then sees EFBIG, which it reports as an I/O error rather than "disk full"). Either way
the write is tried, the space freed (filler deleted, limit lifted), and the same write tried
again. Prints one JSON line with what happened and what the file looked like after each try.
"""

from __future__ import annotations

import json
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from custdesk.app import open_app
from custdesk.errors import CustDeskError
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.backups import list_backups
from custdesk.services.shop.health import check_database
from custdesk.services.spreadsheets.customer_import import OnDuplicate
from custdesk.services.spreadsheets.excel_export import write_workbook
from custdesk.services.spreadsheets.import_files import Table

TABLES = ("customers", "customer_phones", "visits", "purchases", "referrals")
OLD_REPORT = b"PK\x03\x04 the report from yesterday"


def counts(db_path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def fill(folder: Path) -> Path:
    """Write a filler file until the disk refuses: not one byte left."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
        except OSError:
            pass
        try:
            while True:  # the last partial block
                handle.write(b"\0")
                handle.flush()
        except OSError:
            pass
    return filler


def file_limit(limit: int | None) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(
        resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY if limit is None else limit, hard)
    )


def writes(services: object, out: Path) -> dict[str, Callable[[], object]]:
    s = services

    def import_rows() -> object:
        rows = [[f"导入{i}", f"139{i:08d}"] for i in range(4000)]
        table = Table("Sheet1", ["Sheet1"], ["姓名", "电话"], rows)
        checked = s.imports.check(table, s.imports.guess(table.headers))  # type: ignore[attr-defined]
        return s.imports.run(checked, OnDuplicate.NEW)  # type: ignore[attr-defined]

    return {
        "save": lambda: s.customers.create(CustomerDraft(name="新客人", notes="喜欢喝茶")),  # type: ignore[attr-defined]
        "import": import_rows,
        "backup": lambda: s.backups.back_up("manual"),  # type: ignore[attr-defined]
        "export": lambda: write_workbook(
            out,
            [s.exports.builder("zh_CN").visits(None, None)],  # type: ignore[attr-defined]
        ),
    }


def attempt(write: Callable[[], object]) -> str:
    try:
        write()
    except CustDeskError as exc:
        return type(exc).__name__
    return "ok"


def state(db_path: Path, out: Path) -> dict[str, object]:
    backups = list_backups(db_path, db_path.with_name(db_path.name + ".backups"))
    return {
        "sound": check_database(db_path).ok,
        "counts": counts(db_path),
        "backups": len(backups),
        "unreadable_backups": sum(info.customers is None for info in backups),
        "partial_files": sorted(p.name for p in db_path.parent.rglob("*.partial")),
        "report": "old" if out.read_bytes() == OLD_REPORT else out.read_bytes()[:2].decode(),
    }


def main(source: Path, what: str, mode: str) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    if mode == "tmpfs":
        disk = source.parent / "small-disk"
        disk.mkdir(exist_ok=True)
        # Room for the shop and a 4,000-customer import with its search index (about 16 short
        # pieces a customer since issue 19), once the filler that fills it is deleted.
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(disk)], check=True)
        db_path = disk / source.name
        shutil.copy(source, db_path)
    else:
        db_path = source
    out = db_path.parent / "report.xlsx"
    out.write_bytes(OLD_REPORT)
    report: dict[str, object] = {"before": counts(db_path)}
    with open_app(db_path, program="full worker", create=True) as app:
        write = writes(app.services, out)[what]
        filler = fill(db_path.parent) if mode == "tmpfs" else None
        if mode == "rlimit":
            file_limit(1)
        report["first"] = attempt(write)
        report["after_first"] = state(db_path, out) if mode == "tmpfs" else None
        if filler is not None:
            filler.unlink()  # the clerk freed some space
        file_limit(None)
        report["retry"] = attempt(write)
    report["after_retry"] = state(db_path, out)
    print(json.dumps(report))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
