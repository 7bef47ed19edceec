"""Settings as a shop owner changes them: typed, saved, still there next time; refused values
keep the dialog open with what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.calendar import Holiday
from custdesk.ui.common.i18n import LANGUAGE_KEY, pick_language
from custdesk.ui.shell.main_window import MainWindow
from tests.ui.keyboard import type_text

MakeWindow = Callable[[], MainWindow]


def save_button(dialog) -> object:  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_settings_are_saved_and_shown_again(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    window = make_window()
    dialog = window.open_settings()
    dialog.shop_name_edit.clear()
    type_text(qtbot, dialog.shop_name_edit, "老王眼镜店")
    dialog.dormant_spin.setValue(60)
    dialog.cadence_spin.setValue(14)
    dialog.keep_recent_spin.setValue(5)
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.add_holiday_button, Qt.MouseButton.LeftButton)
    row = dialog.holiday_table.rowCount() - 1
    for column, text in enumerate(("店庆", "Shop birthday", "05-18")):
        dialog.holiday_table.item(row, column).setText(text)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    saved = context.services.settings.get()
    assert (saved.shop_name, saved.dormant_after_days, saved.default_cadence_days) == (
        "老王眼镜店",
        60,
        14,
    )
    assert saved.backups_kept_recent == 5
    assert saved.holidays[-1] == Holiday("店庆", "Shop birthday", month=5, day=18)
    assert window.windowTitle() == "老王眼镜店 — CustDesk"
    assert QSettings().value(LANGUAGE_KEY) == "zh_CN"
    assert pick_language() == "zh_CN"  # the next start speaks Chinese

    again = window.open_settings()
    assert again.shop_name_edit.text() == "老王眼镜店"
    assert again.dormant_spin.value() == 60
    assert again.language_combo.currentData() == "zh_CN"
    again.reject()


def test_an_empty_backup_folder_names_the_folder_the_backups_page_shows(
    context: AppContext, make_window: MakeWindow
) -> None:
    """A clerk who leaves the folder empty is told where backups go: the same folder the
    Backups page lists them from (it said <shop folder>/backups, where none ever went)."""
    window = make_window()
    dialog = window.open_settings()
    real = context.services.backups.folder()
    assert dialog.backup_folder_edit.text() == ""
    assert dialog.backup_folder_edit.placeholderText() == str(real)
    dialog.reject()
    window.navigation.select("backups")
    assert str(real) in window.backups_page.folder_label.text()


def test_a_bad_holiday_keeps_the_dialog_open_with_what_was_typed(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    window = make_window()
    before = context.services.settings.get()
    dialog = window.open_settings()
    type_text(qtbot, dialog.shop_name_edit, "新店名")
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.add_holiday_button, Qt.MouseButton.LeftButton)
    row = dialog.holiday_table.rowCount() - 1
    dialog.holiday_table.item(row, 0).setText("春节")
    dialog.holiday_table.item(row, 2).setText("next spring")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == ("Greeting days: This is not a date (e.g. 1990-03-08).")
    assert dialog.holiday_table.currentRow() == row
    assert dialog.shop_name_edit.text() == "新店名"
    assert context.services.settings.get() == before

    dialog.holiday_table.item(row, 2).setText("2027-02-06, 2028-01-26")
    dialog.backup_folder_edit.setText("not/absolute")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("Backup folder: Please choose a folder")
    dialog.backup_folder_edit.clear()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert context.services.settings.get().holidays[-1].name_zh == "春节"


def test_removing_a_holiday(qtbot: QtBot, context: AppContext, make_window: MakeWindow) -> None:
    window = make_window()
    dialog = window.open_settings()
    dialog.tabs.setCurrentIndex(1)
    count = dialog.holiday_table.rowCount()
    first = dialog.holiday_table.item(0, 0).text()
    dialog.holiday_table.selectRow(0)
    qtbot.mouseClick(dialog.remove_holiday_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    names = [h.name_zh for h in context.services.settings.get().holidays]
    assert len(names) == count - 1 and first not in names
