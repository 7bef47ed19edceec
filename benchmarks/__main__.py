"""``make bench``: prints figure | CustDesk | raw baseline | ratio, and writes results.json.

Each figure is the median of several runs in fresh processes; the baseline is the least work that
could produce the same result, measured in the same run so machine noise cancels in the ratio.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
CUSTOMERS = int(os.environ.get("CUSTDESK_BENCH_CUSTOMERS", "100000"))
SEED = 1
REPEAT = 5
MEMORY = "peak memory, 100k db open, every page visited"
REPEAT_HEAVY = 1  # the 100k-row Excel figures take 10-50 s each; make bench must stay < 10 min

START_APP = """
import sys, time
from pathlib import Path
from custdesk.app import open_app
from custdesk.ui.shell.launch import create_application
from custdesk.ui.shell.main_window import MainWindow
app = create_application()
ctx = open_app(Path(sys.argv[1]))
window = MainWindow(ctx.services, ctx.db_path)
window.show()
app.processEvents()
print(time.time())
ctx.close()
"""

# Peak memory: the window on the 100k file after visiting every page (the customer list scrolled
# to its end, the charts drawn): the kernel's high-water mark of this process's resident memory
# (VmHWM; not ru_maxrss, which a child inherits from the process that forked it).
HIGH_WATER = """
def high_water_mark():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
"""

MEMORY_APP = (
    HIGH_WATER
    + """
import sys
from pathlib import Path
from custdesk.app import open_app
from custdesk.ui.shell.launch import create_application
from custdesk.ui.shell.main_window import PAGE_KEYS, MainWindow
app = create_application()
ctx = open_app(Path(sys.argv[1]))
window = MainWindow(ctx.services, ctx.db_path, auto_backup=False)
window.show()
for key in PAGE_KEYS:
    window.navigation.select(key)
    app.processEvents()
window.navigation.select("customers")
window.customers_page.table.scrollToBottom()
app.processEvents()
print(high_water_mark())
ctx.close()
"""
)

MEMORY_BARE = (
    HIGH_WATER
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print(high_water_mark())
"""
)

START_BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print(time.time())
"""


def demo_database() -> Path:
    """Built once per seed, size, schema revision and generator code, reused by later runs."""
    from custdesk.storage.migrate import head_revision

    path = CACHE / f"demo-{CUSTOMERS}-seed{SEED}-{head_revision()}-{generator_digest()}.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial.db")
        partial.unlink(missing_ok=True)
        command = [sys.executable, "-m", "custdesk.cli", "demo", "--customers", str(CUSTOMERS)]
        command += ["--seed", str(SEED), "--today", "2026-11-22", "--db", str(partial)]
        subprocess.run(command, check=True)
        partial.rename(path)
    return path


def generator_digest() -> str:
    """Changes when the demo generator, search keys or seeds change (the rows would differ)."""
    import hashlib

    import custdesk
    from custdesk.resources import resource_path

    package = Path(custdesk.__file__).parent
    sources = [package / "services" / "demo.py", package / "services" / "search_keys.py"]
    sources += sorted(resource_path("seeds").glob("*.json"))
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def fresh_runs(script: str, *args: str, repeat: int = REPEAT) -> list[float]:
    """Run ``script`` in fresh processes; each prints one number last, which is collected."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    runs = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", script, *args],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        )
        runs.append(float(done.stdout.strip().splitlines()[-1]))
    return runs


def timed_process(script: str, *args: str) -> list[float]:
    """From launching a fresh process to its window shown (what a clerk waits for); the child
    prints the wall-clock moment it showed, so shutting down is not counted."""
    runs = []
    for _ in range(REPEAT):
        launched = time.time()
        runs.append(fresh_runs(script, *args, repeat=1)[0] - launched)
    return runs


def peak_memory(script: str, *args: str) -> list[float]:
    """Bytes at the process's high-water mark, in fresh processes."""
    return fresh_runs(script, *args, repeat=3)


def summary(runs: list[float]) -> dict[str, float]:
    ordered = sorted(runs)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": statistics.median(runs), "p95": p95}


