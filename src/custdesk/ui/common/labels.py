"""Words shown for the codes stored in the database (stage, gender, temperament...): the tables
live without Qt in ``custdesk.code_words`` (exports use them too); here they go through Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custdesk.code_words import (
    CHANNELS,
    COMPLAINT_STATUSES,
    FOLLOW_UP_SOURCES,
    GENDERS,
    LABELS,
    REFERRAL_STATUSES,
    REFERRER_KINDS,
    REWARD_KINDS,
    SEVERITIES,
    STAGES,
    TEMPERAMENTS,
    VISIT_KINDS,
)

__all__ = [
    "CHANNELS",
    "COMPLAINT_STATUSES",
    "FOLLOW_UP_SOURCES",
    "GENDERS",
    "REFERRAL_STATUSES",
    "REFERRER_KINDS",
    "REWARD_KINDS",
    "SEVERITIES",
    "STAGES",
    "TEMPERAMENTS",
    "VISIT_KINDS",
    "label",
]


def label(table: dict[str, str], code: str | None) -> str:
    """The translated word for ``code``; an unknown code is shown as it is, never hidden."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(LABELS, source) if source else code
