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

VISIT_KINDS = {
    "store": QT_TRANSLATE_NOOP("labels", "Store visit"),
    "call": QT_TRANSLATE_NOOP("labels", "Phone call-back"),
    "message": QT_TRANSLATE_NOOP("labels", "Message"),
    "home": QT_TRANSLATE_NOOP("labels", "Home visit"),
    "greeting": QT_TRANSLATE_NOOP("labels", "Greeting"),
}
FOLLOW_UP_SOURCES = {
    "manual": QT_TRANSLATE_NOOP("labels", "Planned"),
    "visit": QT_TRANSLATE_NOOP("labels", "After a visit"),
    "cadence": QT_TRANSLATE_NOOP("labels", "Regular cadence"),
    "complaint": QT_TRANSLATE_NOOP("labels", "Complaint check-back"),
}
COMPLAINT_STATUSES = {
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("labels", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
}
CHANNELS = {
    "in_store": QT_TRANSLATE_NOOP("labels", "In store"),
    "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "message": QT_TRANSLATE_NOOP("labels", "Message"),
    "online": QT_TRANSLATE_NOOP("labels", "Online"),
}
SEVERITIES = {
    "low": QT_TRANSLATE_NOOP("labels", "Low"),
    "medium": QT_TRANSLATE_NOOP("labels", "Medium"),
    "high": QT_TRANSLATE_NOOP("labels", "High"),
}

REFERRAL_STATUSES = {
    "lead": QT_TRANSLATE_NOOP("labels", "Lead"),
    "visited": QT_TRANSLATE_NOOP("labels", "Visited"),
    "converted": QT_TRANSLATE_NOOP("labels", "Converted"),
    "lost": QT_TRANSLATE_NOOP("labels", "Lost lead"),
}
REWARD_KINDS = {
    "cash": QT_TRANSLATE_NOOP("labels", "Cash"),
    "voucher": QT_TRANSLATE_NOOP("labels", "Voucher"),
    "gift": QT_TRANSLATE_NOOP("labels", "Gift"),
    "points": QT_TRANSLATE_NOOP("labels", "Points"),
    "honour": QT_TRANSLATE_NOOP("labels", "Honour / thanks"),
}
REFERRER_KINDS = {
    "honour": QT_TRANSLATE_NOOP("labels", "Honour-seeking"),
    "reward": QT_TRANSLATE_NOOP("labels", "Reward-seeking"),
    "reciprocal": QT_TRANSLATE_NOOP("labels", "Favour-for-favour"),
    "friendship": QT_TRANSLATE_NOOP("labels", "Friendship"),
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated word for ``code``; an unknown code is shown as it is, never hidden."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code
