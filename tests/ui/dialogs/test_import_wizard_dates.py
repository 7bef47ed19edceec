"""The import wizard asks how the birthdays are written when they could be read either way, and
says which rows went in with a note."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def test_the_clerk_says_how_the_birthdays_are_written(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("姓名,生日\nAnn Lee,5/3/1990\n郑涛,农历三月初八\n", encoding="utf-8")
    wizard = make_window().import_customers()
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):  # read in the background
        wizard.open_file(path)
    wizard.next()
    page = wizard.columns_page
    assert wizard.date_order_question.combo.isVisible()
    assert "5/3/1990" in wizard.date_order_question.hint.text()
    assert not page.isComplete()  # Next waits for the answer
    wizard.date_order_question.combo.setFocus()
    qtbot.keyClick(wizard.date_order_question.combo, Qt.Key.Key_Down)
    qtbot.keyClick(wizard.date_order_question.combo, Qt.Key.Key_Down)  # month first, as Outlook
    assert wizard.date_order_question.combo.currentText() == "Month first: 5/3/1990 is May 3, 1990"
    assert page.isComplete()
    wizard.next()
    assert wizard.summary_label.text() == "Ready to import: 2. To be skipped: 0."
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    box = wizard.report_box
    assert "Imported with a note: 1 (row " in box.informativeText()
    box.close()
    people = CustomerListService(context.db)
    birthdays = {row.name: row.birthday for row in people.rows(people.ids())}
    assert birthdays == {"Ann Lee": Birthday(5, 3, 1990), "郑涛": None}


def test_a_column_that_shows_its_order_is_not_asked_about(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "客户.csv"
    path.write_text("姓名,生日\n甲,5/3/1990\n乙,15/3/1990\n丙,5月3日\n", encoding="utf-8")
    wizard = make_window().import_customers()
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):  # read in the background
        wizard.open_file(path)
    wizard.next()
    assert not wizard.date_order_question.combo.isVisible()
    assert wizard.columns_page.isComplete()
