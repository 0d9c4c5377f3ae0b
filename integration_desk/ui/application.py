"""Creating the QApplication the same way for the GUI, screenshots and tests."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from integration_desk.resources import resource_path
from integration_desk.ui.fonts import register_fonts
from integration_desk.ui.i18n import install_translators

ORGANIZATION = "IntegrationDesk"
APPLICATION = "Integration Desk"


def make_application(language: str, *, offscreen: bool = False) -> QApplication:
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    icon = resource_path("icons", "integration-desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_fonts(app)
    install_translators(app, language)
    return app
