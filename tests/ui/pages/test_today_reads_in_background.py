"""Today's agenda is read off the GUI thread: on a large shop the read takes a moment after every
action, and the window must not freeze for it."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.errors import DatabaseLockedError
from custdesk.services.contacts.agenda import AgendaCounts, AgendaService, TodayAgenda
from custdesk.ui.common.operations import Changes
from custdesk.ui.shell.main_window import MainWindow

# The shop's midnight never falls inside a test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("at_midday")

MakeWindow = Callable[[], MainWindow]
TODAY = dt.date.today()


class GatedAgenda:
    """The real agenda, read only when the test opens the gate (a slow disk, a big shop)."""

    def __init__(self, real: AgendaService) -> None:
        self._real = real
        self.gate = threading.Event()
        self.gate.set()
        self.reads = 0
        self.failure: Exception | None = None

    def today(self) -> TodayAgenda:
        self.reads += 1
        assert self.gate.wait(10), "the test never opened the gate"
        if self.failure is not None:
            raise self.failure
        return self._real.today()

    def counts(self) -> AgendaCounts:
        return self._real.counts()


def gated_window(context: AppContext, make_window: MakeWindow) -> tuple[MainWindow, GatedAgenda]:
    agenda = GatedAgenda(context.services.agenda)
    context.services.agenda = agenda  # type: ignore[assignment]
    return make_window(), agenda


def plan_call_today(context: AppContext, name: str) -> None:
    from custdesk.services.customers.records import CustomerDraft

    customer_id = context.services.customers.create(CustomerDraft(name=name)).id
    context.services.follow_ups.schedule(customer_id, TODAY, "回访")


def test_the_window_keeps_working_while_the_agenda_is_read(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    window, agenda = gated_window(context, make_window)
    page = window.today_page
    assert page.work_list.title_label.text() == "To do, most urgent first (0)"
    plan_call_today(context, "张三")
    agenda.gate.clear()
    window.changes.announce(Changes.VISITS)

    ticked: list[bool] = []
    QTimer.singleShot(10, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=2_000)  # the event loop ran meanwhile
    assert page.is_reading()
    # What it had, until the new agenda comes.
    assert page.work_list.title_label.text() == "To do, most urgent first (0)"

    with qtbot.waitSignal(page.agenda_loaded, timeout=5_000):
        agenda.gate.set()
    assert page.work_list.title_label.text() == "To do, most urgent first (1)"
    assert [item.customer_name for item in page.work_list.model.records()] == ["张三"]


def test_changes_during_a_read_bring_one_more_read_with_the_latest(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    window, agenda = gated_window(context, make_window)
    page = window.today_page
    reads_before = agenda.reads
    agenda.gate.clear()
    window.changes.announce(Changes.VISITS)
    plan_call_today(context, "张三")  # after the first read began: only a second read sees it
    window.changes.announce(Changes.VISITS)
    window.changes.announce(Changes.CUSTOMERS)
    agenda.gate.set()
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=5_000)

    assert agenda.reads == reads_before + 2
    assert page.work_list.title_label.text() == "To do, most urgent first (1)"


def test_closing_the_window_waits_for_the_read(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    window, agenda = gated_window(context, make_window)
    agenda.gate.clear()
    window.changes.announce(Changes.VISITS)
    assert window.today_page.is_reading()
    threading.Timer(0.2, agenda.gate.set).start()

    window.close()  # the shop file is closed right after: no worker may still be reading it

    assert not window.today_page.is_reading()


def test_a_read_that_fails_is_told_once_and_tried_again_when_next_shown(
    qtbot: QtBot,
    context: AppContext,
    make_window: MakeWindow,
    shown_messages: list[tuple[str, str]],
) -> None:
    window, agenda = gated_window(context, make_window)
    page = window.today_page
    agenda.failure = DatabaseLockedError("locked")
    window.changes.announce(Changes.VISITS)
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=5_000)

    assert len(shown_messages) == 1
    assert page.refresher.stale

    agenda.failure = None
    plan_call_today(context, "李四")
    window.navigation.select("customers")
    with qtbot.waitSignal(page.agenda_loaded, timeout=5_000):
        window.navigation.select("today")
    assert page.work_list.title_label.text() == "To do, most urgent first (1)"
    assert len(shown_messages) == 1
