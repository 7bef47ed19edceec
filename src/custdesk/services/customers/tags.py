"""What a tag may hold: one rule for the form, the import and the export (issue 17, round trip).

A tag never holds the characters clerks separate tags with: , ， ; ； 、 / |. The form splits what
is typed at them, the customer service splits a tag holding one (so no path can store
``团购/老客户`` as one tag), the export writes a customer's tags joined by ``TAG_JOINER`` and the
import splits a cell at any of them, so an exported tag list comes back as the same tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TAG_SEPARATORS = re.compile(r"[,，;；、/|]+")
TAG_JOINER = ", "  # what the export writes between tags, and the form shows


def split_tags(text: str) -> tuple[str, ...]:
    """``"老客户, 团购；VIP"`` -> ``("老客户", "团购", "VIP")``: trimmed, blanks dropped, in order;
    the same tag written twice (in any case: tags are matched without case) is kept once."""
    kept: dict[str, str] = {}
    for part in TAG_SEPARATORS.split(text):
        tag = part.strip()
        if tag:
            kept.setdefault(tag.casefold(), tag)
    return tuple(kept.values())


def tags_of(tags: Iterable[str]) -> tuple[str, ...]:
    """Each tag split at the separators it holds (split_tags), the whole list without repeats."""
    return split_tags(TAG_JOINER.join(tags))


def joined_tags(tags: Iterable[str]) -> str:
    """The tags as one cell or one line of the form: ``老客户, 团购``."""
    return TAG_JOINER.join(tags)