# What clerks type: name fragments, surnames, pinyin initials and syllables, phone digits.
SEARCH_QUERIES = (
    *("张", "王", "李", "陈", "刘", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"),
    *("王丽", "张伟", "李娜", "欧阳", "老客户", "团购客"),
    *("zs", "wl", "lx", "oy"),
    *("zhang", "wang", "chen", "ouyang", "zhangwei", "wangli", "lina", "xiaoming", "chenjing"),
    *("liujie", "huang", "zhou", "wu", "xu", "sun", "ma", "zhu", "hu", "guo"),
    *("Alice", "Smith", "ali"),
    *("138", "1380", "13800", "186", "0013", "5678"),
)


def quick_filters() -> list[object]:
    """Each quick filter alone, and with a search typed on top (as a clerk narrows down)."""
    from custdesk.services.customers.customer_list import CustomerFilter

    stages = ("prospect", "new", "regular", "vip", "dormant", "lost")
    temperaments = ("irritable", "dependent", "picky", "early_trier", "rational")
    alone = [CustomerFilter(stage=stage) for stage in stages]
    alone += [CustomerFilter(temperament=kind) for kind in temperaments]
    alone += [CustomerFilter(tag=tag) for tag in ("老客户", "团购", "VIP候选")]
    alone += [CustomerFilter(has_open_complaint=True), CustomerFilter(birthday_month=11)]
    narrowed = [
        CustomerFilter(text="zhang", stage="regular"),
        CustomerFilter(text="王", temperament="picky"),
        CustomerFilter(text="138", birthday_month=11),
    ]
    return [*alone, *narrowed]


def search_figures(database: Path, filters: list[object]) -> tuple[list[float], list[float]]:
    """Every filter as the service runs it, and the same SQL through raw sqlite3."""
    import sqlite3

    from sqlalchemy.dialects import sqlite

    from custdesk.services.customers.customer_list import (
        CustomerFilter,
        CustomerListService,
        SortKey,
        ids_query,
    )
    from custdesk.storage.db import Database

    db = Database.open(database, read_only=True)
    service = CustomerListService(db)
    raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    ours, baseline = [], []
    for _round in range(3):
        for where in filters:
            assert isinstance(where, CustomerFilter)
            started = time.perf_counter()
            service.ids(where)
            ours.append(time.perf_counter() - started)
            statement = ids_query(where, SortKey.NAME, descending=False)  # as service.ids
            compiled = statement.compile(
                dialect=sqlite.dialect(), compile_kwargs={"render_postcompile": True}
            )
            params = compiled.construct_params()
            positional = [params[name] for name in compiled.positiontup or ()]
            started = time.perf_counter()
            raw.execute(str(compiled), positional).fetchall()
            baseline.append(time.perf_counter() - started)
    raw.close()
    db.engine.dispose()
    return ours, baseline


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
    sql = "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY name_pinyin, id"
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


def recorded_sql(engine: object, call: object) -> list[tuple[str, object]]:
    """The statements (and parameters) ``call`` sends to SQLite, for a raw replay baseline."""
    from sqlalchemy import event

    statements: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA")):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        call()  # type: ignore[operator]
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return statements


def agenda_figures(database: Path) -> dict[str, tuple[list[float], list[float]]]:
    """Today: the agenda service, the page showing it, and the daily stage recompute; each
    beside the very same SQL replayed through raw sqlite3."""
    import shutil
    import sqlite3
    import tempfile

    from PySide6.QtWidgets import QApplication

    from custdesk.app import open_app
    from custdesk.services.customers.aggregates import recompute_stages
    from custdesk.services.customers.calendar import local_today
    from custdesk.services.shop.settings import stage_rules_in
    from custdesk.ui.common.operations import ChangeNotifier
    from custdesk.ui.pages.today_page import TodayPage

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "today.db"
        shutil.copyfile(database, copy)
        with open_app(copy, program="make bench") as context:
            services = context.services
            page = TodayPage(
                agenda=services.agenda,
                follow_ups=services.follow_ups,
                visits=services.visits,
                customer_list=services.customer_list,
                rewards=services.rewards,
                daily=services.daily,
                exports=services.exports,
                changes=ChangeNotifier(),
            )
            raw = sqlite3.connect(copy)

            def replay(statements: list[tuple[str, object]]) -> float:
                started = time.perf_counter()
                raw.execute("BEGIN")
                for statement, parameters in statements:
                    raw.execute(statement, parameters).fetchall()  # type: ignore[arg-type]
                raw.execute("ROLLBACK")
                return time.perf_counter() - started

            def recompute() -> None:
                with context.db.writing() as session:
                    recompute_stages(session, local_today(), stage_rules_in(session))

            results: dict[str, tuple[list[float], list[float]]] = {}
            for name, call in (
                ("Today agenda (service)", services.agenda.today),
                ("Today page: agenda shown", page.reload),
                ("daily stage recompute (100k customers)", recompute),
            ):
                statements = recorded_sql(context.db.engine, call)
                ours, baseline = [], []
                for _round in range(REPEAT):
                    started = time.perf_counter()
                    call()  # type: ignore[operator]
                    ours.append(time.perf_counter() - started)
                    baseline.append(replay(statements))
                results[name] = (ours, baseline)
            agenda = services.agenda.today()
            print(
                f"agenda: {len(agenda.overdue)} overdue, {len(agenda.due_today)} due today, "
                f"{len(agenda.birthdays)} birthdays, {len(agenda.gone_quiet)} gone quiet"
            )
            raw.close()
            page.deleteLater()
    del app
    return results


def deepest_root(database: Path) -> int:
    """The top of the deepest referral chain in the demo (10+ generations)."""
    import sqlite3

    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as raw:
        parent = dict(raw.execute("SELECT referred_id, referrer_id FROM referrals"))

    def depth(node: int) -> int:
        steps = 0
        while node in parent:
            node, steps = parent[node], steps + 1
        return steps

    node = max(parent, key=depth)
    while node in parent:
        node = parent[node]
    return node


def referral_figures(database: Path) -> dict[str, tuple[list[float], list[float]]]:
    """Leaderboard and a deep chain (service and the page showing it), each beside the same
    recursive SQL replayed through raw sqlite3."""
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from custdesk.app import Services, open_app
    from custdesk.ui.common.operations import ChangeNotifier
    from custdesk.ui.pages.referrals_page import ReferralsPage

    app = QApplication.instance() or QApplication([])
    root = deepest_root(database)
    results: dict[str, tuple[list[float], list[float]]] = {}
    with open_app(database, program="make bench") as context:
        services: Services = context.services
        page = ReferralsPage(
            referral_reports=services.referral_reports,
            referrals=services.referrals,
            rewards=services.rewards,
            customers=services.customers,
            customer_list=services.customer_list,
            exports=services.exports,
            changes=ChangeNotifier(),
        )
        raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        reports = services.referral_reports
        chain = reports.chain(root)
        print(
            f"referrals: deepest chain from customer {root}: {chain.total} people, "
            f"{chain.generations} generations"
        )
        for name, call in (
            ("referral leaderboard, all time (top 20)", lambda: reports.leaderboard()),
            ("referral chain 10+ generations deep (service)", lambda: reports.chain(root)),
            ("referral chain shown as a tree", lambda: page.show_chain(root)),
        ):
            statements = recorded_sql(context.db.engine, call)
            ours, baseline = [], []
            for _round in range(REPEAT):
                started = time.perf_counter()
                call()
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                for statement, parameters in statements:
                    raw.execute(statement, parameters).fetchall()  # type: ignore[arg-type]
                baseline.append(time.perf_counter() - started)
            results[name] = (ours, baseline)
        raw.close()
        page.deleteLater()
    del app
    return results


def excel_figures(database: Path) -> dict[str, tuple[list[float], list[float]]]:
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

    results: dict[str, tuple[list[float], list[float]]] = {}
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


def milliseconds(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


def cell(figure: dict[str, float], unit: str = "s") -> str:
    if unit == "bytes":
        return f"{figure['median'] / 2**20:.0f} MB (max {figure['p95'] / 2**20:.0f})"
    return f"{milliseconds(figure['median'])} ms (p95 {milliseconds(figure['p95'])})"


def main() -> int:
    from custdesk.services.customers.customer_list import CustomerFilter

    database = demo_database()
    texts = [CustomerFilter(text=query) for query in SEARCH_QUERIES]
    searched, searched_raw = search_figures(database, list(texts))
    filtered, filtered_raw = search_figures(database, quick_filters())
    opened, opened_raw = list_open_figures(database)
    today = agenda_figures(database)
    referrals = referral_figures(database)
    excel = excel_figures(database)
    figures = {
        "cold start to main window (100k db)": (
            summary(timed_process(START_APP, str(database))),
            summary(timed_process(START_BARE)),
        ),
        f"search as you type ({len(SEARCH_QUERIES)} queries)": (
            summary(searched),
            summary(searched_raw),
        ),
        f"quick filters ({len(quick_filters())}, alone and with a search)": (
            summary(filtered),
            summary(filtered_raw),
        ),
        "customer list: open and scroll to the end": (summary(opened), summary(opened_raw)),
        **{name: (summary(ours), summary(raw)) for name, (ours, raw) in today.items()},
        **{name: (summary(ours), summary(raw)) for name, (ours, raw) in referrals.items()},
        **{name: (summary(ours), summary(raw)) for name, (ours, raw) in excel.items()},
        MEMORY: (
            summary(peak_memory(MEMORY_APP, str(database))),
            summary(peak_memory(MEMORY_BARE)),
        ),
    }
    print(
        f"\nCustDesk benchmarks: {CUSTOMERS} customers, {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}\n"
    )
    rows = [("figure", "CustDesk", "raw baseline", "ratio")]
    results = {}
    for name, (ours, raw) in figures.items():
        ratio = ours["median"] / raw["median"]
        unit = "bytes" if name == MEMORY else "s"
        rows.append((name, cell(ours, unit), cell(raw, unit), f"{ratio:.2f}x"))
        results[name] = {"custdesk": ours, "baseline": raw, "ratio": ratio}
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for index, row in enumerate(rows):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    (HERE / "results.json").write_text(
        json.dumps(
            {"customers": CUSTOMERS, "machine": platform.platform(), "figures": results}, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
