"""``custdesk due`` prints every section of the Today page, each line of it, and for a past
``--date`` the rewards that were owed on that day (a hand-made shop on 22 November 2026)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from custdesk.cli import main
from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintService
from custdesk.services.contacts.agenda import AgendaService
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.customers.calendar import Birthday, Holiday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.referrals import ReferralService
from custdesk.services.referrals.rewards import RewardService
from custdesk.services.shop.settings import SettingsService, settings_in, stage_rules_in
from custdesk.storage.db import Database

D = dt.date
TODAY = D(2026, 11, 22)


def at(day: D, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def a_day_of_everything(db: Database) -> dict[str, int]:
    """One line for each part of Today: an overdue follow-up, one due today, a complaint's
    check-back, an open complaint, a birthday today and one to come, a greeting day, a
    customer just gone quiet and a reward owed."""
    clock = lambda: at(TODAY)  # noqa: E731
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=clock)
    ids: dict[str, int] = {}
    for name, birthday in [
        ("张三", None), ("李四", None), ("王五", None), ("赵六", None),
        ("孙七", Birthday(11, 22, 1990)), ("周八", Birthday(11, 25)), ("吴九", None),
        ("郑十", None),
    ]:  # fmt: skip
        ids[name] = customers.create(CustomerDraft(name=name, birthday=birthday)).id
    follow_ups = FollowUpService(db, stage_rules=stage_rules_in, clock=lambda: at(D(2026, 11, 1)))
    follow_ups.schedule(ids["张三"], D(2026, 11, 20), "试穿回访")
    follow_ups.schedule(ids["李四"], TODAY, "送货")
    complaints = ComplaintService(db, stage_rules=stage_rules_in, clock=clock)
    settled = complaints.record(
        ids["王五"], ComplaintDraft(at(D(2026, 11, 21), 10), "phone", "少发了一件")
    )
    complaints.resolve(settled.id, "补发", resolved_at=at(D(2026, 11, 21), 16))
    complaints.record(ids["赵六"], ComplaintDraft(at(TODAY, 8), "in_store", "太慢"))
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=clock)
    purchases.record(ids["吴九"], PurchaseDraft(D(2026, 8, 24), "茶", "19.99"))  # 90 days ago
    link = ReferralService(db, stage_rules=stage_rules_in, clock=clock).set_referrer(
        ids["郑十"], ids["张三"], referred_on=D(2026, 11, 10)
    )
    RewardService(db, clock=lambda: at(D(2026, 11, 10))).add(link.id, "cash", "0.29")
    SettingsService(db, today=lambda: TODAY).update(
        holidays=(Holiday("店庆", "Shop birthday", month=11, day=25),)
    )
    return ids


def due(db_path: Path, day: D, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["due", "--db", str(db_path), "--date", day.isoformat(), "--lang", "en"]) == 0
    return capsys.readouterr().out.splitlines()


def test_due_prints_each_line_of_each_today_section(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_day_of_everything(db)
    lines = due(db_path, TODAY, capsys)
    assert lines == [
        "CustDesk Today 2026-11-22",
        "",
        "Overdue follow-ups (1)",
        "  2026-11-20  2 days late  张三  -  试穿回访",
        "Due today (2)",
        "  李四  -  送货",
        "  王五  -  少发了一件",  # the check-back the day after the complaint was resolved
        "Birthdays, today and the next 6 days (2)",
        "  2026-11-22  孙七  turns 36  -",
        "  2026-11-25  周八  -  -",
        "Holidays, today and the next 6 days (1)",
        "  2026-11-25  Shop birthday",
        "Gone quiet in the last 14 days, no call planned: 1 (of 1 who have bought with no "
        "contact for 90 days or more)",
        "  2026-08-24  吴九  -  ¥19.99",
        "Referral rewards owed (1)",
        "  2026-11-10  张三  for bringing 郑十  Cash ¥0.29",
        "Open complaints: 1",
        "  2026-11-22  赵六  -  太慢",
    ]


def test_every_line_the_today_page_shows_is_in_due(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the page reads (the agenda and the rewards owed, as TodayPage.reload asks them),
    each of its lines found in due's output by its customer or holiday."""
    a_day_of_everything(db)
    agenda = AgendaService(db, settings=settings_in, today=lambda: TODAY).today()
    shown_on_the_page = [
        *(f"{item.customer_name}  -  {item.about}" for item in agenda.work_list if item.about),
        *(f"{b.on.isoformat()}  {b.customer_name}" for b in agenda.birthdays),
        *(f"{h.on.isoformat()}  {h.holiday.name_en}" for h in agenda.holidays),
        *(f"{q.last_contact.isoformat()}  {q.customer_name}" for q in agenda.gone_quiet),
        *(f"{r.referrer_name}  for bringing {r.referred_name}" for r in RewardService(db).owed()),
    ]
    assert len(shown_on_the_page) == 9
    out = "\n".join(due(db_path, TODAY, capsys))
    assert [line for line in shown_on_the_page if line not in out] == []


def test_a_past_day_lists_the_rewards_owed_on_that_day(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Promised on 10 November at 09:00, given on the 21st: owed on the 10th and the 20th, not
    on the 9th (not yet promised) nor on the 21st (given that day)."""
    ids = a_day_of_everything(db)
    rewards = RewardService(db, clock=lambda: at(TODAY))
    (owed,) = rewards.owed()
    rewards.mark_given(owed.id, D(2026, 11, 21))
    assert ids  # the shop above, its reward now given
    reward_line = "  2026-11-10  张三  for bringing 郑十  Cash ¥0.29"
    for day, listed in [
        (D(2026, 11, 9), False),
        (D(2026, 11, 10), True),
        (D(2026, 11, 20), True),
        (D(2026, 11, 21), False),
        (TODAY, False),
    ]:
        lines = due(db_path, day, capsys)
        assert (reward_line in lines) is listed, day
        assert f"Referral rewards owed ({int(listed)})" in lines
