"""Languages: load and switch Qt translators at runtime, translate NeiqinErrors.

Installing or removing a translator makes Qt send a LanguageChange event to every widget; each
widget re-sets its texts in `changeEvent` → `retranslate()`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from neiqin.core.errors import NeiqinError

log = logging.getLogger(__name__)

#: code → the language's own name, shown in the View ▸ Language menu
LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
SETTINGS_KEY = "ui/language"


def system_language(locale: QLocale | None = None) -> str:
    """zh_CN on a simplified-Chinese system, zh_TW on Taiwan/Hong Kong/Macau or traditional script,
    English otherwise."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() in (
        QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
    return "zh_TW" if traditional else "zh_CN"


def saved_language(settings: QSettings) -> str | None:
    value = settings.value(SETTINGS_KEY)
    return value if value in LANGUAGES else None


def choose_language(requested: str | None, settings: QSettings, locale: QLocale | None = None) -> str:
    """The command line's choice, else the saved one, else the system's."""
    if requested in LANGUAGES:
        return requested
    return saved_language(settings) or system_language(locale)


class Translations:
    """The installed translators of one application: ours and Qt's own (standard dialogs)."""

    def __init__(self, app: QCoreApplication, directory: Path) -> None:
        self._app = app
        self._directory = directory
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Install the translators of `language` (removing the previous ones); False when our own
        .qm is missing (the texts then stay English)."""
        if language not in LANGUAGES:
            raise ValueError(language)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        ours = QTranslator(self._app)
        found = ours.load(f"neiqin_{language}", str(self._directory))
        if found:
            self._installed.append(ours)
        else:
            log.warning("no translation neiqin_%s.qm in %s", language, self._directory)
        qt = QTranslator(self._app)
        if language != "en" and qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(QLocale("en_US" if language == "en" else language))
        return found


def translate_error(error: NeiqinError) -> str:
    """The error's message in the current language, with its parameters filled in."""
    return error.render(QCoreApplication.translate)

