"""The follow-ups sheet is the Today page's call list on paper: same people, same order, and
each row says when, how late, whom to call, on which number, why, and where the plan came from."""

from __future__ import annotations

import datetime as dt

import pytest

from custdesk.services.contacts.agenda import AgendaService
from custdesk.services.contacts.cadence import FollowUpSource
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import settings_in, stage_rules_in
from custdesk.services.spreadsheets.export_reports import ReportBuilder
from custdesk.storage.db import Database

PLANNED = dt.datetime(2026, 11, 1, 9, 0)  # when the clerk planned the calls
NOW = dt.datetime(2026, 11, 22, 15, 30)
TODAY = NOW.date()


@pytest.fixture
def shop(db: Database) -> Database:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: PLANNED)
    # Created out of phone-book order, so an export in id order would show it.
    wu = customers.create(CustomerDraft(name="吴六", phones=["13800138000"])).id
    an = customers.create(CustomerDraft(name="安七", phones=["0755 8888 1234", "13900139000"])).id
    bai = customers.create(CustomerDraft(name="白八")).id  # no phone
    plans = FollowUpService(db, stage_rules=stage_rules_in, clock=lambda: PLANNED)
    plans.schedule(wu, dt.date(2026, 11, 20), "回访新品", source=FollowUpSource.VISIT)
    plans.schedule(an, dt.date(2026, 11, 20), "生日问候", source=FollowUpSource.MANUAL)
    plans.schedule(bai, TODAY, "投诉跟进", source=FollowUpSource.COMPLAINT)
    plans.schedule(an, TODAY, "第二次", source=FollowUpSource.CADENCE)
    plans.schedule(an, TODAY, "第三次", source=FollowUpSource.CADENCE)  # same day, same person
    plans.schedule(wu, TODAY + dt.timedelta(days=1), "明天的", source=FollowUpSource.MANUAL)
    return db


def test_the_sheet_lists_todays_call_list_in_its_order(shop: Database) -> None:
    agenda = AgendaService(shop, settings=settings_in, today=lambda: TODAY).today()
    on_today = [(i.due_on, i.customer_name, i.purpose) for i in agenda.overdue + agenda.due_today]
    sheet = ReportBuilder(shop, "en", now=NOW).follow_ups(None)
    assert [(row[0], row[2], row[4]) for row in sheet.rows] == on_today
    assert len(on_today) == 5  # tomorrow's call is not on today's list


def test_each_row_reads_in_the_clerks_language(shop: Database) -> None:
    english = ReportBuilder(shop, "en", now=NOW).follow_ups(None)
    assert english.headers == ["Due", "Days late", "Customer", "Phone", "Purpose", "Source"]
    assert english.subtitle == "… – 2026-11-22 · exported 2026-11-22 15:30"
    assert [tuple(row) for row in english.rows] == [
        (dt.date(2026, 11, 20), 2, "安七", "0755 8888 1234", "生日问候", "Planned"),
        (dt.date(2026, 11, 20), 2, "吴六", "138 0013 8000", "回访新品", "After a visit"),
        (TODAY, 0, "安七", "0755 8888 1234", "第二次", "Regular cadence"),
        (TODAY, 0, "安七", "0755 8888 1234", "第三次", "Regular cadence"),
        (TODAY, 0, "白八", "", "投诉跟进", "Complaint check-back"),
    ]
    chinese = ReportBuilder(shop, "zh", now=NOW).follow_ups(dt.date(2026, 11, 21))
    assert chinese.headers == ["应回访日", "逾期天数", "客户", "电话", "目的", "来源"]
    assert chinese.subtitle.startswith("… – 2026-11-21 · ")
    assert [(row[1], row[5]) for row in chinese.rows] == [(1, "计划回访"), (1, "回访后安排")]
