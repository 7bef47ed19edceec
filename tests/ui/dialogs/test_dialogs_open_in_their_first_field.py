"""Every dialog the menus open starts in its first field, so the clerk types at once: a trial's
Ctrl+K opened the complaint form in its last field, and typing and Tab seemed to do nothing
until a click. A whole complaint is then taken with the keys alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.dialogs.complaint_dialog import ComplaintDialog
from custdesk.ui.dialogs.export_dialog import ExportDialog
from custdesk.ui.dialogs.merge_dialog import MergeDialog
from custdesk.ui.dialogs.settings_dialog import SettingsDialog
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

MakeWindow = Callable[[], MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> None:
    """A key pressed where the focus is, as the clerk's keyboard would."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def ready(qtbot: QtBot, context: AppContext, make_window: MakeWindow) -> MainWindow:
    """Two customers on file, the window active on Today."""
    services = context.services
    services.customers.create(CustomerDraft(name="Anna Li", phones=("13800138000",)))
    services.customers.create(CustomerDraft(name="Anna Lee", phones=("13900139000",)))
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def select_a_customer(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+F, "Anna Lee" typed, F6 into the list: her line selected."""
    press(qtbot, Qt.Key.Key_F)
    qtbot.keyClicks(window.customers_page.search_box, "Anna Lee")
    press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier)
    assert window.customers_page.selected() is not None


def opened(qtbot: QtBot, window: MainWindow, kind: type[QDialog]) -> QDialog:
    dialog = window.findChild(kind)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused(dialog: QDialog) -> QWidget | None:
    """The field with the focus; an editable combo's own line edit stands for the combo."""
    widget = QApplication.focusWidget()
    parent = widget.parentWidget() if widget is not None else None
    return parent if isinstance(parent, QComboBox) and dialog.isAncestorOf(widget) else widget


First = Callable[[QDialog], QWidget]
CASES: list[tuple[str, Qt.Key, bool, type[QDialog], First]] = [
    ("Ctrl+N new customer", Qt.Key.Key_N, False, CustomerDialog, lambda d: d.name_edit),
    ("Ctrl+L log a visit", Qt.Key.Key_L, False, VisitDialog, lambda d: d.picker.search_box),
    ("Ctrl+L about the customer", Qt.Key.Key_L, True, VisitDialog, lambda d: d.purpose_edit),
    ("Ctrl+K new complaint", Qt.Key.Key_K, False, ComplaintDialog, lambda d: d.picker.search_box),
    (
        "Ctrl+K about the customer",
        Qt.Key.Key_K,
        True,
        ComplaintDialog,
        lambda d: d.category_combo,  # the time and channel come filled in
    ),
    ("Ctrl+E export", Qt.Key.Key_E, False, ExportDialog, lambda d: d.period_combo),
    ("Ctrl+, settings", Qt.Key.Key_Comma, False, SettingsDialog, lambda d: d.shop_name_edit),
    ("Ctrl+M merge", Qt.Key.Key_M, True, MergeDialog, lambda d: d.search_box),
]


@pytest.mark.parametrize(
    ("key", "customer_selected", "kind", "first_field"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_each_menu_dialog_opens_in_its_first_field(
    qtbot: QtBot,
    context: AppContext,
    make_window: MakeWindow,
    key: Qt.Key,
    customer_selected: bool,
    kind: type[QDialog],
    first_field: First,
) -> None:
    window = ready(qtbot, context, make_window)
    if customer_selected:
        select_a_customer(qtbot, window)
    press(qtbot, key)
    dialog = opened(qtbot, window, kind)
    assert focused(dialog) is first_field(dialog)
    dialog.reject()


def test_a_whole_complaint_is_taken_with_the_keys_alone(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    """Ctrl+K, the customer found by her phone, Tab through the form, Ctrl+S."""
    window = ready(qtbot, context, make_window)
    press(qtbot, Qt.Key.Key_K)
    dialog = opened(qtbot, window, ComplaintDialog)
    assert isinstance(dialog, ComplaintDialog) and dialog.picker is not None
    qtbot.keyClicks(QApplication.focusWidget(), "13900139000")
    for _ in range(3):  # the customer found, then the time received, then the channel
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        if focused(dialog) is dialog.channel_combo:
            break
    assert focused(dialog) is dialog.channel_combo
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)  # In store -> the next one
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    assert focused(dialog) is dialog.category_combo
    qtbot.keyClicks(QApplication.focusWidget(), "Price")
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)  # Severity kept at Medium
    assert focused(dialog) is dialog.description_edit
    type_text(qtbot, QApplication.focusWidget(), "价格比上周贵了")
    press(qtbot, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (complaint,) = context.services.complaints.complaints()
    assert (
        complaint.customer_name,
        complaint.channel,
        complaint.category,
        complaint.severity,
        complaint.description,
    ) == ("Anna Lee", dialog.channel_combo.itemData(1), "Price", "medium", "价格比上周贵了")
