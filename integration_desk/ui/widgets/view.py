"""The base of every navigation view: loads when shown, reloads when its data changes.

A view's data comes off the GUI thread: ``loader()`` runs on the GUI thread, reads what the widgets
ask for (a search text, a period) and returns a function that only calls services; ``ops`` runs
that function on a worker and hands its result to ``show_data`` on the GUI thread. A later reload
supersedes one still running, so typing fast never shows an older answer last.

``watches`` names the tables whose change makes the view reload; a change the view made itself
(``Change.initiator is self``) does not, the view already shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from integration_desk.services.context import AppContext
from integration_desk.ui import ops
from integration_desk.ui.signals import Change, hub


class View(QWidget):
    #: table names whose change makes this view reload
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        #: how many loads have reached the widgets (tests and the benchmark wait on it)
        self.loads_shown = 0
        hub.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if change.initiator is self or not change.touches(self.watches):
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        if type(self).loader is View.loader:  # not moved to a worker yet (issue 14's transition)
            self.load()  # type: ignore[attr-defined]
            return
        work = self.loader()  # reads the widgets here, on the GUI thread
        ops.run(
            self,
            lambda _task: work(),
            self._show,
            key="view.load",
            idempotent=True,
        )

    def _show(self, data: Any) -> None:
        self.show_data(data)
        self.loads_shown += 1

    def loader(self) -> Callable[[], Any]:
        """On the GUI thread: read the widgets' choices; return the services call (run on a worker)."""
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        """On the GUI thread: fill the widgets with what ``loader()``'s function returned."""
        raise NotImplementedError
