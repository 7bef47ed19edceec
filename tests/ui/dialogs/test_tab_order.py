"""Tab walks every form the way the eye reads it: each field once, top to bottom (left to right
on one line), so a clerk can fill a form without the mouse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.shop.demo import generate_demo
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractButton)
SAME_LINE = 8  # pixels: widgets whose tops differ less than this sit on one line


def is_field(widget: QWidget, dialog: QWidget) -> bool:
    if not isinstance(widget, FIELDS) or not widget.isVisibleTo(dialog):
        return False
    if not widget.isEnabled() or widget.focusPolicy() & Qt.FocusPolicy.TabFocus == 0:
        return False
    # a line edit inside a spin box or combo box is reached through its owner
    return not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)


def tab_chain(qtbot: QtBot, dialog: QWidget) -> list[QWidget]:
    """Focus owners met by pressing Tab from the first field until back at the start."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    start = QApplication.focusWidget()
    assert start is not None and dialog.isAncestorOf(start), "the form opens with a field focused"
    chain = [start]
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is start and len(chain) > 1:
            return chain
        if current is not chain[-1]:  # a date edit's Tab first walks its own day/month/year
            chain.append(current)
    raise AssertionError(f"Tab never came back to the first field: {names(chain)}")


def names(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}:{w.objectName()}" for w in widgets]


def top_left(widget: QWidget, dialog: QWidget) -> QPoint:
    return widget.mapTo(dialog, QPoint(0, 0))


def out_of_reading_order(chain: list[QWidget], dialog: QWidget) -> list[str]:
    """Neighbours in the chain that share a parent but go back up, or left on one line."""
    problems = []
    for before, after in pairwise(chain):
        parent = before.parentWidget()
        if parent is not after.parentWidget() or isinstance(parent, QDialogButtonBox):
            continue  # a button box orders its buttons as the platform does
        a, b = top_left(before, dialog), top_left(after, dialog)
        same_line = abs(a.y() - b.y()) < SAME_LINE
        if (same_line and b.x() < a.x()) or (not same_line and b.y() < a.y()):
            problems.append(
                f"{before.objectName() or type(before).__name__} -> "
                f"{after.objectName() or type(after).__name__}"
            )
    return problems


def check_form(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    chain = tab_chain(qtbot, dialog)
    expected = [w for w in dialog.findChildren(QWidget) if is_field(w, dialog)]
    missed = [w for w in expected if w not in chain]
    assert names(missed) == [], f"fields Tab never reaches; it goes {names(chain)}"
    assert len(chain) == len(set(chain)), "a field is visited twice"
    assert out_of_reading_order(chain, dialog) == []
    dialog.close()


def resolve_first_complaint(window: MainWindow) -> QWidget:
    window.navigation.select("complaints")
    window.complaints_page.table.selectRow(0)
    dialog = window.complaints_page.resolve_selected()
    assert dialog is not None
    return dialog


@pytest.fixture
def window(context: AppContext, make_window: MakeWindow) -> MainWindow:
    generate_demo(context.db, 60, seed=4)
    someone = context.services.customer_list.ids()[0]
    context.services.complaints.record(someone, ComplaintDraft(dt.datetime.now(), "phone", "慢"))
    window = make_window()
    window.navigation.select("customers")
    window.customers_page.table.selectRow(0)
    return window


@pytest.mark.parametrize(
    "open_form",
    [
        pytest.param(lambda w: w.customers_page.new_customer(), id="new customer"),
        pytest.param(
            lambda w: w.customers_page.edit_customer(w.customers_page.selected()[0]),
            id="customer file",
        ),
        pytest.param(lambda w: w.log_visit(), id="log visit"),
        pytest.param(lambda w: w.new_complaint(), id="new complaint"),
        pytest.param(lambda w: w.open_settings(), id="settings"),
        pytest.param(resolve_first_complaint, id="resolve complaint"),
        pytest.param(lambda w: w.export_reports(), id="export"),
    ],
)
def test_tab_reaches_every_field_in_reading_order(
    qtbot: QtBot, window: MainWindow, open_form: Callable[[MainWindow], QWidget]
) -> None:
    check_form(qtbot, open_form(window))
