"""The Today agenda as plain text lines, for ``custdesk due`` (a terminal has no Qt translator,
so headings carry both languages). Presentation of the command line, beside cli.py: services
return codes and figures, never text for a reader."""

from __future__ import annotations

from collections.abc import Iterator

from custdesk.services.contacts.agenda import TodayAgenda
from custdesk.services.customers.phones import display_phone


def _phone(number: str) -> str:
    return display_phone(number) if number else "-"


def agenda_lines(agenda: TodayAgenda) -> Iterator[str]:
    today = agenda.today
    yield f"CustDesk 今日 Today {today.isoformat()}"
    yield ""
    yield f"逾期回访 Overdue follow-ups ({len(agenda.overdue)})"
    for item in agenda.overdue:
        late = (today - item.due_on).days
        yield (
            f"  {item.due_on.isoformat()}  +{late}d  {item.customer_name}  "
            f"{_phone(item.phone)}  {item.purpose}".rstrip()
        )
    yield f"今日回访 Due today ({len(agenda.due_today)})"
    for item in agenda.due_today:
        yield f"  {item.customer_name}  {_phone(item.phone)}  {item.purpose}".rstrip()
    yield f"近7天生日 Birthdays, next 7 days ({len(agenda.birthdays)})"
    for birthday in agenda.birthdays:
        yield (
            f"  {birthday.on.isoformat()}  {birthday.customer_name}  "
            f"{birthday.turning}岁/turns {birthday.turning}  {_phone(birthday.phone)}"
        )
    yield f"节日问候 Holidays ({len(agenda.holidays)})"
    for holiday in agenda.holidays:
        yield f"  {holiday.on.isoformat()}  {holiday.holiday.name_zh} {holiday.holiday.name_en}"
    days = agenda.dormant_after_days
    yield f"{days}天未联系 No contact in {days} days ({len(agenda.gone_quiet)})"
    for quiet in agenda.gone_quiet:
        yield (
            f"  {quiet.last_contact.isoformat()}  {quiet.customer_name}  {_phone(quiet.phone)}  "
            f"¥{quiet.total_spent_cents / 100:,.2f}"
        )
    yield f"未结投诉 Open complaints: {agenda.open_complaints}"
