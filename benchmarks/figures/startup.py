"""Cold start: from launching a fresh process until the main window is shown (the 100k file
open, Today filled in), against a bare ``QMainWindow`` in a fresh process."""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import Runs, timed_process

KEY = "start-up"
UNIT = "s"
FRESH_PROCESSES = True

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

START_BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print(time.time())
"""


def measure(database: Path) -> Runs:
    return {
        "cold start to main window (100k db)": (
            timed_process(START_APP, str(database)),
            timed_process(START_BARE),
        )
    }
