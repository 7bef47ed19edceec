"""Start the GUI: QApplication, language, error hook, database, window (or its pictures)."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from custdesk import __version__
from custdesk import clock as shop_clock
from custdesk.app import AppContext, open_app
from custdesk.errors import (
    CorruptDatabaseError,
    CustDeskError,
    ForeignDatabaseError,
    NotACustDeskDatabaseError,
)
from custdesk.paths import default_db_path
from custdesk.scratch import folder as scratch_folder
from custdesk.services.shop.backups import BackupInfo
from custdesk.services.shop.demo import generate_demo
from custdesk.storage.identity import FileKind, inspect_file
from custdesk.ui.common.i18n import install_translators, pick_language
from custdesk.ui.common.icons import icon
from custdesk.ui.common.messages import user_message
from custdesk.ui.shell.error_hook import ErrorReporter
from custdesk.ui.shell.main_window import MainWindow
from custdesk.ui.shell.recovery import StartupCheck, ask_to_recover, recover_and_tell
from custdesk.ui.shell.screenshots import save_screenshots

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName("CustDesk")
    app.setApplicationName("CustDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("custdesk"))
    app.setProperty("custdesk_translators", install_translators(app, pick_language(language)))
    app.setApplicationDisplayName(QCoreApplication.translate("launch", "CustDesk"))
    return app


def run_gui(db_path: Path, language: str | None = None) -> int:
    """Open the window on ``db_path`` in ``language`` (``--lang``; None: as pick_language
    finds it); a database that cannot be opened gets a dialog, exit 1.

    A damaged file (found when opening, or by the check just after) can be swapped for the newest
    good backup; the window then opens again on it.
    """
    logging.basicConfig(level=logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    app = create_application(language=language)
    create = db_path == default_db_path()  # the clerk's usual file: made on the first start
    if not create and inspect_file(db_path).kind in (FileKind.MISSING, FileKind.EMPTY):
        create = ask_to_create(None, db_path)
        if not create:
            return 1
    while True:
        try:
            context = open_app(db_path, create=create)
        except ForeignDatabaseError as exc:  # somebody else's data: never offered for recovery
            _tell(exc)
            return 1
        except (CorruptDatabaseError, NotACustDeskDatabaseError) as exc:
            print(f"custdesk: {exc}", file=sys.stderr)
            chosen = ask_to_recover(None, db_path, str(exc))
            if chosen is not None and recover_and_tell(None, db_path, chosen):
                continue
            return 1
        except CustDeskError as exc:
            _tell(exc)
            return 1
        with context:
            code, chosen = _session(app, context)
        if chosen is None or recover_and_tell(None, db_path, chosen) is None:
            return code


def _tell(exc: CustDeskError) -> None:
    message = user_message(exc)
    print(f"custdesk: {exc}", file=sys.stderr)
    QMessageBox.critical(None, message.title, message.text)


def ask_to_create(parent: QWidget | None, db_path: Path) -> bool:
    """Whether the clerk wants a new shop file at ``db_path`` (not the usual file: a mistyped
    --db must not silently become an empty shop)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("launch", "New shop file?"),
        QCoreApplication.translate(
            "launch",
            "There is no shop file at\n{path}\n\nCreate a new, empty shop file there?",
        ).format(path=db_path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _session(app: QApplication, context: AppContext) -> tuple[int, BackupInfo | None]:
    """The window until it closes: (exit code, the backup the clerk chose instead, if any)."""
    window = MainWindow(context.services, context.db_path)
    reporter = ErrorReporter(window)
    reporter.install()
    window.show()
    chosen: BackupInfo | None = None

    def damaged(detail: str) -> None:
        nonlocal chosen
        log.error("start-up check: %s", detail)
        chosen = ask_to_recover(window, context.db_path, detail)
        if chosen is not None:
            window.close()  # the file is closed first, then the backup put in its place

    check = StartupCheck(context.db_path, window)
    check.damaged.connect(damaged)
    check.start()
    try:
        return app.exec(), chosen
    finally:
        check.job.wait()
        reporter.uninstall()


DEMO_CUSTOMERS = 1000


def run_screenshots(out_dir: Path, db_path: Path | None, language: str | None) -> list[Path]:
    """Picture every page offscreen; without ``db_path``, of a fresh demo shop."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    create_application(language=language)
    # In the private scratch folder, like every working file: swept if the process is killed.
    with tempfile.TemporaryDirectory(prefix="shots-", dir=scratch_folder()) as scratch:
        if db_path is None:
            db_path = Path(scratch) / "demo-shop.db"
            with open_app(db_path, program="custdesk screenshot", create=True) as demo:
                generate_demo(demo.db, DEMO_CUSTOMERS, seed=1, today=shop_clock.today())
                demo.services.backups.back_up("manual")  # so the Backups page shows one
        with open_app(db_path, program="custdesk screenshot") as context:
            window = MainWindow(context.services, context.db_path, auto_backup=False)
            try:
                return save_screenshots(window, out_dir, pick_language(language))
            finally:
                window.hide()  # not close(): pictures must not change the clerk's saved layout
                window.deleteLater()
