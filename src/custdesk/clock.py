"""The one place CustDesk reads the wall clock.

Everything else asks this module (or is handed one of its functions, the way services take a
``clock`` argument), so a test can stand the whole program on any moment: the last day of a
month, midnight, a birthday (``frozen_at``). ``tests/test_clock.py`` fails on a wall-clock read
anywhere else.

Times are the shop's local wall-clock time, naive, as stored in the shop file: a shop is in one
place, and its clerks think in its day (the same-day complaint rule, today's follow-ups).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# The source of "now"; frozen_at swaps it. Read through now() so that functions handed out as
# defaults (clock=now) follow a swap made later.
_source: Callable[[], dt.datetime] = dt.datetime.now


def now() -> dt.datetime:
    """The shop's local date and time, naive, to the microsecond."""
    return _source()


def today() -> dt.date:
    """The shop's local date (a day starts at local midnight, not at UTC midnight)."""
    return now().date()


def epoch_seconds() -> float:
    """Seconds since the Unix epoch, for comparing with a file's modification time."""
    return now().timestamp()


@contextmanager
def frozen_at(moment: dt.datetime) -> Iterator[None]:
    """Within the block, the clock reads ``moment`` (for tests)."""
    global _source
    previous = _source
    _source = lambda: moment  # noqa: E731 - a one-line source is the point
    try:
        yield
    finally:
        _source = previous
