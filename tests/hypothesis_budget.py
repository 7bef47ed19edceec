"""How many examples the slow property tests try, in `make test` and in `make mutate`.

mutmut re-runs every test that reaches a function once per mutant of it, and the property tests
below build a shop file per example. Under `make mutate` (tools/mutate.py sets CUSTDESK_MUTATE)
they try at most MUTATE_EXAMPLES: the example-based tests are what the kill rate leans on, and a
mutant only a rare example would catch shows up as a survivor to explain, never as a false kill.
"""

from __future__ import annotations

import os

MUTATE_EXAMPLES = 10


def examples(usual: int) -> int:
    """Number of examples for a slow property test: ``usual``, or fewer under `make mutate`."""
    if os.environ.get("CUSTDESK_MUTATE"):
        return min(usual, MUTATE_EXAMPLES)
    return usual
