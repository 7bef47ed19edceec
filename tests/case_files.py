"""Where the tests find the shared import cases: copies of ../shared/cases/import (its README
says what a clerk expects from each file), committed so a clean clone's CI has them."""

from __future__ import annotations

from pathlib import Path

IMPORT_CASES = Path(__file__).parent / "services" / "spreadsheets" / "cases"
