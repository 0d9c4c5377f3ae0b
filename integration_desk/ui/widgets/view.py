"""The base of every navigation view: loads when shown, reloads when its data changes."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from integration_desk.services.context import AppContext
from integration_desk.ui.signals import hub


class View(QWidget):
    #: table names whose change makes this view reload
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        hub.changed.connect(self._on_changed)

    def _on_changed(self, table: str) -> None:
        if table in self.watches or table == "*":
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.load()

    def load(self) -> None:
        """Fetch from the services and fill the widgets."""
        raise NotImplementedError
