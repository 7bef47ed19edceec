"""Icons from ``resources/icons`` (SVG, drawn by QtSvg at any size)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from custdesk.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))
