"""Cold start: from launching a fresh process until the main window shows Today filled in (the
100k file open, its agenda read and painted), against a bare ``QMainWindow`` in a fresh process.

Both run from compiled bytecode, as an installed CustDesk does (PyInstaller ships .pyc): the
children write and read it under benchmarks/.cache/pycache even where PYTHONDONTWRITEBYTECODE is
set, and one unmeasured run of each fills that cache first.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import Runs, compiled_bytecode, timed_process

KEY = "start-up"
UNIT = "s"
FRESH_PROCESSES = True

START_APP = """
import sys, time
from pathlib import Path
from custdesk.app import open_app
from custdesk.ui.shell.launch import create_application
from custdesk.ui.shell.main_window import MainWindow
from PySide6.QtCore import QEventLoop, QTimer
app = create_application()
ctx = open_app(Path(sys.argv[1]))
window = MainWindow(ctx.services, ctx.db_path)
window.show()
app.processEvents()
# Today's agenda is read off the GUI thread: the event loop waits for it as the app's does
# (a loop spinning processEvents would starve the reading thread of the interpreter lock).
if window.today_page.agenda is None:
    waiting = QEventLoop()
    window.today_page.agenda_loaded.connect(waiting.quit)
    QTimer.singleShot(60_000, waiting.quit)
    waiting.exec()
if window.today_page.agenda is None:
    raise SystemExit("Today was never filled")
app.processEvents()  # and painted
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
    with compiled_bytecode():
        timed_process(START_APP, str(database), repeat=1)  # fills the bytecode cache
        timed_process(START_BARE, repeat=1)
        return {
            "cold start to Today filled (100k db)": (
                timed_process(START_APP, str(database)),
                timed_process(START_BARE),
            )
        }
