"""The dialogs the main window's menus open over it: Settings, About, Import customers, Export
reports and the stage rules.

Apart from main_window so the window keeps its pages, counts and navigation; each dialog's
module is imported on first use, as the pages are (start-up imports what Today needs).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from custdesk.app import Services
from custdesk.ui.common.operations import ChangeNotifier, query

if TYPE_CHECKING:
    from custdesk.ui.dialogs.about_dialog import AboutDialog
    from custdesk.ui.dialogs.export_dialog import ExportDialog
    from custdesk.ui.dialogs.import_wizard import ImportWizard
    from custdesk.ui.dialogs.settings_dialog import SettingsDialog
    from custdesk.ui.pages.reports_page import ReportsPage


def open_settings(
    window: QWidget, services: Services, changes: ChangeNotifier, db_path: Path
) -> SettingsDialog | None:
    # Dialogs are imported on first use, like the pages (start-up imports what Today needs).
    from custdesk.ui.dialogs.settings_dialog import SettingsDialog

    loaded = query(window, services.settings.get)
    if loaded is None:
        return None  # told why
    dialog = SettingsDialog(
        settings=services.settings,
        loaded=loaded,
        changes=changes,
        db_path=db_path,
        parent=window,
    )
    dialog.open()
    return dialog


def show_about(window: QWidget, db_path: Path) -> AboutDialog:
    from custdesk.ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(db_path, window)
    dialog.open()
    return dialog


def import_customers(window: QWidget, services: Services, changes: ChangeNotifier) -> ImportWizard:
    from custdesk.ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(
        imports=services.imports,
        changes=changes,
        history=services.history_imports,
        parent=window,
    )
    wizard.open()
    return wizard


def export_reports(
    window: QWidget, services: Services, reports: ReportsPage | None
) -> ExportDialog:
    """``reports``: the Reports page if built, whose period the dialog opens on."""
    from custdesk.ui.dialogs.export_dialog import ExportDialog
    from custdesk.ui.shell.export_period import reports_period

    dialog = ExportDialog(exports=services.exports, shown=reports_period(reports), parent=window)
    dialog.open()
    return dialog


def show_stage_rules(window: QWidget, services: Services) -> QMessageBox | None:
    from custdesk.ui.dialogs.stage_rules_dialog import show_stage_rules as show_rules

    settings = query(window, services.settings.get)
    return None if settings is None else show_rules(window, settings)
