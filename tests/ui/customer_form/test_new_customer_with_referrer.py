"""A customer who comes in on a friend's word and buys at once is filed in one go (issue 18): the
new-customer form has "Introduced by" (a search-as-you-type picker) and a first purchase, saved
with her in one transaction; one Ctrl+Z takes the whole new file back to the Trash."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custdesk import clock as shop_clock
from custdesk.app import Services
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from tests.ui.building import customers_page
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
# Five past midnight in the shop: her first purchase and the referral are dated the 1st of
# December, not the UTC 30th of November.
NOW = dt.datetime(2026, 12, 1, 0, 5)


@pytest.fixture(autouse=True)
def shop_day() -> Iterator[None]:
    with shop_clock.frozen_at(NOW):
        yield


def new_form(qtbot: QtBot, services: Services) -> tuple[CustomerDialog, object]:
    page = customers_page(services)
    qtbot.addWidget(page)
    page.show()
    dialog = page.new_customer()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog, page


def enter_until(qtbot: QtBot, dialog: CustomerDialog, widget: object) -> None:
    """Enter from field to field, as clerks used to Excel move on, until ``widget``."""
    for _ in range(12):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    pytest.fail(f"Enter never reached {widget}")


def test_a_referred_customer_is_saved_with_her_referrer_and_first_purchase(
    qtbot: QtBot, services: Services
) -> None:
    referrer = services.customers.create(CustomerDraft(name="王芳", phones=("13800138000",)))
    dialog, page = new_form(qtbot, services)
    first = dialog.first_visit
    assert first is not None
    type_text(qtbot, dialog.name_edit, "李娜")
    enter_until(qtbot, dialog, dialog.birthday_edit)
    qtbot.keyClicks(dialog.birthday_edit, "1990/3/15")
    enter_until(qtbot, dialog, first.referrer_picker.search_box)
    qtbot.keyClicks(first.referrer_picker.search_box, "wangfang")  # one match: picked
    enter_until(qtbot, dialog, first.item_edit)
    type_text(qtbot, first.item_edit, "面霜")
    qtbot.keyClick(first.item_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(first.amount_edit, "19.99")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(first.amount_edit, Qt.Key.Key_S, CTRL)

    her = saved.args[0]
    record = services.customers.get(her)
    assert (record.name, record.draft.birthday and record.draft.birthday.date) == (
        "李娜",
        dt.date(1990, 3, 15),
    )
    bought = services.purchases.purchases_of(her)
    assert [(p.purchased_on, p.item, p.amount_cents) for p in bought] == [
        (dt.date(2026, 12, 1), "面霜", 1999)
    ]
    link = services.referrals.referral_of(her)
    assert link is not None
    assert (link.referrer_id, link.referred_on, link.status) == (
        referrer.id,
        dt.date(2026, 12, 1),
        "converted",  # she bought at once
    )
    assert services.customers.get(referrer.id).referrals_made == 1

    assert page.undo_stack.count() == 1
    page.undo_stack.undo()  # the new file goes to the Trash, her referral and sale with her
    assert [row.id for row in services.customers.trashed()] == [her]


def test_a_referrer_searched_but_not_chosen_is_asked_for_before_anything_is_saved(
    qtbot: QtBot, services: Services
) -> None:
    for name in ("王芳", "王方"):  # both read wangfang
        services.customers.create(CustomerDraft(name=name))
    dialog, _page = new_form(qtbot, services)
    first = dialog.first_visit
    assert first is not None
    type_text(qtbot, dialog.name_edit, "李娜")
    enter_until(qtbot, dialog, first.referrer_picker.search_box)
    qtbot.keyClicks(first.referrer_picker.search_box, "wangfang")
    qtbot.keyClick(first.referrer_picker.search_box, Qt.Key.Key_S, CTRL)

    assert dialog.isVisible()
    assert dialog._error_labels["referrer"].text() == (
        "Choose who introduced them in the list (Down, then Enter)."
    )
    assert services.customer_list.count() == 2  # 李娜 not saved without her referrer

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the second match
    chosen = first.referrer_picker.customer_name()
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    link = services.referrals.referral_of(saved.args[0])
    assert link is not None
    assert link.referrer_name == chosen
    assert link.status == "visited"  # no purchase: she came, she did not buy yet


def test_a_first_purchase_the_form_cannot_read_is_told_beside_it_and_nothing_is_saved(
    qtbot: QtBot, services: Services
) -> None:
    dialog, _page = new_form(qtbot, services)
    first = dialog.first_visit
    assert first is not None
    type_text(qtbot, dialog.name_edit, "李娜")
    type_text(qtbot, first.item_edit, "面霜")
    qtbot.keyClicks(first.amount_edit, "19,99")  # a decimal comma
    qtbot.keyClick(first.amount_edit, Qt.Key.Key_S, CTRL)
    assert dialog.isVisible()
    assert "amount in yuan" in dialog._error_labels["purchases"].text()
    assert services.customer_list.count() == 0
    assert (first.item_edit.text(), first.amount_edit.text()) == ("面霜", "19,99")


def test_the_referrer_matches_show_whole_names_only(qtbot: QtBot, services: Services) -> None:
    for name in ("王芳", "王方", "王放", "王房"):  # all read wangfang
        services.customers.create(CustomerDraft(name=name))
    dialog, _page = new_form(qtbot, services)
    first = dialog.first_visit
    assert first is not None
    qtbot.keyClicks(first.referrer_picker.search_box, "wangfang")
    matches = first.referrer_picker.matches
    qtbot.waitUntil(lambda: matches.count() == 4)
    inside = matches.viewport().rect()
    rects = [matches.visualItemRect(matches.item(row)) for row in range(4)]
    assert [inside.contains(rect) for rect in rects] == [True, True, True, False]
    assert not inside.intersects(rects[3])  # the fourth is a scroll away, not cut in half


def test_enter_after_a_single_match_goes_on_to_the_purchase_and_keeps_the_referrer(
    qtbot: QtBot, services: Services
) -> None:
    """A clerk's trial: the first Enter went into the matches, and the item typed next was lost."""
    referrer = services.customers.create(CustomerDraft(name="程凯天")).id
    dialog, _page = new_form(qtbot, services)
    first = dialog.first_visit
    assert first is not None
    type_text(qtbot, dialog.name_edit, "李娜")
    first.referrer_picker.search_box.setFocus()
    qtbot.keyClicks(first.referrer_picker.search_box, "chengkaitian")
    qtbot.keyClick(first.referrer_picker.search_box, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is first.item_edit
    type_text(qtbot, first.item_edit, "面霜")
    qtbot.keyClick(first.item_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(first.amount_edit, "199.5")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(first.amount_edit, Qt.Key.Key_S, CTRL)
    link = services.referrals.referral_of(saved.args[0])
    assert link is not None
    assert link.referrer_id == referrer
    bought = services.purchases.purchases_of(saved.args[0])
    assert [(p.item, p.amount_cents) for p in bought] == [("面霜", 19950)]
