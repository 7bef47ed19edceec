"""What the tests do differently under `make mutate` (tools/mutate.py sets CUSTDESK_MUTATE).

mutmut re-runs, for each mutant, the tests that reached the mutated function when it surveyed
the suite. Two things make that survey and those re-runs go wrong or slow, and are adjusted here:

- A module-scoped fixture does its work during the first test's setup, so mutmut links what the
  fixture calls to that first test only, and a mutant there escapes every other test of the
  module. Under `make mutate` such fixtures are built per test (``shared_scope``).
- The slow property tests build a shop file per example. Under `make mutate` they try at most
  MUTATE_EXAMPLES (``examples``): a mutant only a rare example would catch shows up as a survivor
  to explain, never as a false kill.
"""

from __future__ import annotations

import os

import pytest

MUTATE_EXAMPLES = 10


def mutating() -> bool:
    return bool(os.environ.get("CUSTDESK_MUTATE"))


def examples(usual: int) -> int:
    """Number of examples for a slow property test: ``usual``, or fewer under `make mutate`."""
    return min(usual, MUTATE_EXAMPLES) if mutating() else usual


def shared_scope(fixture_name: str, config: pytest.Config) -> str:
    """pytest dynamic scope: "module" in `make test`, "function" under `make mutate`."""
    return "function" if mutating() else "module"
