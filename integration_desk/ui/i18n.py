"""Qt's translation system for the widgets: our catalogue (``.qm``) and Qt's own ``qtbase_da``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from integration_desk import i18n
from integration_desk.resources import resource_path

_installed: list[QTranslator] = []


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_translators(app: QCoreApplication, language: str) -> None:
    """Danish by default; the non-Qt layers follow the same choice through ``integration_desk.i18n``."""
    i18n.set_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English))
    if language == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"integration_desk_{language}", None)):
        translator = QTranslator(app)
        directory = folder if folder is not None else str(resource_path("translations"))
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
