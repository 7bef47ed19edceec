"""Every page and dialog a clerk can open, walked widget by widget in zh_CN: no visible text may
still be English (the catalogue test checks the strings; this checks the screens use them)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QChart, QChartView
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.resources import load_seed
from custdesk.services.complaints.complaints import ComplaintDraft
from custdesk.services.shop.demo import generate_demo
from custdesk.ui.shell.main_window import PAGE_KEYS, MainWindow
from custdesk.ui.widgets import chart_card

MakeWindow = Callable[[], MainWindow]
CJK = re.compile(r"[\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z]{3,}")
# Names that stay as they are in a Chinese interface, and the demo shop's one English clerk.
ALLOWED = {"Excel", "PNG", "VIP", "English", "Python", "PySide", "CustDesk", "Ctrl", "xlsx", "csv"}
ALLOWED |= set(load_seed("demo")["clerks"])
TAGS = re.compile(r"<[^>]+>")


def untranslated(text: str) -> bool:
    plain = TAGS.sub(" ", text).replace("&", "")
    if CJK.search(plain) or plain.strip().startswith(("/", "\\")) or "custdesk.db" in plain:
        return False  # Chinese, or a file path
    return any(word not in ALLOWED for word in WORD.findall(plain))


def item_view_headers(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None or isinstance(model, QAbstractListModel):
        return
    for column in range(model.columnCount(QModelIndex())):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield header


def chart_texts(chart: QChart) -> Iterator[str]:
    """The words a chart draws: title, legend, axis titles and the months along the bottom (the
    names up the top referrers' axis are customers: data, not our text)."""
    yield chart.title()
    if chart.legend().isVisible():
        yield from (marker.label() for marker in chart.legend().markers())
    for axis in chart.axes():
        yield axis.titleText()
        if axis.orientation() == Qt.Orientation.Horizontal:
            if isinstance(axis, QBarCategoryAxis):
                yield from axis.categories()
            elif isinstance(axis, QCategoryAxis):
                yield from axis.categoriesLabels()


def workbook_texts(path: Path) -> Iterator[str]:
    """Sheet names and the words above the figures: heading, period and column headers."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    for sheet in workbook.worksheets:
        yield sheet.title
        for row in sheet.iter_rows(max_row=3, values_only=True):
            yield from (cell for cell in row if isinstance(cell, str))
    workbook.close()


def visible_texts(root: QWidget) -> Iterator[str]:
    yield root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        yield widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QAbstractItemView):
            yield from item_view_headers(widget)
        elif isinstance(widget, QWizard):
            page = widget.currentPage()
            yield from (page.title(), page.subTitle())
        elif isinstance(widget, QMenu):
            yield from (action.text() for action in widget.actions())
        elif isinstance(widget, QChartView) and widget.chart() is not None:
            yield from chart_texts(widget.chart())


def chinese_named_row(model: QAbstractItemModel) -> int:
    """A customer with a Chinese name: the demo's few English names are data, not our text."""
    return next(r for r in range(model.rowCount()) if CJK.search(model.index(r, 0).data()))


def english_left(root: QWidget) -> list[str]:
    """Untranslated texts on screen, with every tab of every tab widget brought forward."""
    found = {text for text in visible_texts(root) if text and untranslated(text)}
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(root):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                found |= {text for text in visible_texts(root) if text and untranslated(text)}
    return sorted(found)


@pytest.fixture
def window(chinese: None, context: AppContext, make_window: MakeWindow) -> MainWindow:
    generate_demo(context.db, 200, seed=4)
    someone = context.services.customer_list.ids()[0]
    context.services.complaints.record(
        someone, ComplaintDraft(dt.datetime.now(), "phone", "等太久了")
    )
    return make_window()


def test_every_page_and_menu_is_chinese(window: MainWindow) -> None:
    left = {}
    for key in PAGE_KEYS:
        window.navigation.select(key)
        left[key] = english_left(window)
    for menu in window.menuBar().findChildren(QMenu):
        left[menu.title()] = [a.text() for a in menu.actions() if untranslated(a.text())]
    assert {where: texts for where, texts in left.items() if texts} == {}


def test_every_chart_and_the_workbook_it_saves_is_chinese(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The complaints chart's legend and the charts' Excel headers stayed English in Chinese.
    Each chart is saved as the clerk does it, with its Excel… button and the name it suggests."""
    monkeypatch.setattr(chart_card, "ask_save_path", lambda _parent, name: tmp_path / name)
    window.navigation.select("reports")
    cards = window.reports_page.cards
    assert [key for key, card in cards.items() if card.is_empty()] == []
    left = {}
    for key, card in cards.items():
        qtbot.keyClick(card.excel_button, Qt.Key.Key_Space)
        saved = tmp_path / f"{card.title}.xlsx"
        on_screen = {t for t in chart_texts(card.view.chart()) if t and untranslated(t)}
        left[key] = sorted(on_screen | {t for t in workbook_texts(saved) if untranslated(t)})
    assert {key: texts for key, texts in left.items() if texts} == {}


def test_every_dialog_is_chinese(qtbot: QtBot, window: MainWindow) -> None:
    customers = window.customers_page
    window.navigation.select("customers")
    customers.table.selectRow(chinese_named_row(customers.model))
    chosen = customers.selected()
    assert chosen is not None
    dialogs: dict[str, QWidget] = {
        "new customer": customers.new_customer(),
        "customer file": customers.edit_customer(chosen[0]),
        "log visit": window.log_visit(),
        "new complaint": window.new_complaint(),
        "import": window.import_customers(),
        "export": window.export_reports(),
        "settings": window.open_settings(),
        "about": window.show_about(),
        "stage rules": window.show_stage_rules(),
    }
    window.navigation.select("customers")
    customers.table.selectRow(chinese_named_row(customers.model))
    merge = customers.merge_selected()
    assert merge is not None
    dialogs["merge"] = merge
    window.navigation.select("complaints")
    page = window.complaints_page
    open_row = next(r for r in range(page.model.rowCount()) if page.model.record(r).is_open)
    page.table.selectRow(open_row)
    resolve = window.complaints_page.resolve_selected()
    assert resolve is not None
    dialogs["resolve complaint"] = resolve
    untitled = [name for name, dialog in dialogs.items() if not dialog.windowTitle()]
    assert untitled == []
    left = {}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        left[name] = english_left(dialog)
        dialog.close()
    assert {name: texts for name, texts in left.items() if texts} == {}


def test_the_check_finds_english_when_there_is_some(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    """Without the Chinese catalogue the same walk must complain, or it proves nothing."""
    generate_demo(context.db, 200, seed=4)
    window = make_window()
    assert "Customers: 200" in english_left(window)
    window.navigation.select("reports")
    assert {"Complaints", "Resolved the same day (%)"} <= set(english_left(window))
    assert english_left(window.open_settings())
