"""Every per-user, per-PC setting of the program's windows, declared once (Qt's QSettings: the
registry on Windows, an INI file elsewhere). The database address and the language are not here:
the command line reads them too (``integration_desk.settings``); team-wide settings live in the
database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, QByteArray)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self, store: QSettings | None = None) -> T:
        """The stored value, or the default when none is stored or it has another type."""
        value = (store or QSettings()).value(self.key)
        return value if isinstance(value, type(self.default)) else self.default

    def set(self, value: T, store: QSettings | None = None) -> None:
        (store or QSettings()).setValue(self.key, value)


#: the main window's size and place, and the view it showed
WINDOW_GEOMETRY = Setting("main_window/geometry", QByteArray())
WINDOW_VIEW = Setting("main_window/view", "")
#: the folder of the last file saved or opened (file dialogs start there)
LAST_FOLDER = Setting("files/last_folder", "")
