"""Work over 100,000 rows (an import, an export) with Python's cycle collector paused.

Such loops create millions of short-lived objects and no reference cycles, so refcounting frees
them all; but the allocations keep triggering the cycle collector, whose full passes scan every
object alive in the process. With a large heap (the window's models, caches) that came to
~15% of an import. It is switched back on afterwards, even on error or Cancel.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
