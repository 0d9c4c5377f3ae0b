"""The bundled Noto fonts, so names in Arabic and Ge'ez script show on every PC and offscreen."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from integration_desk.resources import resource_path

UI_FAMILY = "Noto Sans"
FALLBACK_FAMILIES = ["Noto Sans Arabic", "Noto Sans Ethiopic"]


def register_fonts(app: QApplication) -> None:
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    font = QFont(UI_FAMILY, 10)
    font.setFamilies([UI_FAMILY, *FALLBACK_FAMILIES])
    app.setFont(font)
