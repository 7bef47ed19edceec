"""Choosing and installing the interface language (zh_CN or English).

The language follows the system locale unless Settings or CUSTDESK_LANG name one; Qt's own
strings (OK, Cancel...) are translated from the catalogues PySide6 ships.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from custdesk import words
from custdesk.resources import resource_path
from custdesk.words import SOURCE_LANGUAGE, SUPPORTED

LANGUAGE_KEY = "language"  # QSettings: "" follows the computer, else one of SUPPORTED


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


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's for ``language``; returns them so they stay alive."""
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"custdesk_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def export_language() -> str:
    """The language for headers in exported files: the one the interface speaks."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
