"""Choosing and installing the interface language (zh_CN or English).

The language follows the system locale unless Settings or CUSTDESK_LANG name one; Qt's own
strings (OK, Cancel...) are translated from the catalogues PySide6 ships, and from ours where those
lag behind Qt (QT_CATALOGUE_GAPS).
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from custdesk import words
from custdesk.resources import resource_path
from custdesk.words import SOURCE_LANGUAGE, SUPPORTED

LANGUAGE_KEY = "language"  # QSettings: "" follows the computer, else one of SUPPORTED

# Qt 6 asks for these where the qtbase catalogue PySide6 ships has them only as Qt 5 did: without
# the mnemonic, or under QFileDialog. The file dialog read "Look in:" and "Files of type:" in
# English and called a folder "Folder". Our catalogue fills the gap; Qt's, installed after ours,
# is asked first, so a fuller qtbase in a later PySide6 wins.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


def chosen_language() -> str:
    """The language picked in Settings on this computer ("" = follow the computer)."""
    value = str(QSettings().value(LANGUAGE_KEY, "") or "")
    return value if value in SUPPORTED else ""


def choose_language(language: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, language if language in SUPPORTED else "")


def pick_language(requested: str | None = None) -> str:
    """``requested``, $CUSTDESK_LANG, the Settings choice, then the system locale: the first
    given decides; any Chinese locale means zh_CN (the rule the command line follows too)."""
    return words.pick_language(requested, chosen_language(), QLocale.system().name())


def qt_translation_folders() -> list[Path]:
    """Where Qt's own catalogues (qtbase_zh_CN.qm...) may be, likeliest first: where Qt says, then
    PySide6's own folders (``Qt/translations`` in Linux and macOS wheels, ``translations`` in
    Windows ones), which a PyInstaller build keeps even when its Qt prefix points elsewhere."""
    package = Path(PySide6.__file__).parent
    folders = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
    ]
    return list(dict.fromkeys(folders))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's for ``language``; returns them so they stay alive.

    A catalogue that cannot be found is left out (the window then shows its English) rather
    than stopping the start.
    """
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"custdesk_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    if any(qt_base.load(f"qtbase_{language}", str(f)) for f in qt_translation_folders()):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def export_language() -> str:
    """The language for headers in exported files: the one the interface speaks."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
