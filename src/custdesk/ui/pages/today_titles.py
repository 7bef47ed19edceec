"""What Today's folded lists say of themselves: each title tells exactly what its list holds (a
tab's tooltip), with both of gone quiet's numbers (issue 20), and the day of a coming birthday
or holiday. Words stay in TodayPage's context of the catalogue, where they were written first.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from custdesk.services.contacts.agenda import QUIET_WINDOW_DAYS, TodayAgenda
from custdesk.services.customers.phones import display_phone
from custdesk.services.referrals.rewards import RewardRecord
from custdesk.ui.common.display import money, short_date
from custdesk.ui.common.labels import REWARD_KINDS, label


def phone_shown(number: str) -> str:
    return display_phone(number) if number else ""


def birthdays_title(agenda: TodayAgenda | None, count: int) -> str:
    """The agenda's window is today and the next 6 days; today's are on the work list."""
    return QCoreApplication.translate(
        "TodayPage",
        "Birthdays in the next 6 days, to {last}: {count} (today's are on the work list)",
    ).format(count=QLocale().toString(count), last=_coming_until(agenda))


def holidays_title(agenda: TodayAgenda | None, count: int) -> str:
    return QCoreApplication.translate(
        "TodayPage", "Holidays today and in the next 6 days, to {last}: {count}"
    ).format(count=QLocale().toString(count), last=_coming_until(agenda))


def quiet_title(agenda: TodayAgenda | None, count: int) -> str:
    """Which it is, with both numbers: the newly quiet listed, of all who are quiet."""
    locale = QLocale()
    return QCoreApplication.translate(
        "TodayPage",
        "Gone quiet in the last {window} days, no call planned: {count} (of {total} who "
        "have bought with no contact for {days} days or more)",
    ).format(
        window=locale.toString(QUIET_WINDOW_DAYS),
        count=locale.toString(count),
        total=locale.toString(agenda.quiet_total if agenda else 0),
        days=locale.toString(agenda.dormant_after_days if agenda else 0),
    )


def quiet_tab_title(agenda: TodayAgenda | None, count: int) -> str:
    total = agenda.quiet_total if agenda else 0
    return QCoreApplication.translate("TodayPage", "Gone quiet ({count} of {total})").format(
        count=QLocale().toString(count), total=QLocale().toString(total)
    )


def reward_text(reward: RewardRecord) -> str:
    kind = label(REWARD_KINDS, reward.kind)
    return f"{kind} {money(reward.value_cents)}" if reward.value_cents else kind


def coming_day(day: dt.date, today: dt.date) -> str:
    """Today, Tomorrow, or the date and how many days away it is."""
    days = (day - today).days
    if days == 0:
        return QCoreApplication.translate("TodayPage", "Today")
    if days == 1:
        return QCoreApplication.translate("TodayPage", "Tomorrow")
    return QCoreApplication.translate("TodayPage", "{date} (in {days} days)").format(
        date=short_date(day), days=QLocale().toString(days)
    )


def _coming_until(agenda: TodayAgenda | None) -> str:
    return short_date(agenda.coming_until) if agenda else "…"
