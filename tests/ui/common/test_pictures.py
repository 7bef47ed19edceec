"""A picture of a widget is saved 0600, whole or not at all."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from custdesk.errors import DiskFullError
from custdesk.ui.common.pictures import save_png


def test_a_picture_is_private(qtbot: QtBot, tmp_path: Path) -> None:
    label = QLabel("张三 138 0013 8000")
    qtbot.addWidget(label)
    label.resize(300, 60)
    path = save_png(label, tmp_path / "label.png")
    assert QImage(str(path)).width() == 300
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)  # an older picture made readable by others is replaced by a private one
    save_png(label, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_full_disk_keeps_the_old_picture_and_leaves_no_partial(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    label = QLabel("张三")
    qtbot.addWidget(label)
    path = tmp_path / "chart.png"
    path.write_bytes(b"yesterday's chart")

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(DiskFullError):
        save_png(label, path)
    assert path.read_bytes() == b"yesterday's chart"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]
