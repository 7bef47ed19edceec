"""Today: the agenda service, the page showing it, and the daily stage recompute."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.common import REPEAT, Runs, recorded_sql

KEY = "today"
UNIT = "s"
FRESH_PROCESSES = False


def measure(database: Path) -> Runs:
    """Today: the agenda service, the page showing it, and the daily stage recompute; each
    beside the very same SQL replayed through raw sqlite3."""
    import shutil
    import sqlite3
    import tempfile

    from PySide6.QtWidgets import QApplication

    from custdesk.app import open_app
    from custdesk.clock import today as local_today
    from custdesk.services.customers.aggregates import recompute_stages
    from custdesk.services.shop.settings import stage_rules_in
    from custdesk.ui.common.operations import ChangeNotifier
    from custdesk.ui.shell.page_wiring import today_page

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "today.db"
        shutil.copyfile(database, copy)
        with open_app(copy, program="make bench") as context:
            services = context.services
            page = today_page(services, changes=ChangeNotifier())

            def agenda_shown() -> None:
                page.reload()  # read in a worker thread: until it is shown
                page.wait_for_reading()

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

            results: Runs = {}
            for name, call in (
                ("Today agenda (service)", services.agenda.today),
                ("Today page: agenda shown", agenda_shown),
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
