"""Every change on the board is one QUndoCommand and one database transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from integration_desk.ui.signals import hub
from integration_desk.ui.widgets.errors import run_action


class ServiceCommand(QUndoCommand):
    """``do`` and ``undo`` each call one service (one transaction) and return True when it took.

    A refused step is shown to the user and the command marks itself obsolete, so the stack drops it.
    """

    def __init__(self, parent: QWidget, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self.parent_widget = parent
        self._do, self._undo = do, undo
        #: the last step (do or undo) took; False after a refusal
        self.took = False

    def _run(self, step: Callable[[], Any]) -> None:
        result = run_action(self.parent_widget, step)
        self.took = result is not None
        if result is None:
            self.setObsolete(True)
            return
        show = getattr(self.parent_widget, "show_warnings", None)
        if show is not None:
            show(tuple(getattr(result, "warnings", ())))
        hub.broadcast({"allocations"})

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)
