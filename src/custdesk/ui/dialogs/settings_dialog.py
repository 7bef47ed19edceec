"""Settings (设置): the shop's own rules, its greeting days, where backups go, and the language.

Shop data is saved in the database in one transaction; the language is this computer's choice
(QSettings) and is used from the next start. A refused value keeps the dialog open with
everything as typed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from custdesk.errors import ValidationError
from custdesk.paths import backup_dir_for
from custdesk.services.customers.calendar import Holiday
from custdesk.services.shop.settings import (
    SettingsService,
    ShopSettings,
    holiday_from_text,
    holiday_when_text,
)
from custdesk.ui.common.display import hint_label, message_label, show_message
from custdesk.ui.common.i18n import choose_language, chosen_language
from custdesk.ui.common.messages import field_problem_text
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.tab_keys import turn_tabs_from_anywhere
from custdesk.ui.common.typed_text import unsavable_text_message

HOLIDAY_ZH, HOLIDAY_EN, HOLIDAY_WHEN = range(3)


class SettingsDialog(QDialog):
    saved = Signal(object)  # the ShopSettings now in force

    def __init__(
        self,
        *,
        settings: SettingsService,
        loaded: ShopSettings,
        changes: ChangeNotifier,
        db_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        """``loaded``: the settings as the opener read them (through an Operation, so a file
        that cannot be read is told before any dialog opens)."""
        super().__init__(parent)
        self._service = settings
        self._changes = changes
        self._db_path = db_path
        self._loaded = loaded
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumSize(640, 460)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._shop_tab(), self.tr("Shop"))
        self.tabs.addTab(self._holidays_tab(), self.tr("Greeting days"))
        self.tabs.addTab(self._backups_tab(), self.tr("Backups"))
        self.tabs.addTab(self._language_tab(), self.tr("Language"))
        turn_tabs_from_anywhere(self, self.tabs)
        self.error_label = message_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.shop_name_edit.setFocus()

    # -- tabs -------------------------------------------------------------------------------
    def _shop_tab(self) -> QWidget:
        s = self._loaded
        self.shop_name_edit = QLineEdit(s.shop_name)
        self.shop_name_edit.setMaxLength(100)
        self.shop_name_edit.setPlaceholderText(self.tr("Shown in the window title and on reports"))
        self.dormant_spin = self._days(s.dormant_after_days, 7, 3650)
        self.lost_spin = self._days(s.lost_after_days, 8, 3650)
        self.cadence_spin = self._days(s.default_cadence_days, 1, 366)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Shop name"), self.shop_name_edit)
        form.addRow(self.tr("Dormant after no contact for"), self.dormant_spin)
        form.addRow(self.tr("Lost after no contact for"), self.lost_spin)
        form.addRow(self.tr("Call regular customers back every"), self.cadence_spin)
        hint = hint_label(
            self.tr(
                "A customer's own follow-up cadence, set in their file, wins over the shop's. "
                "New thresholds move customers between stages as soon as you save."
            )
        )
        form.addRow(hint)
        return page

    def _days(self, value: int, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(self.tr(" days"))
        return spin

    def _holidays_tab(self) -> QWidget:
        self.holiday_table = QTableWidget(0, 3)
        self.holiday_table.setHorizontalHeaderLabels(
            [self.tr("Name (Chinese)"), self.tr("Name (English)"), self.tr("Date or dates")]
        )
        header = self.holiday_table.horizontalHeader()
        header.setSectionResizeMode(HOLIDAY_WHEN, QHeaderView.ResizeMode.Stretch)
        self.holiday_table.verticalHeader().hide()
        self.holiday_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table for Add and Remove (it went round the cells for ever, and Ctrl+Tab,
        # Qt's way out, turns the tabs); the arrows move between cells, and Tab while typing in
        # a cell still goes on to the next one.
        self.holiday_table.setTabKeyNavigation(False)
        for holiday in self._loaded.holidays:
            self._add_holiday_row(holiday.name_zh, holiday.name_en, holiday_when_text(holiday))
        self.holiday_table.resizeColumnsToContents()
        self.add_holiday_button = QPushButton(self.tr("Add"))
        self.add_holiday_button.clicked.connect(self._new_holiday)
        self.remove_holiday_button = QPushButton(self.tr("Remove"))
        self.remove_holiday_button.clicked.connect(self._remove_holiday)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_holiday_button)
        buttons.addWidget(self.remove_holiday_button)
        buttons.addStretch(1)
        hint = hint_label(
            self.tr(
                "Write 10-01 for a day that is the same every year. For a lunar holiday, list "
                "its date in each year: 2027-02-06, 2028-01-26."
            )
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.holiday_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        return page

    def _add_holiday_row(self, name_zh: str, name_en: str, when: str) -> int:
        row = self.holiday_table.rowCount()
        self.holiday_table.insertRow(row)
        for column, text in ((HOLIDAY_ZH, name_zh), (HOLIDAY_EN, name_en), (HOLIDAY_WHEN, when)):
            self.holiday_table.setItem(row, column, QTableWidgetItem(text))
        return row

    def _new_holiday(self) -> None:
        row = self._add_holiday_row("", "", "")
        self.holiday_table.setCurrentCell(row, HOLIDAY_ZH)
        self.holiday_table.editItem(self.holiday_table.item(row, HOLIDAY_ZH))

    def _remove_holiday(self) -> None:
        selected = self.holiday_table.selectedIndexes()
        rows = sorted({index.row() for index in selected}, reverse=True)
        for row in rows:
            self.holiday_table.removeRow(row)

    def _backups_tab(self) -> QWidget:
        s = self._loaded
        self.backup_folder_edit = QLineEdit(s.backup_folder)
        # Empty means the folder backups really go to by default (the Backups page shows it too).
        self.backup_folder_edit.setPlaceholderText(str(backup_dir_for(self._db_path)))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        folder = QHBoxLayout()
        folder.addWidget(self.backup_folder_edit, 1)
        folder.addWidget(self.browse_button)
        self.keep_recent_spin = QSpinBox()
        self.keep_recent_spin.setRange(1, 100)
        self.keep_recent_spin.setValue(s.backups_kept_recent)
        self.keep_months_spin = QSpinBox()
        self.keep_months_spin.setRange(1, 120)
        self.keep_months_spin.setValue(s.backups_kept_months)
        self.keep_months_spin.setSuffix(self.tr(" months"))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Backup folder"), folder)
        form.addRow(self.tr("Always keep the latest"), self.keep_recent_spin)
        form.addRow(self.tr("Keep older backups for"), self.keep_months_spin)
        hint = hint_label(
            self.tr(
                "Besides the latest ones, one backup a day is kept for two weeks, one a week for "
                "two months and one a month after that. A folder on another disk or a USB stick "
                "also survives a broken computer."
            )
        )
        form.addRow(hint)
        return page

    def _browse(self) -> None:
        start = self.backup_folder_edit.text() or str(self._db_path.parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.backup_folder_edit.setText(folder)

    def _language_tab(self) -> QWidget:
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Same as this computer"), "")
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self.language_combo.findData(chosen_language()))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Language"), self.language_combo)
        hint = hint_label(self.tr("A new language is used from the next time CustDesk starts."))
        form.addRow(hint)
        return page

    # -- saving -----------------------------------------------------------------------------
    def holidays(self) -> tuple[Holiday, ...]:
        """The typed rows, blank ones ignored; a bad row is selected and refused."""
        found = []
        for row in range(self.holiday_table.rowCount()):
            texts = [self._cell(row, column) for column in (HOLIDAY_ZH, HOLIDAY_EN, HOLIDAY_WHEN)]
            if not any(texts):
                continue
            try:
                found.append(holiday_from_text(*texts))
            except ValidationError:
                self.holiday_table.setCurrentCell(row, HOLIDAY_WHEN)
                raise
        return tuple(found)

    def _cell(self, row: int, column: int) -> str:
        item = self.holiday_table.item(row, column)
        return item.text().strip() if item else ""

    def typed_settings(self) -> ShopSettings:
        return replace(
            self._loaded,
            shop_name=self.shop_name_edit.text().strip(),
            dormant_after_days=self.dormant_spin.value(),
            lost_after_days=self.lost_spin.value(),
            default_cadence_days=self.cadence_spin.value(),
            holidays=self.holidays(),
            backup_folder=self.backup_folder_edit.text().strip(),
            backups_kept_recent=self.keep_recent_spin.value(),
            backups_kept_months=self.keep_months_spin.value(),
        )

    def save(self) -> None:
        removed = unsavable_text_message(
            self.shop_name_edit, self.holiday_table, self.backup_folder_edit
        )
        if removed is not None:
            show_message(self.error_label, removed)
            return
        # Storage trouble is told in a box; what was typed stays.
        Operation(
            self, self._changes, Changes.SETTINGS, done=self._saved, refused=self._show_problems
        ).run(lambda: self._service.save(self.typed_settings()))

    def _saved(self, saved: ShopSettings) -> None:
        choose_language(self.language_combo.currentData())
        self.saved.emit(saved)
        self.accept()

    def _show_problems(self, exc: ValidationError) -> None:
        names = {
            "shop_name": self.tr("Shop name"),
            "dormant_after_days": self.tr("Dormant after no contact for"),
            "lost_after_days": self.tr("Lost after no contact for"),
            "default_cadence_days": self.tr("Call regular customers back every"),
            "holidays": self.tr("Greeting days"),
            "backup_folder": self.tr("Backup folder"),
        }
        lines = [
            self.tr("{field}: {problem}").format(
                field=names.get(field, field), problem=field_problem_text(code)
            )
            for field, code in exc.field_errors.items()
        ]
        show_message(self.error_label, "\n".join(lines))
