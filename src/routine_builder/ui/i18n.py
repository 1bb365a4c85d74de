"""Translations of the user interface.

The source strings in the code are Swedish. English comes from ``resources/translations/
routine_builder_en.qm``, built from the committed ``.ts`` file by ``python tools/i18n.py build``
(part of the install step). Qt's own ``qtbase_<lang>.qm`` is loaded as well, so that the built-in
buttons and dialogs (OK, Avbryt, file dialogs) speak the same language as the rest of the app.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from routine_builder import paths

LANGUAGES = ("sv", "en")
_TRANSLATOR_NAME = "routine_builder_translator"
_LOCALES = {
    "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    """The folder with the app's ``.ts`` sources and built ``.qm`` files."""
    return paths.resources_dir() / "translations"


def app_translation_file(language: str) -> Path:
    """The built translation of the app for ``language`` (Swedish needs none)."""
    return translations_dir() / f"routine_builder_{language}.qm"


def _remove_installed(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _load(app: QCoreApplication, file: Path) -> bool:
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if not file.is_file() or not translator.load(str(file)):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install the translators for ``language`` ("sv" or "en"), replacing any installed before.

    Returns False when the app's own translation is missing (then the Swedish source text shows);
    the usual cause is that ``python tools/i18n.py build`` has not been run.
    """
    if language not in LANGUAGES:
        language = "sv"
    _remove_installed(app)
    QLocale.setDefault(_LOCALES[language])
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not _load(app, qt_dir / f"qtbase_{language}.qm"):
        log.info("Qt:s översättning för %s saknas i %s", language, qt_dir)
    # Hand-written corrections of Qt's own translation (Qt's Swedish writes "Ok"), looked up first.
    _load(app, translations_dir() / f"qt_corrections_{language}.qm")
    if language == "sv":
        return True
    file = app_translation_file(language)
    if _load(app, file):
        return True
    log.warning("Översättningen %s saknas; kör 'python tools/i18n.py build'", file)
    return False


def apply_language(app: QCoreApplication, language: str) -> bool:
    """Switch the running app to ``language``.

    Installing translators sends a LanguageChange event to every widget; open windows retranslate
    themselves in ``changeEvent``, and dialogs opened later are built in the new language.
    """
    return install_translators(app, language)
