"""Peak memory of the window on the 100k file after every page was shown, against a bare
``QMainWindow``; both in fresh processes."""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import Runs, peak_memory

KEY = "memory"
UNIT = "bytes"
FRESH_PROCESSES = True
MEMORY = "peak memory, 100k db open, every page visited"

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


def measure(database: Path) -> Runs:
    return {MEMORY: (peak_memory(MEMORY_APP, str(database)), peak_memory(MEMORY_BARE))}
