"""The lists folded below Today's work list: birthdays to come, holidays, customers gone quiet
and referral rewards owed, each an AgendaSection with its columns and buttons.

Apart from today_page so the page holds the agenda's reading and the work list's actions, and
this module how each lesser list looks. Words stay in TodayPage's context of the catalogue,
where they were written first (as in today_titles).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from custdesk.services.contacts.agenda import HolidayItem, QuietItem, TodayAgenda
from custdesk.services.contacts.work_list import BirthdayItem
from custdesk.services.referrals.rewards import RewardRecord
from custdesk.ui.common.display import money, short_date
from custdesk.ui.models.record_table_model import Column
from custdesk.ui.pages.today_titles import (
    birthdays_title,
    holidays_title,
    phone_shown,
    quiet_title,
    reward_text,
)
from custdesk.ui.widgets.agenda_section import AgendaSection, count_title

Customer = tuple[int, str]  # id and name, as the forms take them


def birthday_section(
    agenda: Callable[[], TodayAgenda | None],
    coming_day: Callable[[dt.date], str],
    greet_for_birthday: Callable[[Customer], object],
) -> AgendaSection[BirthdayItem]:
    section: AgendaSection[BirthdayItem] = AgendaSection(
        lambda count: birthdays_title(agenda(), count),
        QCoreApplication.translate("TodayPage", "No birthdays in the next 6 days."),
        [
            Column(
                lambda: QCoreApplication.translate("TodayPage", "Date"), lambda b: coming_day(b.on)
            ),
            Column(
                lambda: QCoreApplication.translate("TodayPage", "Customer"),
                lambda b: b.customer_name,
            ),
            Column(
                lambda: QCoreApplication.translate("TodayPage", "Turns"),
                lambda b: "" if b.turning is None else QLocale().toString(b.turning),
                align_right=True,
            ),
            Column(
                lambda: QCoreApplication.translate("TodayPage", "Phone"),
                lambda b: phone_shown(b.phone),
            ),
        ],
        stretch_column=1,
    )

    def greet() -> None:
        item = section.selected()
        if item is not None:
            greet_for_birthday((item.customer_id, item.customer_name))

    section.add_button(QCoreApplication.translate("TodayPage", "Log greeting…"), greet)
    section.activated.connect(greet)
    return section


def holiday_section(
    agenda: Callable[[], TodayAgenda | None],
    coming_day: Callable[[dt.date], str],
    log_greeting: Callable[[], object],
) -> AgendaSection[HolidayItem]:
    section: AgendaSection[HolidayItem] = AgendaSection(
        lambda count: holidays_title(agenda(), count),
        QCoreApplication.translate("TodayPage", "No holidays today or in the next 6 days."),
        [
            Column(
                lambda: QCoreApplication.translate("TodayPage", "Date"), lambda h: coming_day(h.on)
            ),
            Column(lambda: QCoreApplication.translate("TodayPage", "Holiday"), holiday_name),
        ],
        stretch_column=1,
    )
    greet = section.add_button(
        QCoreApplication.translate("TodayPage", "Log greeting…"), log_greeting
    )
    section.activated.connect(greet.click)
    return section


def quiet_section(
    agenda: Callable[[], TodayAgenda | None],
    log_call: Callable[[Customer], object],
    plan_call: Callable[[int], None],
) -> AgendaSection[QuietItem]:
    """``plan_call``: a follow-up for today for the customer of this id."""
    section: AgendaSection[QuietItem] = AgendaSection(
        lambda count: quiet_title(agenda(), count),
        QCoreApplication.translate("TodayPage", "Nobody has gone quiet lately."),
        [
            Column(
                lambda: QCoreApplication.translate("TodayPage", "Customer"),
                lambda q: q.customer_name,
            ),
            Column(
                lambda: QCoreApplication.translate("TodayPage", "Phone"),
                lambda q: phone_shown(q.phone),
            ),
            Column(
                lambda: QCoreApplication.translate("TodayPage", "Last contact"),
                lambda q: short_date(q.last_contact),
            ),
            Column(
                lambda: QCoreApplication.translate("TodayPage", "Total spent"),
                lambda q: money(q.total_spent_cents),
                align_right=True,
            ),
        ],
        stretch_column=0,
    )

    def call() -> None:
        item = section.selected()
        if item is not None:
            log_call((item.customer_id, item.customer_name))

    def plan() -> None:
        item = section.selected()
        if item is not None:
            plan_call(item.customer_id)

    section.add_button(QCoreApplication.translate("TodayPage", "Log call…"), call)
    section.add_button(QCoreApplication.translate("TodayPage", "Call today"), plan)
    section.activated.connect(call)
    return section


def reward_section(mark_given: Callable[[int], None]) -> AgendaSection[RewardRecord]:
    """``mark_given``: the reward of this id has been given."""
    section: AgendaSection[RewardRecord] = AgendaSection(
        count_title(QCoreApplication.translate("TodayPage", "Referral rewards owed ({count})")),
        QCoreApplication.translate(
            "TodayPage", "No rewards owed. Every referrer has been thanked."
        ),
        [
            Column(
                lambda: QCoreApplication.translate("TodayPage", "Referrer"),
                lambda r: r.referrer_name,
            ),
            Column(
                lambda: QCoreApplication.translate("TodayPage", "For bringing"),
                lambda r: r.referred_name,
            ),
            Column(lambda: QCoreApplication.translate("TodayPage", "Reward"), reward_text),
        ],
        stretch_column=2,
    )

    def given() -> None:
        item = section.selected()
        if item is not None:
            mark_given(item.id)

    section.add_button(QCoreApplication.translate("TodayPage", "Mark as given"), given)
    section.activated.connect(given)
    return section


def holiday_name(item: HolidayItem) -> str:
    return item.holiday.name_for(QLocale().name())
