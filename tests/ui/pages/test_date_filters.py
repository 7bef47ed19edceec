"""The date ranges of the visit log, the reports page and the export dialog are typed like every
date: a date typed applies, and a date that is no date is told under the dates while the list,
the charts and the files stay as they were."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.contacts.visits import VisitDraft
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.shell.main_window import MainWindow
from custdesk.ui.widgets.date_field import DateField

MakeWindow = Callable[[], MainWindow]
NOW = dt.datetime(2026, 11, 22, 9, 0)
NOT_A_DATE = "This is not a date (e.g. 1990-03-08)."


@pytest.fixture(autouse=True)
def shop_day() -> Iterator[None]:
    with shop_clock.frozen_at(NOW):
        yield


def retype(qtbot: QtBot, field: DateField, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_visit_log_shows_the_dates_typed_and_refuses_a_wrong_one(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    customer = context.services.customers.create(CustomerDraft(name="张三")).id
    for day in (dt.datetime(2026, 10, 1, 10), dt.datetime(2026, 11, 20, 10)):
        context.services.visits.log(customer, VisitDraft(day, "store"))
    window = make_window()
    window.navigation.select("visits")
    page = window.visits_page
    assert page.model.rowCount() == 1  # the last 30 days: from 23 October
    retype(qtbot, page.since_edit, "2026/10/1")  # the first day of the period counts
    assert page.model.rowCount() == 2
    assert page.dates_error.isHidden()

    retype(qtbot, page.until_edit, "2026-11-31")
    assert page.dates_error.isVisible()
    assert page.dates_error.text() == NOT_A_DATE
    assert page.until_edit.text() == "2026-11-31"
    assert page.model.rowCount() == 2  # the list as it was
    assert page.export_to(tmp_path / "visits.xlsx") is None
    assert not (tmp_path / "visits.xlsx").exists()


def test_the_reports_page_refuses_a_date_that_is_no_date(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.navigation.select("reports")
    page = window.reports_page
    retype(qtbot, page.since_edit, "2026.6.1")
    assert page.period_combo.currentData() == "custom"
    assert page.period() == (dt.date(2026, 6, 1), NOW.date())
    retype(qtbot, page.since_edit, "June")
    assert page.dates_error.isVisible()
    assert page.dates_error.text() == NOT_A_DATE
    assert page.period() is None


@pytest.mark.parametrize(("typed", "sentence"), [("abc", NOT_A_DATE), ("", "Please fill this in.")])
def test_the_export_dialog_writes_nothing_for_a_date_that_is_no_date(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, typed: str, sentence: str
) -> None:
    window = make_window()
    dialog = window.export_reports()
    # The Reports page's default period, the last 12 months, this one included.
    assert (dialog.since_edit.text(), dialog.until_edit.text()) == ("2025-12-01", "2026-11-22")
    dialog.until_edit.setFocus()
    qtbot.keyClick(dialog.until_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.until_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.until_edit, typed)
    assert dialog.export_to(tmp_path / "reports.xlsx") is None
    assert dialog.dates_error.isVisible()
    assert dialog.dates_error.text() == sentence
    assert dialog.isVisible()
    assert not (tmp_path / "reports.xlsx").exists()
