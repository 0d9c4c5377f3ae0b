"""Qt's translation system for the widgets: our catalogue (``.qm``) and Qt's own ``qtbase_da``.

Qt's own dialogs (file, print, page set-up, colour, message boxes) take their words from
``qtbase_da.qm``, which PySide6 ships (``PySide6/Qt/translations``; the PyInstaller bundle keeps
the Danish files, packaging/integration_desk.spec). Qt 6 gave a few labels an accelerator
("&Look in:") that the Danish file lacks, so the dialog showed English: ``QT_SUPPLEMENT`` puts them
in our catalogue, which Qt asks first (it is installed last).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from integration_desk import i18n
from integration_desk.i18n import by_count, translate_noop
from integration_desk.resources import resource_path

__all__ = ["QT_SUPPLEMENT", "by_count", "install_translators", "qt_translations_dir", "tr"]

_installed: list[QTranslator] = []

#: Words of Qt's own dialogs missing from qtbase_da.qm (Qt 6), in Qt's contexts; translated in
#: resources/translations/sources/i13_danish_da.tsv like every other string.
QT_SUPPLEMENT = (
    translate_noop("QFileDialog", "&Look in:"),
    translate_noop("QFileDialog", "Files of &type:"),
    translate_noop("QFileSystemModel", "Computer"),
    translate_noop("QAbstractFileIconProvider", "Folder"),
    translate_noop("QAbstractFileIconProvider", "Drive"),
    translate_noop("QPageSetupWidget", "Page &order:"),
    translate_noop("QPageSetupWidget", "Pages &per sheet:"),
    translate_noop("QPrintSettingsOutput", "Double Sided Printing"),
    translate_noop("QPrintSettingsOutput", "Off"),
    translate_noop("QPrintSettingsOutput", "Long side binding"),
    translate_noop("QPrintSettingsOutput", "Short side binding"),
    translate_noop("QPrintSettingsOutput", "Page &Set:"),
)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues are: Qt's configured folder, else PySide6's (a bundle or an
    installation whose qt.conf points elsewhere)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    for folder in (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",  # Linux, macOS
        package / "translations",  # Windows
    ):
        if (folder / "qtbase_da.qm").exists():
            return folder
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translators(app: QCoreApplication, language: str) -> None:
    """Danish by default; the non-Qt layers follow the same choice through ``integration_desk.i18n``."""
    i18n.set_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English))
    if language == "en":
        return
    for name, folder in (
        (f"qtbase_{language}", qt_translations_dir()),
        (f"integration_desk_{language}", resource_path("translations")),
    ):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
