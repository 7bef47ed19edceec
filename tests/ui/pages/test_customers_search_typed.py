"""Issue 19 in the window: what a clerk types into the search box finds its customers, ranked
(exact, then starting with it, then the rest) until a column header is clicked, and the count
beside the list says how many."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.ui.models.customer_table_model import NAME
from custdesk.ui.pages.customers_page import CustomersPage, count_shown
from tests.ui.building import customers_page
from tests.ui.keyboard import type_text


def shown_names(page: CustomersPage) -> list[str]:
    model = page.table.model()
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def page_with(
    qtbot: QtBot, db: Database, services: Services, *people: tuple[str, str]
) -> CustomersPage:
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2026, 11, 1)
    )
    for name, phone in people:
        customers.create(CustomerDraft(name=name, phones=(phone,) if phone else ()))
    page = customers_page(services)
    qtbot.addWidget(page)
    page.show()
    return page


def search_for(qtbot: QtBot, page: CustomersPage, typed: str) -> None:
    """Select what the box holds and type over it, then wait for the typing pause."""
    page.search_box.setFocus()
    qtbot.keyClick(page.search_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Backspace)
    type_text(qtbot, page.search_box, typed)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)  # applies the search without the pause


def click_header(qtbot: QtBot, page: CustomersPage, column: int) -> None:
    header = page.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


@pytest.mark.parametrize(
    ("typed", "names", "count"),
    [
        pytest.param("明", ["明", "李明华", "王小明"], "3 found", id="one-character-exact-first"),
        pytest.param("小明", ["王小明"], "1 found", id="two-characters"),
        pytest.param("明 138", ["王小明"], "1 found", id="name-and-phone"),
        pytest.param("zhang san", ["张三", "张三丰"], "2 found", id="words-whole-pinyin-first"),
        pytest.param("张 三", ["张三", "张三丰"], "2 found", id="characters-as-words"),
        pytest.param("ＡＭＹ", ["Amy Lee"], "1 found", id="full-width"),
        pytest.param("an", ["安娜"], "1 found", id="pinyin-syllable-start"),
        pytest.param("zoe smith", ["Zoë Smith"], "1 found", id="latin-words"),
    ],
)
def test_typed_searches_show_their_customers_and_count(
    qtbot: QtBot, db: Database, services: Services, typed: str, names: list[str], count: str
) -> None:
    page = page_with(
        qtbot, db, services,
        ("王小明", "13800138000"), ("李明华", "13912345678"), ("明", ""), ("张三丰", ""),
        ("张三", ""), ("Amy Lee", ""), ("安娜", ""), ("Zoë Smith", ""),
    )  # fmt: skip
    search_for(qtbot, page, typed)
    assert shown_names(page) == names
    assert page.count_label.text() == count
    assert page.search_box.text() == typed  # shown as typed, full-width included


def test_a_typed_search_is_ranked_until_a_header_is_clicked(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    page = page_with(qtbot, db, services, ("李张", ""), ("张伟", ""), ("张", ""))
    header = page.table.horizontalHeader()
    search_for(qtbot, page, "张")
    assert shown_names(page) == ["张", "张伟", "李张"]  # exact, starts with it, holds it
    assert header.sortIndicatorSection() == -1  # no column's arrow: the ranking orders it

    click_header(qtbot, page, NAME)
    assert shown_names(page) == ["李张", "张", "张伟"]  # phone-book order: li… before zhang…
    assert header.sortIndicatorSection() == NAME

    search_for(qtbot, page, "张伟")
    assert shown_names(page) == ["张伟"]
    search_for(qtbot, page, "张")  # a new search is ranked again
    assert shown_names(page) == ["张", "张伟", "李张"]

    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)  # cleared: the column's order is back
    assert shown_names(page) == ["李张", "张", "张伟"]
    assert header.sortIndicatorSection() == NAME


def test_a_phone_typed_ranks_the_number_starting_with_it_first(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    page = page_with(qtbot, db, services, ("李四", "13913800130"), ("王五", "13800138000"))
    search_for(qtbot, page, "1380013")
    assert shown_names(page) == ["王五", "李四"]  # 1380013… before …1380013…, not li before wang
    search_for(qtbot, page, "13800138000")
    assert shown_names(page) == ["王五"]


def test_the_count_stops_at_ten_thousand(qapp: QApplication) -> None:
    assert count_shown(0) == "0"
    assert count_shown(10_000) == "10,000"
    assert count_shown(10_001) == "10,000+"


def test_initials_rank_as_a_name_does_exact_then_starting_then_inside(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    page = page_with(qtbot, db, services, ("张三", ""), ("ZS", ""), ("李张三", ""))
    search_for(qtbot, page, "zs")
    # Not the phone book's lizhangsan, zhangsan, zs: the name ZS, then z-s…, then l-z-s.
    assert shown_names(page) == ["ZS", "张三", "李张三"]


def test_a_new_search_starts_at_its_first_match_not_the_old_scroll_position(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    # A trial: 王, PageDown four times, then zhang opened at row 70 while Enter took the top.
    # Both lists longer than the screen: a short one cannot keep a scroll position anyway.
    people = [(f"{surname}{chr(0x4E00 + i)}", "") for surname in "王张" for i in range(100)]
    page = page_with(qtbot, db, services, *people)
    search_for(qtbot, page, "王")
    page.table.setFocus()
    for _ in range(4):
        qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
    assert page.table.verticalScrollBar().value() > 0
    page.search_box.setFocus()  # Ctrl+F in the window
    qtbot.keyClick(page.search_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, page.search_box, "张")  # and the clerk waits: no Down, no Enter
    qtbot.waitUntil(lambda: page.model.current_filter.text == "张")
    assert page.table.verticalScrollBar().value() == 0
    assert page.table.rowAt(0) == 0


def test_one_or_two_digits_beside_a_word_wait_for_the_third(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    page = page_with(qtbot, db, services, ("王丽", "13800001111"), ("王芳", "18600002222"))
    for typed, names in (
        ("王 1", ["王芳", "王丽"]),
        ("王 13", ["王芳", "王丽"]),
        ("王 138", ["王丽"]),
    ):
        search_for(qtbot, page, typed)
        assert shown_names(page) == names, typed
    search_for(qtbot, page, "13")  # alone: nothing yet, and the list says why
    assert shown_names(page) == []
    assert page.table.showing_placeholder()
    assert page.table.placeholder == "Type 3 or more digits to find a phone number."


@pytest.mark.parametrize(
    "modifier", [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier]
)
def test_end_and_home_go_to_the_last_and_first_customer_and_keep_the_names_in_view(
    qtbot: QtBot, db: Database, services: Services, modifier: Qt.KeyboardModifier
) -> None:
    people = [(f"王{chr(0x4E00 + i)}", "") for i in range(60)]
    page = page_with(qtbot, db, services, *people)
    search_for(qtbot, page, "王")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_End, modifier)
    current = page.table.currentIndex()
    assert current.row() == page.table.model().rowCount() - 1
    assert current.column() == NAME
    assert page.table.horizontalScrollBar().value() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Home, modifier)
    assert (page.table.currentIndex().row(), page.table.currentIndex().column()) == (0, NAME)


def test_a_selected_row_leaves_the_headings_as_wide_as_they_were_measured(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    # Two trials: with a row selected Qt drew every heading bold, wider than the widths the
    # columns were given from the plain font, and "Temperament" lost its first letter.
    page = page_with(qtbot, db, services, ("王丽", ""), ("王芳", ""))
    search_for(qtbot, page, "王")  # Down: the first row selected, the list focused
    header = page.table.horizontalHeader()
    assert page.table.selectionModel().hasSelection()
    assert not header.highlightSections()  # drawn in the font they were measured in
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
