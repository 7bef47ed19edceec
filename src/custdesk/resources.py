"""Locate files under ``resources/`` in a source checkout or an installed wheel."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """``custdesk/_resources`` in a wheel, else the repository's top-level ``resources/``."""
    for candidate in (_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("CustDesk's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def load_seed(name: str) -> Any:
    """A JSON file from ``resources/seeds`` (demo data pools, temperaments, holidays...)."""
    with resource_path("seeds", f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)
