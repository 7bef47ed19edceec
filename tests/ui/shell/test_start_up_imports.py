"""Start-up imports only what Today needs; charts, Excel, migrations, pinyin and phone metadata
come on first use (issue 16: the clerk waits for none of them when the window opens)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from custdesk.app import open_app

LATER = (
    "PySide6.QtCharts",
    "openpyxl",
    "lxml",
    "alembic",
    "pypinyin",
    "phonenumbers",
    # what reads a clerk's file for the import
    "python_calamine",
    "charset_normalizer",
    "vobject",
    "dateutil",
    # the import's own rules, built on first use (custdesk.app.Services)
    "custdesk.services.spreadsheets.customer_import",
    "custdesk.services.spreadsheets.history_import",
)

START_AND_VISIT = """
import json, sys
from pathlib import Path
from custdesk.app import open_app
from custdesk.ui.shell.launch import create_application
from custdesk.ui.shell.main_window import MainWindow

app = create_application()
context = open_app(Path(sys.argv[1]))
window = MainWindow(context.services, context.db_path, auto_backup=False)
window.show()
while window.today_page.agenda is None:
    app.processEvents()
at_start = sorted(name for name in sys.modules if name.startswith(tuple(sys.argv[2:])))
window.navigation.select("reports")
after_reports = sorted(name for name in sys.modules if name.startswith(tuple(sys.argv[2:])))
window.close()
context.close()
print(json.dumps({"start": at_start, "reports": after_reports}))
"""


def test_the_window_opens_on_today_without_what_other_pages_need(tmp_path: Path) -> None:
    shop_file = tmp_path / "shop.custdesk"
    open_app(shop_file, create=True).close()  # the shop file a clerk opens every morning
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", START_AND_VISIT, str(shop_file), *LATER],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=True,
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])

    assert loaded["start"] == []
    assert "PySide6.QtCharts" in loaded["reports"]  # on first use, the Reports page's charts
