"""Words shown for the codes stored in the database (stage, gender, temperament...)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "labels"

STAGES = {
    "prospect": QT_TRANSLATE_NOOP("labels", "Prospect"),
    "new": QT_TRANSLATE_NOOP("labels", "New"),
    "regular": QT_TRANSLATE_NOOP("labels", "Regular"),
    "vip": QT_TRANSLATE_NOOP("labels", "VIP"),
    "dormant": QT_TRANSLATE_NOOP("labels", "Dormant"),
    "lost": QT_TRANSLATE_NOOP("labels", "Lost"),
}
GENDERS = {
    "female": QT_TRANSLATE_NOOP("labels", "Female"),
    "male": QT_TRANSLATE_NOOP("labels", "Male"),
    "unknown": QT_TRANSLATE_NOOP("labels", "—"),
}
TEMPERAMENTS = {
    "irritable": QT_TRANSLATE_NOOP("labels", "Irritable"),
    "dependent": QT_TRANSLATE_NOOP("labels", "Dependent"),
    "picky": QT_TRANSLATE_NOOP("labels", "Picky"),
    "early_trier": QT_TRANSLATE_NOOP("labels", "Early trier"),
    "rational": QT_TRANSLATE_NOOP("labels", "Rational"),
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated word for ``code``; an unknown code is shown as it is, never hidden."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code
