"""Load translations: ours (Danish is the source language) and Qt's own dialogs'."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from narrativ.paths import resource_path
from narrativ.ui.pseudo import install_pseudo_translator

LANGUAGES = {"da": "Dansk", "en": "English"}


def tr(text: str) -> str:
    """Translate a Danish UI text outside a QObject.

    lupdate files a bare ``tr("…")`` call under the empty context, so that is where it
    must be looked up. Write the text literally at the call site, never in an f-string.
    """
    return QCoreApplication.translate("", text)


LANGUAGE_KEY = "language"


def language_settings() -> QSettings:
    """The language is this PC user's choice, not the institution's: kept outside the
    database (Qt's per-user settings)."""
    return QSettings("Narrativ", "Narrativ")


def chosen_language() -> str:
    """``NARRATIV_LANGUAGE`` (da/en), else the user's choice in Indstillinger, else Danish
    unless the system speaks English."""
    wanted = os.environ.get("NARRATIV_LANGUAGE", "").lower()[:2]
    if wanted in LANGUAGES:
        return wanted
    stored = str(language_settings().value(LANGUAGE_KEY, "") or "")
    if stored in LANGUAGES:
        return stored
    return "en" if QLocale.system().language() == QLocale.Language.English else "da"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Returns the translators; the caller keeps them alive as long as the app runs."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        translators.append(qt)
    if language != "da":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", f"narrativ_{language}.qm"))):
            app.installTranslator(ours)
            translators.append(ours)
    translators.extend(install_pseudo_translator(app, translators))
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if language == "da" else QLocale.Language.English,
            QLocale.Country.Denmark,
        )
    )
    return translators
