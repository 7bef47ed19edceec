"""Backups (备份与恢复): the copies kept of the customer file, a backup on demand, restoring one
(the current data is saved as a backup first) and looking inside one without changing anything.

Backups are also made by themselves (BackupScheduler): soon after start and every 30 minutes while
something changed, and before every import and upgrade.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custdesk.services.shop.backups import BackupInfo, BackupService
from custdesk.ui.common.background_job import BackgroundJob
from custdesk.ui.common.display import date_time, hint_label
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.refresh_on_change import RefreshOnChange
from custdesk.ui.models.record_table_model import Column, RecordTableModel, record_table

REASONS = {
    "start": QT_TRANSLATE_NOOP("BackupsPage", "At start"),
    "auto": QT_TRANSLATE_NOOP("BackupsPage", "Automatic (every 30 minutes)"),
    "manual": QT_TRANSLATE_NOOP("BackupsPage", "Backed up by hand"),
    "pre-import": QT_TRANSLATE_NOOP("BackupsPage", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsPage", "Before a restore"),
}


def reason_text(reason: str) -> str:
    if reason.startswith("pre-migrate"):
        return QCoreApplication.translate("BackupsPage", "Before an upgrade")
    base = reason.rsplit("-", 1)[0] if reason[-1:].isdigit() else reason  # "manual-2"
    source = REASONS.get(base)
    return QCoreApplication.translate("BackupsPage", source) if source else reason


def why_text(info: BackupInfo) -> str:
    if not info.is_custdesk:
        return QCoreApplication.translate("BackupsPage", "Not a CustDesk file: cannot be used")
    return reason_text(info.reason)


def made_at_text(info: BackupInfo) -> str:
    return date_time(info.made_at)


class BackupsPage(QWidget):
    open_read_only = Signal(object)  # the BackupInfo to look into
    # The file now holds a backup's content: what Undo remembers belongs to data that is gone.
    restored = Signal()

    def __init__(self, *, backups: BackupService, changes: ChangeNotifier) -> None:
        super().__init__()
        self._backups = backups
        self._changes = changes
        self.job: BackgroundJob | None = None
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self._open_folder)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.open_folder_button)
        top.addWidget(self.back_up_button)

        self.model: RecordTableModel[BackupInfo] = RecordTableModel(
            [
                Column(lambda: self.tr("Made"), made_at_text),
                Column(lambda: self.tr("Why"), why_text),
                Column(
                    lambda: self.tr("Customers"),
                    lambda b: "?" if b.customers is None else QLocale().toString(b.customers),
                    align_right=True,
                    tip=lambda: self.tr(
                        "Customer files in the backup, not counting those in its Trash"
                    ),
                ),
                Column(
                    lambda: self.tr("Size"),
                    lambda b: QLocale().formattedDataSize(b.size),
                    align_right=True,
                ),
                Column(lambda: self.tr("File"), lambda b: b.path.name),
            ]
        )
        self.table = record_table(
            self.model,
            self.tr(
                "No backups yet. CustDesk makes one soon after it starts, every 30 minutes while "
                "you work and before every import; Back up now makes one at once."
            ),
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.look_inside())  # double-click, Enter
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.ask_restore)
        self.look_button = QPushButton(self.tr("Open read-only"))
        self.look_button.setToolTip(
            self.tr("Look at this backup in its own window; nothing can be changed there")
        )
        self.look_button.clicked.connect(self.look_inside)
        self.status_label = hint_label()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.look_button)
        bottom.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_buttons()
        # The backup folder is one of the settings.
        shows = Changes.BACKUPS | Changes.SETTINGS
        self.refresher = RefreshOnChange(self, changes, shows, self.reload)

    def reload(self) -> None:
        backups = self._backups
        self.folder_label.setText(
            self.tr("Backups are kept in {folder}").format(folder=backups.folder())
        )
        self.model.set_records(backups.backups())
        self.status_label.setText(
            self.tr("Backups: {count}. Older ones are thinned out automatically.").format(
                count=QLocale().toString(self.model.rowCount())
            )
        )
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        usable = chosen is not None and chosen.is_custdesk
        self.restore_button.setEnabled(usable)
        self.look_button.setEnabled(usable)

    def focus_list(self) -> None:
        """F6: into the backups, the selected (or newest) one selected: Enter opens it."""
        self.table.focus_row()

    def _open_folder(self) -> None:
        folder = self._backups.folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- actions ----------------------------------------------------------------------------
    def back_up_now(self) -> BackgroundJob:
        self.back_up_button.setEnabled(False)
        backups = self._backups
        operation = Operation(self, self._changes, Changes.BACKUPS, done=self._backed_up)
        job = self.job = operation.run_in_background(
            lambda _progress: backups.back_up("manual"),
            self.tr("Backup"),
            self.tr("Backing up the customer file"),
        )
        job.finished.connect(lambda _completed: self.back_up_button.setEnabled(True))
        return job

    def _backed_up(self, made: BackupInfo | None) -> None:
        if made is not None:
            self.table.selectRow(0)  # the list, already read again, has the new one on top

    def ask_restore(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.is_custdesk:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the customer file with the backup made {when} (customers, not "
                "counting the Trash: {count})?\n\nThe data as it is now is saved as a backup "
                "first, so this can be undone by restoring that one."
            ).format(
                when=made_at_text(chosen),
                count="?" if chosen.customers is None else QLocale().toString(chosen.customers),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(chosen.path)

    def restore(self, path: Path) -> BackgroundJob:
        """In a worker (a large file takes a while): the window keeps painting under the
        progress dialog. Refused or failed, it says why and the data is as it was; restored,
        every page reads the data again."""
        backups = self._backups
        operation = Operation(
            self, self._changes, Changes.EVERYTHING, done=lambda _aside: self.restored.emit()
        )
        return operation.run_in_background(
            lambda _progress: backups.restore(path),
            self.tr("Restore a backup"),
            self.tr("Restoring the customer file from {name}").format(name=path.name),
        )

    def look_inside(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.is_custdesk:
            self.open_read_only.emit(chosen)
