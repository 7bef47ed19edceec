"""The Qt binding itself must survive a clerk's long day.

PySide6 6.12.0 under Python 3.11 drops one reference to None on every call of a method that
returns void. A counter session makes millions of such calls (each label set, each row selected,
each event loop turn); once None's count reaches zero the interpreter aborts with
"none_dealloc", mid-session or at exit. Python 3.12 made None immortal, which hides it there.
pyproject.toml keeps that release out; this test fails on any binding that brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

CALLS = 2_000


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label, line, table = QLabel(), QLineEdit(), QTableView()
    for widget in (label, line, table):
        qtbot.addWidget(widget)
    before = sys.getrefcount(None)

    for _ in range(CALLS):
        label.setText("张三")
        line.setFocus()
        table.selectRow(0)
        QCoreApplication.processEvents()

    # Other code may hold or drop a handful of references meanwhile; a leak loses 4 per turn.
    assert sys.getrefcount(None) - before > -CALLS
