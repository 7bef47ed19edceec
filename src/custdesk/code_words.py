"""The English words for the codes stored in the database (stage, gender, visit kind...), marked
for the catalogue under the context "labels", and the sentence for each FieldProblem ("messages"):
the window shows them through Qt (``custdesk.ui.common.labels``, ``.messages``), exports and
import sheets through ``custdesk.words``. Temperaments and referrer kinds are listed in their
seeds with their English words and advice; their Chinese is in the catalogue too
(``seed_words`` names what a seed brings)."""

from __future__ import annotations

from custdesk.errors import FieldProblem
from custdesk.resources import load_seed
from custdesk.words import N_

LABELS = "labels"  # the catalogue context of the code tables here
MESSAGES = "messages"  # the context of the window's messages, PROBLEMS among them

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

# Why a value was refused, as a sentence under the field (the window) or beside the row (the
# sheet of rows an import skipped): one for every FieldProblem (a test walks them all).
PROBLEMS: dict[FieldProblem, str] = {
    FieldProblem.REQUIRED: N_("messages", "Please fill this in."),
    FieldProblem.TOO_LONG: N_("messages", "This is too long."),
    FieldProblem.INVALID_PHONE: N_("messages", "This is not a phone number (e.g. 138 0013 8000)."),
    FieldProblem.REPEATED_PHONE: N_("messages", "This number is listed twice."),
    FieldProblem.FUTURE_DATE: N_("messages", "This date is in the future."),
    FieldProblem.PAST_DATE: N_("messages", "This date has already passed."),
    FieldProblem.INVALID_DATE: N_("messages", "This is not a date (e.g. 1990-03-08)."),
    FieldProblem.AMBIGUOUS_DATE: N_(
        "messages",
        "Day and month could be read either way round: please write the year first "
        "(e.g. 1990-03-08).",
    ),
    FieldProblem.SELF_REFERRAL: N_("messages", "A customer cannot be their own referrer."),
    FieldProblem.REFERRAL_LOOP: N_(
        "messages",
        "That would make a loop: this customer brought the other one in (directly or "
        "through others).",
    ),
    FieldProblem.ALREADY_CLOSED: N_(
        "messages", "This has already been closed; reload to see its state."
    ),
    FieldProblem.TOO_OLD: N_("messages", "This date is too long ago."),
    FieldProblem.TOO_FAR_AHEAD: N_(
        "messages", "This date is too far ahead (at most ten years from today)."
    ),
    FieldProblem.UNKNOWN_CHOICE: N_("messages", "Please pick from the list."),
    FieldProblem.OUT_OF_RANGE: N_("messages", "This number is out of range."),
    FieldProblem.INVALID_AMOUNT: N_(
        "messages", "Please enter an amount in yuan, e.g. 1299 or 1299.50."
    ),
    FieldProblem.INVALID_FOLDER: N_(
        "messages", "Please choose a folder with Browse…, or leave this empty."
    ),
    FieldProblem.SAME_CUSTOMER: N_("messages", "A customer's file cannot be merged with itself."),
    FieldProblem.IN_TRASH: N_(
        "messages", "That file is in the Trash. Restore it first, then merge."
    ),
    FieldProblem.SHOP_NOT_EMPTY: N_(
        "messages",
        "This shop file already has customers; demo data only goes into an empty one.",
    ),
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
