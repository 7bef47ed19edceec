"""The Today page as a clerk uses it: see what is due, do it, watch the counts go down."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitFilter
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.ui.common.operations import Changes
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

# The shop's midnight never falls inside a test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("at_midday")

MakeWindow = Callable[[], MainWindow]
TODAY = dt.date.today()


def today_label(window: MainWindow) -> str:
    return window.navigation.item(0).text()


def plan(context: AppContext, name: str, due: dt.date, purpose: str = "回访") -> int:
    customer_id = context.services.customers.create(CustomerDraft(name=name)).id
    back_then = dt.datetime.combine(min(due, TODAY), dt.time(9, 0))
    FollowUpService(context.db, stage_rules=stage_rules_in, clock=lambda: back_then).schedule(
        customer_id, due, purpose
    )
    return customer_id


def test_completing_an_overdue_follow_up_logs_the_visit_and_plans_the_next(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    late_id = plan(context, "张三", TODAY - dt.timedelta(days=3), "试穿回访")
    plan(context, "李四", TODAY)
    born = TODAY.replace(year=TODAY.year - 30) if (TODAY.month, TODAY.day) != (2, 29) else None
    context.services.customers.create(
        CustomerDraft(name="王五", birthday=Birthday.from_date(born) if born else None)
    )
    window = make_window()
    page = window.today_page
    assert window.current_page() is page
    assert today_label(window) == f"Today  ({3 if born else 2})"
    work = page.work_list
    assert work.title_label.text() == f"To do, most urgent first ({3 if born else 2})"
    assert [work.model.index(row, 0).data() for row in range(work.model.rowCount())] == [
        "3 d late",
        "Due today",
    ] + (["Birthday today"] if born else [])
    assert [w.customer_name for w in work.model.records()] == ["张三", "李四"] + (
        ["王五"] if born else []
    )
    assert page.birthdays.model.records() == []  # today's is on the work list, not twice

    work.table.selectRow(0)
    qtbot.mouseClick(work.action_buttons[0], Qt.MouseButton.LeftButton)
    dialog = page.findChild(VisitDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.purpose_edit.text() == "试穿回访"  # carried over from the plan
    type_text(qtbot, dialog.outcome_edit, "很满意")
    dialog.satisfaction_combo.setCurrentIndex(5)
    qtbot.mouseClick(dialog.next_group.button(30), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.agenda_loaded):  # read again in the background after the save
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    assert work.title_label.text() == f"To do, most urgent first ({2 if born else 1})"
    assert [w.customer_name for w in work.model.records()] == ["李四"] + (["王五"] if born else [])
    assert today_label(window) == f"Today  ({2 if born else 1})"
    logged = context.services.visits.visits(VisitFilter(customer_id=late_id))
    assert [(v.outcome, v.satisfaction) for v in logged] == [("很满意", 5)]
    record = context.services.customers.get(late_id)
    assert record.next_follow_up_on == TODAY + dt.timedelta(days=30)


def test_snooze_and_cancel_take_lines_off_today(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    plan(context, "张三", TODAY)
    plan(context, "李四", TODAY)
    window = make_window()
    page = window.today_page
    work = page.work_list
    assert work.title_label.text() == "To do, most urgent first (2)"
    assert [f.customer_name for f in work.model.records()] == ["李四", "张三"]
    work.table.selectRow(0)
    snoozed = work.selected()
    assert snoozed is not None
    _done, snooze, cancel = work.action_buttons
    assert [a.text() for a in snooze.menu().actions()] == [
        "Tomorrow",
        "In 3 days",
        "In 7 days",
    ]
    with qtbot.waitSignal(page.agenda_loaded):
        snooze.menu().actions()[1].trigger()
    assert [f.customer_name for f in work.model.records()] == ["张三"]
    after = context.services.customers.get(snoozed.customer_id)
    assert after.next_follow_up_on == TODAY + dt.timedelta(days=3)
    work.table.selectRow(0)
    with qtbot.waitSignal(page.agenda_loaded):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert work.title_label.text() == "To do, most urgent first (0)"
    assert work.body.currentWidget() is work.empty_label
    assert today_label(window) == "Today"


def test_a_visit_form_with_a_mistake_keeps_what_was_typed(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    customer_id = context.services.customers.create(CustomerDraft(name="张三")).id
    window = make_window()
    dialog = window.today_page.log_visit(None, "call")
    assert dialog.picker is not None
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.error_label.text() == "Please pick the customer first."
    type_text(qtbot, dialog.picker.search_box, "zs")  # pinyin initials of 张三
    assert dialog.picker.customer_id() == customer_id
    type_text(qtbot, dialog.purpose_edit, "新品介绍")
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(2))  # a slip: the future
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.error_label.text() == "This date is in the future."
    assert dialog.purpose_edit.text() == "新品介绍"
    assert context.services.visits.count() == 0
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(-2))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert context.services.visits.count() == 1


def test_the_today_page_speaks_chinese(
    chinese: None, context: AppContext, make_window: MakeWindow
) -> None:
    plan(context, "张三", TODAY)
    window = make_window()
    page = window.today_page
    assert page.work_list.title_label.text() == "今日待办，最急的在前（1）"
    assert page.work_list.model.index(0, 0).data() == "今天到期"
    assert page.work_list.model.headerData(0, Qt.Orientation.Horizontal) == "事项"
    assert page.work_list.empty_label.text() == "眼下没有待办，做得好！"
    assert page.heading.text().startswith("今日 · ")


def test_todays_follow_ups_export_as_a_call_list(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    import openpyxl

    plan(context, "张三", TODAY - dt.timedelta(days=2), "试穿回访")
    plan(context, "李四", TODAY)
    window = make_window()
    job = window.today_page.export_to(tmp_path / "calls.xlsx")
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    sheet = openpyxl.load_workbook(tmp_path / "calls.xlsx").active
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert [(row[1], row[2], row[4]) for row in rows] == [
        (2, "张三", "试穿回访"),
        (0, "李四", "回访"),
    ]


def test_a_holiday_named_in_one_language_only_shows_that_name(
    context: AppContext, make_window: MakeWindow
) -> None:
    """Settings accept a greeting day with one name left blank: the page shows the name there
    is, in either language, rather than an empty cell."""
    from dataclasses import replace

    from custdesk.services.customers.calendar import Holiday

    soon = TODAY + dt.timedelta(days=2)
    settings = context.services.settings
    shop_birthday = Holiday("店庆", "", month=soon.month, day=soon.day)
    settings.save(replace(settings.get(), holidays=(shop_birthday,)))
    page = make_window().today_page
    assert page.holidays.model.index(0, 1).data() == "店庆"


def test_a_birthday_without_a_year_tomorrow_shows_no_age(
    context: AppContext, make_window: MakeWindow
) -> None:
    with shop_clock.frozen_at(dt.datetime(2026, 12, 31, 0, 0)):  # local midnight, UTC+8
        context.services.customers.create(CustomerDraft(name="黄勇", birthday=Birthday(1, 1)))
        born = Birthday(1, 1, 1990)
        context.services.customers.create(CustomerDraft(name="张伟", birthday=born))
        model = make_window().today_page.birthdays.model
        rows = [[model.index(r, c).data() for c in (1, 2)] for r in range(model.rowCount())]
    assert sorted(rows) == [["张伟", "37"], ["黄勇", ""]]


def test_todays_lists_keep_the_clerks_place(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    """Saving Settings moved Today's selection to the first line, and so did a snooze (a
    clerk's trial): the line stays selected, or the one now in its place."""
    for name in ("张三", "李四", "王五"):
        plan(context, name, TODAY)
    window = make_window()
    section = window.today_page.work_list
    assert [f.customer_name for f in section.model.records()] == ["李四", "王五", "张三"]
    section.table.selectRow(1)

    with qtbot.waitSignal(window.today_page.agenda_loaded):
        window.changes.announce(Changes.SETTINGS)  # as saving Settings does
    assert section.selected() is not None and section.selected().customer_name == "王五"

    _done, snooze, _cancel = section.action_buttons
    with qtbot.waitSignal(window.today_page.agenda_loaded):
        snooze.menu().actions()[0].trigger()
    assert section.selected() is not None and section.selected().customer_name == "张三"


# The offscreen platform cannot raise a window; a real one brings the open form to the front.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_double_click_on_done_opens_one_form(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    plan(context, "张三", TODAY - dt.timedelta(days=1), "试穿回访")
    page = make_window().today_page
    page.work_list.table.selectRow(0)
    done = page.work_list.action_buttons[0]
    # A double-click: its second click reaches Done before the first click's form is up.
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    forms = [form for form in page.findChildren(VisitDialog) if form.isVisible()]
    assert len(forms) == 1
    type_text(qtbot, forms[0].outcome_edit, "很满意")
    with qtbot.waitSignal(forms[0].logged):
        forms[0].buttons.button(QDialogButtonBox.StandardButton.Save).setFocus()
        qtbot.keyClick(
            forms[0].buttons.button(QDialogButtonBox.StandardButton.Save), Qt.Key.Key_Space
        )
    assert len(context.services.visits.visits(VisitFilter())) == 1
