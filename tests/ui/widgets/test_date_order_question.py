"""The date-order question reads the file's own cell in each order, in the clerk's language, and
is picked with the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from custdesk.services.customers.date_reading import DateOrder
from custdesk.ui.widgets.date_order_question import DateOrderQuestion


def answers(question: DateOrderQuestion) -> list[str]:
    return [question.combo.itemText(index) for index in range(question.combo.count())]


@pytest.mark.usefixtures("chinese")
def test_each_answer_reads_the_files_cell(qtbot: QtBot) -> None:
    question = DateOrderQuestion("生日写法")
    qtbot.addWidget(question)
    question.ask("5/3/1990", "有些生日（如 5/3/1990）两种读法都可以。")
    assert answers(question) == [
        "选择…",
        "日在前：5/3/1990 是 1990年3月5日",
        "月在前：5/3/1990 是 1990年5月3日",
        "年在前：90/5/3 是 1990年5月3日",  # 5/3/1990 is no year-first date: the made-up one
    ]


def test_the_clerk_answers_with_the_keyboard_and_a_new_question_clears_it(qtbot: QtBot) -> None:
    page = QWidget()  # as on a wizard page: showing the page does not show the question
    qtbot.addWidget(page)
    question = DateOrderQuestion("Birthdays written", page)
    page.show()
    assert question.is_asked() is False  # hidden until there is a cell to ask about
    question.ask("12/1/1985")
    assert question.is_asked() and question.order() is None
    question.combo.setFocus()
    with qtbot.waitSignal(question.answered):
        qtbot.keyClick(question.combo, Qt.Key.Key_Down)
    assert question.combo.currentText() == "Day first: 12/1/1985 is January 12, 1985"
    assert question.order() is DateOrder.DMY
    question.ask("1/2/2000")
    assert question.order() is None  # another column, another question
    question.ask(None)
    assert question.is_asked() is False
