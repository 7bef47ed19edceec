"""The referral date and the planned call's date in the customer form are typed like every date:
what is typed is what is saved, and a date that is no date saves nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import Services
from custdesk.services.customers.customer_list import CustomerFilter
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.referrals.customer_file import UNCHANGED, ReferrerChoice
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.customer_form.contact_history_panel import ContactHistoryPanel
from custdesk.ui.customer_form.referral_panel import ReferralPanel
from custdesk.ui.widgets.date_field import DateField
from tests.ui.keyboard import type_text

NOW = dt.datetime(2026, 11, 22, 9, 0)


@pytest.fixture(autouse=True)
def shop_day() -> Iterator[None]:
    with shop_clock.frozen_at(NOW):
        yield


def retype(qtbot: QtBot, field: DateField, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def referral_panel(qtbot: QtBot, services: Services) -> tuple[ReferralPanel, int]:
    services.customers.create(CustomerDraft(name="张三"))
    li = services.customers.create(CustomerDraft(name="李四")).id
    panel = ReferralPanel(
        referrals=services.referrals,
        customers=services.customers,
        customer_list=services.customer_list,
        changes=ChangeNotifier(),
        customer_id=li,
    )
    qtbot.addWidget(panel)
    panel.show()
    type_text(qtbot, panel.picker.search_box, "zs")
    return panel, li


def test_a_referrer_is_kept_for_save_with_the_date_typed(qtbot: QtBot, services: Services) -> None:
    panel, _li = referral_panel(qtbot, services)
    retype(qtbot, panel.date_edit, "2026.10.3")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    [zhang] = services.customer_list.ids(CustomerFilter(text="张三"))
    assert panel.choice == ReferrerChoice(zhang, dt.date(2026, 10, 3), "lead")
    assert "张三" in panel.referrer_label.text()


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [("2026-10-32", "This is not a date (e.g. 1990-03-08)."), ("", "Please fill this in.")],
)
def test_a_referral_date_that_is_no_date_saves_no_referrer(
    qtbot: QtBot, services: Services, typed: str, sentence: str
) -> None:
    panel, _li = referral_panel(qtbot, services)
    retype(qtbot, panel.date_edit, typed)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.error_label.text() == sentence
    assert panel.error_label.isVisible()
    assert panel.choice is UNCHANGED
    assert panel.date_edit.text() == typed


def history_panel(qtbot: QtBot, services: Services) -> tuple[ContactHistoryPanel, int]:
    customer_id = services.customers.create(CustomerDraft(name="王五")).id
    panel = ContactHistoryPanel(
        visits=services.visits,
        follow_ups=services.follow_ups,
        customer_list=services.customer_list,
        changes=ChangeNotifier(),
        customer=(customer_id, "王五"),
    )
    qtbot.addWidget(panel)
    panel.show()
    return panel, customer_id


def test_a_call_is_planned_on_the_day_typed(qtbot: QtBot, services: Services) -> None:
    panel, customer_id = history_panel(qtbot, services)
    assert panel.plan_date_edit.text() == "2026-11-29"  # a week from the shop's today
    retype(qtbot, panel.plan_date_edit, "20261201")
    qtbot.mouseClick(panel.plan_button, Qt.MouseButton.LeftButton)
    assert services.customers.get(customer_id).next_follow_up_on == dt.date(2026, 12, 1)


def test_a_plan_date_that_is_no_date_plans_nothing(qtbot: QtBot, services: Services) -> None:
    panel, customer_id = history_panel(qtbot, services)
    retype(qtbot, panel.plan_date_edit, "12-01")  # the year left out
    qtbot.mouseClick(panel.plan_button, Qt.MouseButton.LeftButton)
    assert panel.plan_error.isVisible()
    assert panel.plan_error.text() == "This is not a date (e.g. 1990-03-08)."
    assert services.customers.get(customer_id).next_follow_up_on is None
    assert services.follow_ups.pending_for(customer_id) == []
