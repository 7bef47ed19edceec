"""Everything but the GUI runs without Qt (import-linter checks the imports statically too)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from custdesk.cli import main
code = main(["demo", "--customers", "20", "--db", sys.argv[1]])
code = code or main(["check", "--db", sys.argv[1]])
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
loaded += sorted(name for name in sys.modules if name.startswith("custdesk.ui"))
print("LOADED:", loaded)
sys.exit(code)
"""


def test_command_line_work_never_loads_qt_or_the_ui(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED: []" in result.stdout
