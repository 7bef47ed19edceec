"""Qt's own dialogs and menus (file dialog, message boxes, wizard buttons, a line edit's menu) speak
Chinese in the Chinese window: their words come from the qtbase catalogue PySide6 ships, and from
ours where that catalogue lags behind Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from custdesk.ui.common import i18n

TYPE_COLUMN = 2  # QFileSystemModel: Name, Size, Type, Date Modified


def open_save_dialog(qtbot: QtBot, folder: Path) -> QFileDialog:
    """Qt's own file dialog, as a desktop without a native one shows it to the clerk."""
    dialog = QFileDialog(None, "导出", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cancel_button_text() -> str:
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    text = box.button(QMessageBox.StandardButton.Cancel).text()
    box.deleteLater()
    return text


def test_the_file_dialog_reads_chinese(qtbot: QtBot, chinese: None, tmp_path: Path) -> None:
    """The clerk saw "Look in:" and "Files of type:" here: Qt 6 asks for them with a mnemonic
    the shipped qtbase_zh_CN.qm does not have."""
    (tmp_path / "报表").mkdir()
    dialog = open_save_dialog(qtbot, tmp_path)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels == {
        "lookInLabel": "查找范围(&L)：",
        "fileNameLabel": "文件名称(&N)：",
        "fileTypeLabel": "文件类型(&T)：",
    }
    buttons = dialog.findChild(QDialogButtonBox)
    assert [button.text() for button in buttons.buttons()] == ["保存(&S)", "取消"]

    files = dialog.findChild(QAbstractItemView, "treeView")
    model, folder = files.model(), files.rootIndex()
    qtbot.waitUntil(lambda: model.rowCount(folder) == 1)  # the folder is listed in the background
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["名称", "体积", "类型", "修改日期"]
    assert model.index(0, 0, folder).data() == "报表"
    assert model.index(0, TYPE_COLUMN, folder).data() == "文件夹"


def test_message_box_buttons_read_chinese(qtbot: QtBot, chinese: None) -> None:
    buttons = QMessageBox.StandardButton
    shown = [buttons.Yes, buttons.No, buttons.Ok, buttons.Cancel]
    box = QMessageBox(QMessageBox.Icon.Question, "删除", "删除这位客户吗？")
    box.setStandardButtons(buttons.Yes | buttons.No | buttons.Ok | buttons.Cancel)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in shown] == ["是(&Y)", "否(&N)", "确定", "取消"]


def test_wizard_buttons_read_chinese(qtbot: QtBot, chinese: None) -> None:
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    shown = [
        wizard.buttonText(b)
        for b in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    ]
    assert shown == ["< 上一步(&B)", "下一步(&N) >", "完成(&F)", "取消"]


def test_a_line_edits_menu_reads_chinese(qtbot: QtBot, chinese: None) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    words = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert words == ["撤消(&U)", "重做(&R)", "剪切(&T)", "复制(&C)", "粘贴(&P)", "删除", "全选"]


def test_the_window_starts_in_chinese_without_qts_catalogue(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An installation that lost qtbase_zh_CN.qm still opens, with our words in Chinese and
    only Qt's own buttons left in English."""
    monkeypatch.setattr(i18n, "qt_translation_folders", lambda: [tmp_path])
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        assert len(translators) == 1
        assert QCoreApplication.translate("dashboard", "Complaints") == "投诉"
        assert cancel_button_text() == "Cancel"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


class QtPrefixElsewhere:
    """QLibraryInfo in a frozen build whose Qt prefix does not lead to the translations."""

    LibraryPath = QLibraryInfo.LibraryPath

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, _which: QLibraryInfo.LibraryPath) -> str:
        return str(self.folder)


def test_qts_catalogue_is_found_in_pyside6s_own_folder(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A PyInstaller build keeps PySide6's folders; Qt's words are found there even when Qt's
    prefix points elsewhere."""
    monkeypatch.setattr(i18n, "QLibraryInfo", QtPrefixElsewhere(tmp_path))
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        assert len(translators) == 2
        assert cancel_button_text() == "取消"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
