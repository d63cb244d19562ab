"""Language of the user interface: loads our .qm and Qt's own, switches live.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; widgets that own text
re-set it in ``changeEvent`` (their ``retranslateUi``), so switching needs no restart.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crm.i18n import Msg
from resources import loader

logger = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")


def system_language() -> str:
    """The supported language closest to the system locale (Chinese locales -> zh_CN, else en)."""
    name = QLocale.system().name()
    return "zh_CN" if name.lower().startswith("zh") else "en"


def resolve_language(setting: str) -> str:
    """``""`` (follow the system) or a language code -> a supported language code."""
    return setting if setting in LANGUAGES else system_language()


def translate_msg(text: str) -> str:
    """Translate a message marked in Qt-free code (a :class:`crm.i18n.Msg`); plain str passes through."""
    if isinstance(text, Msg):
        return QCoreApplication.translate(text.context, str(text))
    return text


def crm_reason(exc: BaseException) -> str | None:
    """The CRM's own reason for refusing a request, translated (a refused field named as the back
    office named it); None when ``exc`` is not the CRM's answer."""
    from crm.client_errors import CrmError, ValidationFailed

    if isinstance(exc, ValidationFailed):
        fields = "; ".join(f"{name}: {message}" for name, message in exc.errors.items())
        reason = translate_msg(exc.message)
        return f"{reason} ({fields})" if fields else reason
    if isinstance(exc, CrmError):
        return translate_msg(exc.message)
    return None


class TranslationManager:
    """Owns the installed translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = ""

    def set_language(self, setting: str) -> str:
        """Switch to ``setting`` (``""`` = system); returns the language now in use."""
        language = resolve_language(setting)
        if language == self.language:
            return language
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = []
        ours = QTranslator(self._app)  # English too: it holds the plural forms ("1 customer", "2 customers")
        qm = loader.translation_file(language)
        if ours.load(str(qm)):
            self._translators.append(ours)
        else:
            logger.warning("no translation file %s (run scripts/setup.sh)", qm)
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qtbase = QTranslator(self._app)
            if qtbase.load(f"qtbase_{language}", qt_dir):
                self._translators.append(qtbase)
        for tr in self._translators:
            self._app.installTranslator(tr)
        locale = (
            QLocale(QLocale.Language.Chinese, QLocale.Country.China)
            if language == "zh_CN"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        )
        QLocale.setDefault(locale)
        self.language = language
        if hasattr(self._app, "setApplicationDisplayName"):  # a QGuiApplication: window titles end with it
            self._app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Agent Desktop"))
        logger.info("user interface language: %s", language)
        return language
