"""The English words for the codes stored in the database (stage, gender, visit kind...), marked
for the catalogue under the context "labels": the window shows them through Qt
(``custdesk.ui.common.labels``), exports through ``custdesk.words``. Temperaments and referrer
kinds are listed in their seeds with their English words and advice; their Chinese is in the
catalogue too (``seed_words`` names what a seed brings)."""

from __future__ import annotations

from custdesk.resources import load_seed
from custdesk.words import N_

LABELS = "labels"  # the catalogue context of every table here

STAGES = {
    "prospect": N_("labels", "Prospect"),
    "new": N_("labels", "New"),
    "regular": N_("labels", "Regular"),
    "vip": N_("labels", "VIP"),
    "dormant": N_("labels", "Dormant"),
    "lost": N_("labels", "Lost"),
}
GENDERS = {
    "female": N_("labels", "Female"),
    "male": N_("labels", "Male"),
    "unknown": N_("labels", "—"),
}

VISIT_KINDS = {
    "store": N_("labels", "Store visit"),
    "call": N_("labels", "Phone call-back"),
    "message": N_("labels", "Message"),
    "home": N_("labels", "Home visit"),
    "greeting": N_("labels", "Greeting"),
}
FOLLOW_UP_SOURCES = {
    "manual": N_("labels", "Planned"),
    "visit": N_("labels", "After a visit"),
    "cadence": N_("labels", "Regular cadence"),
    "complaint": N_("labels", "Complaint check-back"),
}
COMPLAINT_STATUSES = {
    "open": N_("labels", "Open"),
    "in_progress": N_("labels", "In progress"),
    "resolved": N_("labels", "Resolved"),
    "closed": N_("labels", "Closed"),
}
CHANNELS = {
    "in_store": N_("labels", "In store"),
    "phone": N_("labels", "Phone"),
    "message": N_("labels", "Message"),
    "online": N_("labels", "Online"),
}
SEVERITIES = {
    "low": N_("labels", "Low"),
    "medium": N_("labels", "Medium"),
    "high": N_("labels", "High"),
}

REFERRAL_STATUSES = {
    "lead": N_("labels", "Lead"),
    "visited": N_("labels", "Visited"),
    "converted": N_("labels", "Converted"),
    "lost": N_("labels", "Lost lead"),
}
REWARD_KINDS = {
    "cash": N_("labels", "Cash"),
    "voucher": N_("labels", "Voucher"),
    "gift": N_("labels", "Gift"),
    "points": N_("labels", "Points"),
    "honour": N_("labels", "Honour / thanks"),
}

TIPS, THANKS = "temperament tips", "referrer thanks"  # catalogue contexts of the seeds' advice
# Seed -> its keys holding English words a clerk reads -> the catalogue context they are in.
SEED_WORDS: dict[str, dict[str, str]] = {
    "temperaments": {"en": LABELS, "tip_en": TIPS},
    "referrer_kinds": {"en": LABELS, "thanks_en": THANKS},
}
TEMPERAMENTS: dict[str, str] = {entry["code"]: entry["en"] for entry in load_seed("temperaments")}
# How to serve each temperament (context TIPS).
TEMPERAMENT_TIPS: dict[str, str] = {
    entry["code"]: entry["tip_en"] for entry in load_seed("temperaments")
}
REFERRER_KINDS: dict[str, str] = {
    entry["code"]: entry["en"] for entry in load_seed("referrer_kinds")
}
# How to thank each kind of referrer (context THANKS).
REFERRER_THANKS: dict[str, str] = {
    entry["code"]: entry["thanks_en"] for entry in load_seed("referrer_kinds")
}


def seed_words(seed: str | None = None) -> list[tuple[str, str]]:
    """(context, English) for every word the seeds carry (or ``seed`` alone), in seed order:
    what the catalogue must translate besides the marked strings."""
    return [
        (context, str(entry[key]))
        for name, keys in SEED_WORDS.items()
        if seed in (None, name)
        for entry in load_seed(name)
        for key, context in keys.items()
    ]
